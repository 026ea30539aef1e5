package io.github.gpai4j.testkit;

import static java.util.Objects.requireNonNull;

/**
 * Thrown when a generator throws while the property runner generates arguments: the generator has a bug (or a
 * value it builds rejects what it drew). The message names the seed and the try, so that the error reproduces with
 * {@code -Dgpai4j.seed}; the generator's exception is the cause.
 *
 * @since 0.1.0
 */
public final class GenerationException extends RuntimeException {
  private static final long serialVersionUID = 1L;

  private final long seed;
  private final int tryNumber;

  /**
   * Creates the exception.
   *
   * @param seed the seed of the run
   * @param tryNumber the try whose generation failed, from 1
   * @param replay the replay line, not null
   * @param cause what the generator threw, not null
   */
  public GenerationException(long seed, int tryNumber, String replay, Throwable cause) {
    super("A generator threw at try " + tryNumber + " with seed " + seed + ": "
        + requireNonNull(cause, "cause").getClass().getName()
        + (cause.getMessage() == null ? "" : ": " + cause.getMessage()) + "\n  Replay: "
        + requireNonNull(replay, "replay"), cause);
    this.seed = seed;
    this.tryNumber = tryNumber;
  }

  /**
   * Returns the seed of the run.
   *
   * @return the seed
   */
  public long seed() {
    return seed;
  }

  /**
   * Returns the try whose generation failed.
   *
   * @return the try, from 1
   */
  public int tryNumber() {
    return tryNumber;
  }
}
