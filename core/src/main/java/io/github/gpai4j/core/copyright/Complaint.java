package io.github.gpai4j.core.copyright;

import static java.util.Objects.requireNonNull;

import java.time.LocalDate;
import org.jspecify.annotations.Nullable;

/**
 * A complaint lodged electronically by a rightsholder, its representative or a collective management organisation
 * about the provider's compliance with its copyright commitments (Code of Practice, Copyright Measure 1.5), as the
 * provider's register records it.
 *
 * @param id the provider's reference, not null
 * @param received the day it was received, or null if not recorded
 * @param state where it stands, or null if not recorded
 * @param closed the day it was closed (resolved, rejected or marked a duplicate), or null
 * @param duplicateOf for a duplicate, the reference of the complaint it repeats; or null
 * @since 0.3.0
 */
public record Complaint(String id, @Nullable LocalDate received, @Nullable ComplaintState state,
    @Nullable LocalDate closed, @Nullable String duplicateOf) {

  /**
   * Checks the reference.
   *
   * @param id the reference, not null
   * @param received the day received, or null
   * @param state the state, or null
   * @param closed the day closed, or null
   * @param duplicateOf the repeated complaint, or null
   * @throws NullPointerException if the reference is null
   */
  public Complaint {
    requireNonNull(id, "id");
  }
}
