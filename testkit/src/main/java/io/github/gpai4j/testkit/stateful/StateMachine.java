package io.github.gpai4j.testkit.stateful;

import static java.util.Objects.requireNonNull;

import io.github.gpai4j.testkit.Gen;
import io.github.gpai4j.testkit.Property;
import io.github.gpai4j.testkit.PropertyReport;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.BiPredicate;
import java.util.function.Supplier;

/**
 * A stateful property: an initial model state, a factory of fresh systems under test, generators of commands and
 * invariants checked after every command. {@link #sequences()} generates command sequences (each command drawn
 * until one's precondition holds in the model state reached so far); {@link #check()} runs them with the property
 * runner, which shrinks a failing sequence by deleting and simplifying commands (a shrunk sequence still meets every
 * precondition, since it is generated again from simpler choices).
 *
 * <pre>{@code
 * StateMachine.of(() -> List.<String>of(), DocumentStore::new, addVersion, withdrawVersion)
 *     .withInvariant("the store lists the versions the model has", (model, store) -> store.versions().equals(model))
 *     .check();
 * }</pre>
 *
 * @param <M> the model state
 * @param <S> the system under test
 * @since 0.1.0
 */
public final class StateMachine<M, S> {

  /** The default longest sequence. */
  public static final int DEFAULT_MAX_COMMANDS = 30;

  private static final int PRECONDITION_TRIES = 20;

  private final Supplier<? extends M> initialModel;
  private final Supplier<? extends S> newSystem;
  private final List<Gen<? extends Command<M, S>>> commands;
  private final Map<String, BiPredicate<? super M, ? super S>> invariants;
  private final int maxCommands;

  private StateMachine(Supplier<? extends M> initialModel, Supplier<? extends S> newSystem,
      List<Gen<? extends Command<M, S>>> commands, Map<String, BiPredicate<? super M, ? super S>> invariants,
      int maxCommands) {
    this.initialModel = initialModel;
    this.newSystem = newSystem;
    this.commands = List.copyOf(commands);
    this.invariants = Collections.unmodifiableMap(new LinkedHashMap<>(invariants));
    this.maxCommands = maxCommands;
  }

  /**
   * Returns a state machine.
   *
   * @param initialModel gives the model state before any command, not null
   * @param newSystem gives a fresh system under test for each sequence, not null
   * @param commands the command generators, at least one; each is picked with equal probability
   * @param <M> the model state
   * @param <S> the system under test
   * @return the state machine, with no invariant and at most {@value #DEFAULT_MAX_COMMANDS} commands
   * @throws IllegalArgumentException if no command generator is given
   */
  @SafeVarargs
  public static <M, S> StateMachine<M, S> of(Supplier<? extends M> initialModel, Supplier<? extends S> newSystem,
      Gen<? extends Command<M, S>>... commands) {
    requireNonNull(initialModel, "initialModel");
    requireNonNull(newSystem, "newSystem");
    List<Gen<? extends Command<M, S>>> list = new ArrayList<>();
    for (Gen<? extends Command<M, S>> command : commands) {
      list.add(requireNonNull(command, "command"));
    }
    if (list.isEmpty()) {
      throw new IllegalArgumentException("A state machine needs at least one command generator");
    }
    return new StateMachine<>(initialModel, newSystem, list, Map.of(), DEFAULT_MAX_COMMANDS);
  }

  /**
   * Returns this state machine with one more invariant, checked on the initial state and after every command.
   *
   * @param name what the invariant says, shown when it is violated, not null
   * @param invariant holds for the model state and the system, not null
   * @return the state machine
   */
  public StateMachine<M, S> withInvariant(String name, BiPredicate<? super M, ? super S> invariant) {
    Map<String, BiPredicate<? super M, ? super S>> all = new LinkedHashMap<>(invariants);
    all.put(requireNonNull(name, "name"), requireNonNull(invariant, "invariant"));
    return new StateMachine<>(initialModel, newSystem, commands, all, maxCommands);
  }

  /**
   * Returns this state machine with a longest sequence.
   *
   * @param max the most commands in a sequence, at least 1
   * @return the state machine
   * @throws IllegalArgumentException if {@code max < 1}
   */
  public StateMachine<M, S> withMaxCommands(int max) {
    if (max < 1) {
      throw new IllegalArgumentException("A sequence may hold at least 1 command, was " + max);
    }
    return new StateMachine<>(initialModel, newSystem, commands, invariants, max);
  }

  /**
   * Returns a generator of command sequences, shrinking towards the empty sequence.
   *
   * @return the generator
   */
  public Gen<CommandSequence<M, S>> sequences() {
    double more = Math.min(maxCommands, 8) / (Math.min(maxCommands, 8) + 1.0);
    return source -> {
      M model = initialModel.get();
      List<Command<M, S>> sequence = new ArrayList<>();
      while (sequence.size() < maxCommands && source.chance(more)) {
        Command<M, S> next = null;
        for (int i = 0; i < PRECONDITION_TRIES && next == null; i++) {
          Command<M, S> candidate = commands.get((int) source.uniform(0, commands.size() - 1)).generate(source);
          if (candidate.precondition(model)) {
            next = candidate;
          }
        }
        if (next == null) {
          break;
        }
        sequence.add(next);
        model = next.nextState(model);
      }
      return new CommandSequence<>(initialModel, newSystem, sequence, invariants);
    };
  }

  /**
   * Returns the property over this state machine's sequences, to configure (tries, seed, coverage) before
   * checking it with {@code checkAssert(CommandSequence::execute)}.
   *
   * @return the property
   */
  public Property.ForAll1<CommandSequence<M, S>> property() {
    return Property.forAll(sequences());
  }

  /**
   * Checks that every generated sequence runs without a failing postcondition or invariant.
   *
   * @return the report of the passing run
   * @throws io.github.gpai4j.testkit.PropertyFailure with the shrunk sequence if one fails
   */
  public PropertyReport check() {
    return property().checkAssert(CommandSequence::execute);
  }
}
