package io.github.gpai4j.core.copyright;

import static java.util.Objects.requireNonNull;

import java.time.LocalDate;
import org.jspecify.annotations.Nullable;

/**
 * A general-purpose AI model the policy covers (Code of Practice, Copyright Measure 1.1: one policy for all models
 * the provider places on the Union market), with the date it was placed there; a model placed before
 * 2&nbsp;August&nbsp;2025 may state and justify gaps until 2&nbsp;August&nbsp;2027.
 *
 * @param name the model's name and version, not null
 * @param placementDate the date it was placed on the Union market, or null if not said
 * @since 0.3.0
 */
public record CoveredModel(String name, @Nullable LocalDate placementDate) {

  /**
   * Checks the name.
   *
   * @param name the model's name, not null
   * @param placementDate the date of placement, or null
   * @throws NullPointerException if the name is null
   */
  public CoveredModel {
    requireNonNull(name, "name");
  }
}
