package io.github.gpai4j.testkit;

import java.util.random.RandomGenerator;

/**
 * A generator of values of type {@code T} (skeleton; the testkit issue replaces it with the full engine).
 *
 * @param <T> the type generated
 * @since 0.1.0
 */
@FunctionalInterface
public interface Gen<T> {
  /**
   * Generates one value.
   *
   * @param random the source of randomness, not null
   * @return a value
   */
  T generate(RandomGenerator random);
}
