package io.github.gpai4j.testkit.stateful;

/**
 * One step of a stateful property: an operation on the system under test, modelled by a pure transition of a
 * model state. Commands are values (records are a good fit): their {@code toString()} is what a failure message
 * shows for the shrunk sequence.
 *
 * @param <M> the model state, best immutable
 * @param <S> the system under test
 * @since 0.1.0
 */
public interface Command<M, S> {

  /**
   * Tells whether the command may run in a model state; sequences only contain commands whose precondition held
   * when they were generated, also after shrinking.
   *
   * @param model the model state before the command
   * @return whether the command applies; {@code true} by default
   */
  default boolean precondition(M model) {
    return true;
  }

  /**
   * Returns the model state after the command; pure.
   *
   * @param model the model state before the command
   * @return the model state after it
   */
  M nextState(M model);

  /**
   * Runs the command against the system and checks its postconditions (against the model state before the
   * command), failing by throwing, typically with JUnit assertions.
   *
   * @param system the system under test
   * @param model the model state before the command
   * @throws Throwable if a postcondition does not hold or the system fails
   */
  void run(S system, M model) throws Throwable;
}
