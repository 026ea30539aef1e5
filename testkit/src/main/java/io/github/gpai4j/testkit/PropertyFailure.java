package io.github.gpai4j.testkit;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import org.jspecify.annotations.Nullable;

/**
 * The failure of a property: the assertion error {@link Property} throws, whose message gives the seed, the tries
 * until failure, the shrunk and the original counterexample, the cause, and the line that replays it
 * ({@code -Dgpai4j.seed=<seed>}, for Maven {@code mvn -Dgpai4j.seed=<seed> -Dtest=<Class#method> test}).
 *
 * <p>A property can fail in several distinct ways (two bugs); each is shrunk on its own and reported, in the order
 * found, in {@link #failures()}; {@link #counterexample()} and {@link #getCause()} are the first. The
 * counterexamples are kept for programmatic checks but are not serialized.
 *
 * @since 0.1.0
 */
public final class PropertyFailure extends AssertionError {
  private static final long serialVersionUID = 1L;

  private final long seed;
  private final int tries;
  private final int shrinkSteps;
  private final transient List<@Nullable Object> original;
  private final transient List<@Nullable Object> shrunk;
  private final transient List<Counterexample> failures;
  private final @Nullable String replayCommand;

  /**
   * Creates the failure; the runner does this.
   *
   * @param message the report, not null
   * @param cause what the property threw, or null if it returned {@code false}
   * @param seed the seed that reproduces the failure
   * @param tries the tries until the first failure, at least 1
   * @param shrinkSteps the accepted shrink steps
   * @param original the first failing arguments, in parameter order, not null
   * @param shrunk the shrunk failing arguments, in parameter order, not null
   */
  public PropertyFailure(
      String message,
      @Nullable Throwable cause,
      long seed,
      int tries,
      int shrinkSteps,
      List<@Nullable Object> original,
      List<@Nullable Object> shrunk) {
    super(message, cause);
    this.seed = seed;
    this.tries = tries;
    this.shrinkSteps = shrinkSteps;
    this.original = Collections.unmodifiableList(new ArrayList<>(original));
    this.shrunk = Collections.unmodifiableList(new ArrayList<>(shrunk));
    this.failures = List.of(new Counterexample(
        cause == null ? "the property returned false" : cause.getClass().getName(), cause, shrunk, original,
        Math.max(1, tries), Math.max(0, shrinkSteps), List.of()));
    this.replayCommand = null;
  }

  /**
   * Creates the failure of a property that failed in one or more distinct ways; the runner does this.
   *
   * @param message the report, not null
   * @param seed the seed that reproduces the failures
   * @param failures the distinct failures in the order found, not null; may be empty when the property failed as
   *     a whole (a coverage requirement not met)
   * @param replayCommand the command that re-runs exactly this property, or null if the test is unknown
   */
  public PropertyFailure(String message, long seed, List<Counterexample> failures, @Nullable String replayCommand) {
    super(message, failures.isEmpty() ? null : failures.get(0).cause());
    this.seed = seed;
    this.failures = List.copyOf(failures);
    Counterexample first = failures.isEmpty() ? null : failures.get(0);
    this.tries = first == null ? 0 : first.tryNumber();
    this.shrinkSteps = first == null ? 0 : first.shrinkSteps();
    this.original = first == null ? List.of() : first.originalArguments();
    this.shrunk = first == null ? List.of() : first.arguments();
    this.replayCommand = replayCommand;
    for (int i = 1; i < failures.size(); i++) {
      Throwable other = failures.get(i).cause();
      if (other != null && other != getCause()) {
        addSuppressed(other);
      }
    }
  }

  /**
   * Returns every distinct failure found, in the order found, each with its own shrunk counterexample.
   *
   * @return the failures, unmodifiable; empty if the property failed as a whole (coverage not met)
   */
  public List<Counterexample> failures() {
    return failures;
  }

  /**
   * Returns the command that re-runs exactly the failing property with its seed, as printed in the message.
   *
   * @return the command, or null if the runner could not tell which test checked the property
   */
  public @Nullable String replayCommand() {
    return replayCommand;
  }

  /**
   * Returns the seed that reproduces this failure when given as {@code -Dgpai4j.seed} or
   * {@link Property.Configured#withSeed(long)}.
   *
   * @return the seed
   */
  public long seed() {
    return seed;
  }

  /**
   * Returns the number of tries up to and including the first failing one.
   *
   * @return the tries, at least 1; 0 if the property failed as a whole (too many discards, coverage not met)
   */
  public int tries() {
    return tries;
  }

  /**
   * Returns how many simplifications the shrinker accepted.
   *
   * @return the shrink steps, not negative
   */
  public int shrinkSteps() {
    return shrinkSteps;
  }

  /**
   * Returns the shrunk counterexample, one value per generator given to {@code forAll}.
   *
   * @return the arguments, unmodifiable; values may be null if a generator produces null
   */
  public List<@Nullable Object> counterexample() {
    return shrunk;
  }

  /**
   * Returns the first counterexample found, before shrinking.
   *
   * @return the arguments, unmodifiable; values may be null if a generator produces null
   */
  public List<@Nullable Object> originalCounterexample() {
    return original;
  }
}
