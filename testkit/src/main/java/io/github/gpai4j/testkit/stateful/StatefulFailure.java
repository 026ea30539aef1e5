package io.github.gpai4j.testkit.stateful;

import org.jspecify.annotations.Nullable;

/**
 * The failure of a command or an invariant in a {@link CommandSequence}: the message says which command (or
 * invariant) failed after which commands. A failing command's exception is the cause, and its stack trace is this
 * failure's, so that the property runner tells failures at different places apart.
 *
 * @since 0.1.0
 */
public final class StatefulFailure extends AssertionError {
  private static final long serialVersionUID = 1L;

  /**
   * Creates the failure.
   *
   * @param message what failed, not null
   * @param cause what the command threw, or null for an invariant
   */
  public StatefulFailure(String message, @Nullable Throwable cause) {
    super(message, cause);
  }
}
