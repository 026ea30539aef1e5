package io.github.gpai4j.testkit;

/** Thrown by {@link Property#assume(boolean)} to discard the current try. */
final class Discarded extends RuntimeException {
  private static final long serialVersionUID = 1L;

  /** Creates the signal. */
  Discarded() {
    super("assumption not met", null, false, false);
  }
}
