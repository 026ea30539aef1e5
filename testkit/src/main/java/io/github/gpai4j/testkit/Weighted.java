package io.github.gpai4j.testkit;

import static java.util.Objects.requireNonNull;

/**
 * A generator with a relative weight, for {@link Gens#frequency(Weighted...)}.
 *
 * @param weight the relative weight, at least 1
 * @param gen the generator, not null
 * @param <T> the type generated
 * @since 0.1.0
 */
public record Weighted<T>(int weight, Gen<? extends T> gen) {

  /**
   * Checks the weight.
   *
   * @param weight the relative weight, at least 1
   * @param gen the generator, not null
   * @throws NullPointerException if the generator is null
   * @throws IllegalArgumentException if the weight is less than 1
   */
  public Weighted {
    requireNonNull(gen, "gen");
    if (weight < 1) {
      throw new IllegalArgumentException("Weight must be at least 1, was " + weight);
    }
  }
}
