package io.github.gpai4j.testkit;

import static java.util.Objects.requireNonNull;

import io.github.gpai4j.core.ComputeAmount;
import java.math.BigDecimal;

/**
 * The compute used to modify a general-purpose AI model and the training compute of the original model, the
 * pair the Commission's scope guidelines compare: a modifier is indicatively the provider of the modified model if
 * the modification used more than one third of the original's training compute (Commission Guidelines on the
 * scope of the obligations for GPAI models, C(2025) 5045, section 3).
 *
 * @param modification the compute used for the modification, not null
 * @param original the original model's training compute, not null
 * @since 0.1.0
 */
public record ModificationCompute(ComputeAmount modification, ComputeAmount original) {
  private static final BigDecimal THREE = BigDecimal.valueOf(3);

  /**
   * Checks the pair.
   *
   * @param modification the compute used for the modification, not null
   * @param original the original model's training compute, not null
   * @throws NullPointerException if an amount is null
   */
  public ModificationCompute {
    requireNonNull(modification, "modification");
    requireNonNull(original, "original");
  }

  /**
   * Compares the modification with exactly one third of the original, in exact decimal arithmetic
   * ({@code 3 × modification} against {@code original}, so no rounding of 1/3 is involved).
   *
   * @return a negative number, zero or a positive number as the modification is below, exactly at or above one
   *     third of the original
   */
  public int compareToOneThird() {
    return Integer.signum(modification.flop().multiply(THREE).compareTo(original.flop()));
  }
}
