package io.github.gpai4j.testkit;

import static java.util.Objects.requireNonNull;

import org.jspecify.annotations.Nullable;

/**
 * Thrown when a {@link Gen#filter filtered} generator rejects every one of its allowed tries in a row: the filter
 * is too strict for what the generator produces, and the remedy is to generate valid values directly (with
 * {@link Gen#map} or {@link Gen#flatMap}) or to loosen the filter.
 *
 * @since 0.1.0
 */
public final class FilterExhaustedException extends RuntimeException {
  private static final long serialVersionUID = 1L;

  private final String description;
  private final int tries;
  private final String lastRejected;
  private final @Nullable Long seed;
  private final int tryNumber;

  /**
   * Creates the exception.
   *
   * @param description what the filter requires, as given to
   *     {@link Gen#filter(String, int, java.util.function.Predicate)}, not null
   * @param tries how many values the filter rejected in a row, at least 1
   * @param lastRejected the last rejected value as text, not null
   * @param seed the seed of the run in which it happened, or null if unknown
   * @throws NullPointerException if the description or value is null
   */
  public FilterExhaustedException(String description, int tries, String lastRejected, @Nullable Long seed) {
    this(description, tries, lastRejected, seed, 0);
  }

  private FilterExhaustedException(
      String description, int tries, String lastRejected, @Nullable Long seed, int tryNumber) {
    super(message(requireNonNull(description, "description"), tries,
        requireNonNull(lastRejected, "lastRejected"), seed, tryNumber));
    this.description = description;
    this.tries = tries;
    this.lastRejected = lastRejected;
    this.seed = seed;
    this.tryNumber = tryNumber;
  }

  private static String message(
      String description, int tries, String lastRejected, @Nullable Long seed, int tryNumber) {
    return "Filter \"" + description + "\" rejected all " + tries + " of its tries in a row (last rejected value: "
        + lastRejected + ")" + (seed == null ? "" : " with seed " + seed)
        + (tryNumber < 1 ? "" : " at try " + tryNumber + " (replay: -Dgpai4j.seed=" + seed + ")")
        + "; generate valid values directly with map or flatMap, or loosen the filter";
  }

  /**
   * Returns what the filter requires.
   *
   * @return the description, never null
   */
  public String description() {
    return description;
  }

  /**
   * Returns how many values the filter rejected in a row.
   *
   * @return the number of tries
   */
  public int tries() {
    return tries;
  }

  /**
   * Returns the last rejected value as text.
   *
   * @return the value's text, never null
   */
  public String lastRejected() {
    return lastRejected;
  }

  /**
   * Returns a copy of this exception that names the seed of the run.
   *
   * @param runSeed the seed
   * @return the exception with the seed in its message
   */
  public FilterExhaustedException withSeed(long runSeed) {
    FilterExhaustedException copy = new FilterExhaustedException(description, tries, lastRejected, runSeed);
    copy.setStackTrace(getStackTrace());
    return copy;
  }

  /**
   * Returns a copy of this exception that names the seed of the run and the try in which the filter gave up.
   *
   * @param runSeed the seed
   * @param runTry the try, from 1
   * @return the exception with the seed and try in its message
   * @since 0.1.0
   */
  public FilterExhaustedException withRun(long runSeed, int runTry) {
    FilterExhaustedException copy = new FilterExhaustedException(description, tries, lastRejected, runSeed, runTry);
    copy.setStackTrace(getStackTrace());
    return copy;
  }

  /**
   * Returns the try of the run in which the filter gave up.
   *
   * @return the try, from 1, or 0 if unknown
   * @since 0.1.0
   */
  public int tryNumber() {
    return tryNumber;
  }

  /**
   * Returns the seed of the run in which the filter was exhausted, if known.
   *
   * @return the seed, or null
   */
  public @Nullable Long seed() {
    return seed;
  }
}
