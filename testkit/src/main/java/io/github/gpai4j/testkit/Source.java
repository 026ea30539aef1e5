package io.github.gpai4j.testkit;

import static java.util.Objects.requireNonNull;

import java.util.random.RandomGenerator;

/**
 * The source of primitive choices a {@link Gen} draws from: every generated value, however composed, is a function
 * of a sequence of whole numbers each chosen within bounds.
 *
 * <p>This is what makes shrinking integrated (the design of Hypothesis' "choice sequence"): the property runner
 * records the choices of a failing example, then replays simpler sequences (shorter, or with numbers closer to
 * zero) through the very same generators, so a shrunk value always satisfies every {@code map}, {@code flatMap}
 * and {@code filter} on the way, and no generator needs a hand-written shrinker. A choice shrinks towards the
 * number in its range closest to zero; generators therefore encode their "simplest" value as that number (an
 * empty list stops on a 0, a date range shrinks to its first day by drawing the offset from it).
 *
 * <p>Implementations used by the runner record and replay; {@link #of(RandomGenerator)} gives a plain random
 * source for engines that only want values. A source is used by one thread for one value at a time.
 *
 * @since 0.1.0
 */
public interface Source {

  /**
   * Chooses a whole number in an inclusive range, biased towards the range's ends and towards small magnitudes
   * (where off-by-one errors live).
   *
   * @param min the smallest allowed number
   * @param max the largest allowed number, not less than {@code min}
   * @return a number in {@code [min, max]}
   * @throws IllegalArgumentException if {@code max < min}
   */
  long choose(long min, long max);

  /**
   * Chooses a whole number in an inclusive range with (close to) equal probability for every number, for
   * choices whose distribution matters, such as picking by weight.
   *
   * @param min the smallest allowed number
   * @param max the largest allowed number, not less than {@code min}
   * @return a number in {@code [min, max]}
   * @throws IllegalArgumentException if {@code max < min}
   */
  long uniform(long min, long max);

  /**
   * Returns {@code true} with the given probability; recorded as the choice 1 ({@code true}) or 0, so it shrinks
   * to {@code false}.
   *
   * @param probability the probability of {@code true}, in {@code [0, 1]}
   * @return the outcome
   * @throws IllegalArgumentException if the probability is outside {@code [0, 1]} or NaN
   */
  boolean chance(double probability);

  /**
   * Returns a source that draws fresh random choices from a generator and records nothing, for using a
   * {@link Gen} from another test engine; the same seeded generator gives the same values.
   *
   * @param random the randomness, not null; the source advances it
   * @return a random source
   */
  static Source of(RandomGenerator random) {
    return Choices.plain(requireNonNull(random, "random"));
  }
}
