package io.github.gpai4j.testkit;

/**
 * Signals that a replayed choice sequence cannot produce a value (too many choices, or a generator rejected the
 * replayed choices); the shrinker discards such candidates.
 */
final class Invalid extends RuntimeException {
  private static final long serialVersionUID = 1L;

  /**
   * Creates the signal.
   *
   * @param message why the sequence is invalid
   */
  public Invalid(String message) {
    super(message, null, false, false);
  }
}
