package io.github.gpai4j.testkit.stateful;

import static java.util.Objects.requireNonNull;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.function.BiPredicate;
import java.util.function.Supplier;

/**
 * A generated sequence of commands, ready to run against a fresh system under test; its {@code toString()} lists
 * the commands.
 *
 * @param <M> the model state
 * @param <S> the system under test
 * @since 0.1.0
 */
public final class CommandSequence<M, S> {
  private final Supplier<? extends M> initialModel;
  private final Supplier<? extends S> newSystem;
  private final List<Command<M, S>> commands;
  private final Map<String, BiPredicate<? super M, ? super S>> invariants;

  CommandSequence(Supplier<? extends M> initialModel, Supplier<? extends S> newSystem, List<Command<M, S>> commands,
      Map<String, BiPredicate<? super M, ? super S>> invariants) {
    this.initialModel = initialModel;
    this.newSystem = newSystem;
    this.commands = List.copyOf(commands);
    this.invariants = invariants;
  }

  /**
   * Returns the commands in order.
   *
   * @return the commands, unmodifiable
   */
  public List<Command<M, S>> commands() {
    return commands;
  }

  /**
   * Runs the commands against a fresh system: checks the invariants on the initial state, then for each command
   * runs it (with its postconditions), advances the model and checks the invariants.
   *
   * @throws StatefulFailure if a command or an invariant fails; its cause is what the command threw
   */
  public void execute() {
    M model = requireNonNull(initialModel.get(), "initial model");
    S system = requireNonNull(newSystem.get(), "system");
    checkInvariants(model, system, 0);
    for (int i = 0; i < commands.size(); i++) {
      Command<M, S> command = commands.get(i);
      try {
        command.run(system, model);
      } catch (VirtualMachineError e) {
        throw e;
      } catch (Throwable e) {
        StatefulFailure failure = new StatefulFailure("Command " + (i + 1) + " of " + commands.size() + ", "
            + command + ", failed: " + e + "\n      after " + commands.subList(0, i), e);
        failure.setStackTrace(e.getStackTrace());
        throw failure;
      }
      model = command.nextState(model);
      checkInvariants(model, system, i + 1);
    }
  }

  private void checkInvariants(M model, S system, int done) {
    for (Map.Entry<String, BiPredicate<? super M, ? super S>> invariant : invariants.entrySet()) {
      if (!invariant.getValue().test(model, system)) {
        StatefulFailure failure = new StatefulFailure("Invariant \"" + invariant.getKey() + "\" violated "
            + (done == 0 ? "before any command" : "after " + commands.subList(0, done)) + "\n      model: " + model
            + "\n      system: " + system, null);
        List<StackTraceElement> frames = new ArrayList<>();
        frames.add(new StackTraceElement("invariant", invariant.getKey(), null, -1));
        frames.addAll(List.of(failure.getStackTrace()));
        failure.setStackTrace(frames.toArray(new StackTraceElement[0]));
        throw failure;
      }
    }
  }

  @Override
  public String toString() {
    return commands.toString();
  }
}
