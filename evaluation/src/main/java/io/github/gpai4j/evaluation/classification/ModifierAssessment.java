package io.github.gpai4j.evaluation.classification;

import static java.util.Objects.requireNonNull;

import java.math.BigDecimal;
import java.util.List;
import org.jspecify.annotations.Nullable;

/**
 * Whether the profile's provider, as a downstream modifier, is the provider of the modified model (Commission
 * guidelines, section 3.2: modification compute greater than one third of the original's, with fallbacks of one
 * third of 10^25 or 10^23 FLOP when the original's compute is unknown).
 *
 * @param status the answer, not null
 * @param reference the compute the modification was compared with, or null when no comparison was made
 * @param referenceFlop the reference compute in FLOP (the one-third threshold is this divided by three, never
 *     computed by division), or null when no comparison was made or both fallbacks were tried
 * @param reasons the reason trace, not null
 * @since 0.1.0
 */
public record ModifierAssessment(
    ModifierStatus status,
    @Nullable ModificationReference reference,
    @Nullable BigDecimal referenceFlop,
    List<Reason> reasons) {

  /**
   * Checks and copies the components.
   *
   * @param status the answer, not null
   * @param reference the compute the modification was compared with, or null when no comparison was made
   * @param referenceFlop the reference compute in FLOP, or null if no comparison was made or both fallbacks were tried
   * @param reasons the reason trace, not null
   * @throws NullPointerException if a non-nullable component is null
   */
  public ModifierAssessment {
    requireNonNull(status, "status");
    reasons = List.copyOf(reasons);
  }
}
