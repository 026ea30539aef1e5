package io.github.gpai4j.testkit;

import static java.util.Objects.requireNonNull;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.SplittableRandom;
import java.util.function.Function;
import java.util.function.Predicate;
import java.util.random.RandomGenerator;
import org.jspecify.annotations.Nullable;

/**
 * A generator of values of type {@code T} for property tests: a pure function from a {@link Source} of recorded
 * choices to a value, so that the same choices always give the same value.
 *
 * <p><b>Design.</b> gpai4j uses a choice-sequence engine (the approach of Hypothesis) rather than shrink trees or
 * per-type shrinkers: a generator only draws bounded whole numbers from its source; the runner
 * ({@link Property}) records them, and shrinks a counterexample by replaying mutated, simpler choice sequences
 * (spans deleted, choices set to their simplest value, binary-searched towards it) through the same generators.
 * Shrinking is therefore integrated: it works unchanged through {@link #map}, {@link #flatMap} and
 * {@link #filter}, and a shrunk value is always one the generator could have produced. Generators built from
 * {@link Gens} and {@link LawEdges} are immutable and may be shared between threads and tests.
 *
 * <p><b>Using a generator from another engine.</b> A generator does not depend on JUnit or on the runner. To
 * feed it to another engine, draw values with {@link #sample(long)}, {@link #samples(long, int)} or
 * {@link #sample(RandomGenerator)}, or call {@link #generate(Source)} with {@link Source#of(RandomGenerator)}.
 * For example, a JUnit {@code @MethodSource} factory can return {@code gen.samples(seed, 200).stream()}, and a
 * JUnit {@code ParameterResolver} can resolve a parameter with {@code gen.sample(random)} from a random seeded
 * per test; {@code @GenSource} (package {@code io.github.gpai4j.testkit.junit}) does this for a
 * {@code @ParameterizedTest}. Such engines get seeded, reproducible values but no shrinking: only {@link Property}
 * records the choices it needs to shrink.
 *
 * @param <T> the type generated
 * @since 0.1.0
 */
@FunctionalInterface
public interface Gen<T extends @Nullable Object> {

  /** How many values {@link #filter(String, Predicate)} tries before giving up. */
  int DEFAULT_FILTER_TRIES = 100;

  /**
   * Generates one value from the choices a source makes.
   *
   * @param source the source of choices, not null
   * @return a value
   */
  T generate(Source source);

  /**
   * Returns a generator of this generator's values transformed by a function; shrinking this generator's choices
   * shrinks the result.
   *
   * @param mapper the pure transformation, not null
   * @param <R> the result type
   * @return the mapped generator
   */
  default <R extends @Nullable Object> Gen<R> map(Function<? super T, ? extends R> mapper) {
    requireNonNull(mapper, "mapper");
    return source -> mapper.apply(generate(source));
  }

  /**
   * Returns a generator that generates a value, then a second value from a generator chosen by the first (for
   * example a list size, then a list of that size); both shrink.
   *
   * @param next gives the generator of the result for a value of this one, not null
   * @param <R> the result type
   * @return the dependent generator
   */
  default <R extends @Nullable Object> Gen<R> flatMap(Function<? super T, ? extends Gen<? extends R>> next) {
    requireNonNull(next, "next");
    return source -> next.apply(generate(source)).generate(source);
  }

  /**
   * Returns a generator of this generator's values that satisfy a predicate, trying
   * {@value #DEFAULT_FILTER_TRIES} times per value.
   *
   * @param predicate the condition values must meet, not null
   * @return the filtered generator
   * @see #filter(String, int, Predicate)
   */
  default Gen<T> filter(Predicate<? super T> predicate) {
    return filter("unnamed filter", DEFAULT_FILTER_TRIES, predicate);
  }

  /**
   * Returns a generator of this generator's values that satisfy a described predicate, trying
   * {@value #DEFAULT_FILTER_TRIES} times per value.
   *
   * @param description what the predicate requires, shown when the filter is exhausted, not null
   * @param predicate the condition values must meet, not null
   * @return the filtered generator
   * @see #filter(String, int, Predicate)
   */
  default Gen<T> filter(String description, Predicate<? super T> predicate) {
    return filter(description, DEFAULT_FILTER_TRIES, predicate);
  }

  /**
   * Returns a generator of this generator's values that satisfy a predicate: it generates up to {@code maxTries}
   * values in a row and throws {@link FilterExhaustedException} (naming the filter and the number of tries) if
   * none passes. Filter only to discard rare values; generate the rest directly.
   *
   * @param description what the predicate requires, shown when the filter is exhausted, not null
   * @param maxTries the values to try per generated value, at least 1
   * @param predicate the condition values must meet, not null
   * @return the filtered generator
   * @throws IllegalArgumentException if {@code maxTries < 1}
   */
  default Gen<T> filter(String description, int maxTries, Predicate<? super T> predicate) {
    requireNonNull(description, "description");
    requireNonNull(predicate, "predicate");
    if (maxTries < 1) {
      throw new IllegalArgumentException("A filter needs at least 1 try, was " + maxTries);
    }
    return source -> {
      T last = null;
      for (int i = 0; i < maxTries; i++) {
        T value = generate(source);
        if (predicate.test(value)) {
          return value;
        }
        last = value;
      }
      throw new FilterExhaustedException(description, maxTries, String.valueOf(last), null);
    };
  }

  /**
   * Returns this generator with a description of its values for failure messages: when the property runner
   * reports a counterexample drawn from it, it shows {@code description.apply(value)} (never cut) instead of the
   * value's default rendering. Generation and shrinking are unchanged.
   *
   * @param description renders a value, not null
   * @return the described generator
   * @since 0.1.0
   */
  default Gen<T> describedAs(Function<? super T, String> description) {
    return new DescribedGen<>(this, requireNonNull(description, "description"));
  }

  /**
   * Generates one value with fresh choices from a random generator (no recording, no shrinking).
   *
   * @param random the randomness, not null; it is advanced
   * @return a value
   */
  default T sample(RandomGenerator random) {
    return generate(Choices.plain(requireNonNull(random, "random")));
  }

  /**
   * Generates one value reproducibly from a seed: the same seed gives the same value.
   *
   * @param seed the seed
   * @return a value
   */
  default T sample(long seed) {
    return sample(new SplittableRandom(seed));
  }

  /**
   * Generates values reproducibly from a seed, for engines that take a list or stream of arguments.
   *
   * @param seed the seed
   * @param count how many values, not negative
   * @return the values in generation order, unmodifiable (may contain null if this generator produces null)
   * @throws IllegalArgumentException if the count is negative
   */
  default List<T> samples(long seed, int count) {
    if (count < 0) {
      throw new IllegalArgumentException("Sample count must not be negative, was " + count);
    }
    SplittableRandom random = new SplittableRandom(seed);
    List<T> values = new ArrayList<>(count);
    for (int i = 0; i < count; i++) {
      values.add(sample(random));
    }
    return Collections.unmodifiableList(values);
  }
}
