package io.github.gpai4j.testkit.stateful;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.github.gpai4j.testkit.Gen;
import io.github.gpai4j.testkit.Gens;
import io.github.gpai4j.testkit.PropertyFailure;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * Stateful testing of a pipeline that keeps the versions of a Model Documentation Form (Art. 53(1)(a): the
 * documentation is kept up to date): commands with preconditions, a model, invariants, and a failing sequence
 * shrunk to its fewest, simplest commands.
 */
class StateMachineTest {

  /** The system under test: a store of document versions with a planted bug. */
  static final class VersionStore {
    private final List<String> versions = new ArrayList<>();
    private final boolean dropsOnThirdWithdrawal;
    private int withdrawals;

    VersionStore(boolean dropsOnThirdWithdrawal) {
      this.dropsOnThirdWithdrawal = dropsOnThirdWithdrawal;
    }

    void publish(String version) {
      versions.add(version);
    }

    void withdrawLatest() {
      withdrawals++;
      versions.remove(versions.size() - 1);
      if (dropsOnThirdWithdrawal && withdrawals == 3 && !versions.isEmpty()) {
        versions.remove(0);
      }
    }

    List<String> versions() {
      return List.copyOf(versions);
    }

    @Override
    public String toString() {
      return versions.toString();
    }
  }

  /** Publishes a version. */
  record Publish(String version) implements Command<List<String>, VersionStore> {
    @Override
    public List<String> nextState(List<String> model) {
      List<String> next = new ArrayList<>(model);
      next.add(version);
      return next;
    }

    @Override
    public void run(VersionStore system, List<String> model) {
      system.publish(version);
    }
  }

  /** Withdraws the latest version; only when there is one. */
  record Withdraw() implements Command<List<String>, VersionStore> {
    @Override
    public boolean precondition(List<String> model) {
      return !model.isEmpty();
    }

    @Override
    public List<String> nextState(List<String> model) {
      return model.subList(0, model.size() - 1);
    }

    @Override
    public void run(VersionStore system, List<String> model) {
      system.withdrawLatest();
    }
  }

  static final Gen<Command<List<String>, VersionStore>> PUBLISH = Gens.words().map(Publish::new);
  static final Gen<Command<List<String>, VersionStore>> WITHDRAW = Gens.constant(new Withdraw());

  static StateMachine<List<String>, VersionStore> machine(boolean buggy) {
    return StateMachine.<List<String>, VersionStore>of(List::of, () -> new VersionStore(buggy), PUBLISH, WITHDRAW)
        .withInvariant("the store keeps exactly the versions published and not withdrawn",
            (model, store) -> store.versions().equals(model));
  }

  @Test
  void a_correct_store_keeps_every_invariant() {
    machine(false).property().withSeed(1).withTries(200).checkAssert(CommandSequence::execute);
  }

  @Test
  void generated_sequences_meet_every_precondition() {
    for (CommandSequence<List<String>, VersionStore> sequence : machine(false).sequences().samples(2, 200)) {
      int size = 0;
      for (Command<List<String>, VersionStore> command : sequence.commands()) {
        if (command instanceof Withdraw) {
          assertTrue(size > 0, sequence.toString());
          size--;
        } else {
          size++;
        }
      }
    }
  }

  @Test
  void a_failing_sequence_shrinks_to_the_fewest_commands_that_break_the_invariant() {
    PropertyFailure failure = assertThrows(PropertyFailure.class,
        () -> machine(true).property().withSeed(3).withTries(500).checkAssert(CommandSequence::execute));
    @SuppressWarnings("unchecked")
    CommandSequence<List<String>, VersionStore> shrunk =
        (CommandSequence<List<String>, VersionStore>) failure.counterexample().get(0);
    // the fewest commands that show the bug: three withdrawals, and four publications so one version remains
    assertEquals(7, shrunk.commands().size(), failure.getMessage());
    assertEquals(3, shrunk.commands().stream().filter(c -> c instanceof Withdraw).count(), failure.getMessage());
    assertTrue(shrunk.commands().stream().allMatch(c -> c instanceof Withdraw || c.equals(new Publish("a"))),
        failure.getMessage());
    assertTrue(failure.getMessage().contains("Invariant \"the store keeps exactly the versions published"),
        failure.getMessage());
  }

  @Test
  void a_failing_command_names_itself_and_the_commands_before_it() {
    Gen<Command<List<String>, VersionStore>> failing = Gens.constant(new Command<>() {
      @Override
      public List<String> nextState(List<String> model) {
        return model;
      }

      @Override
      public void run(VersionStore system, List<String> model) {
        throw new IllegalStateException("store offline");
      }

      @Override
      public String toString() {
        return "Fail";
      }
    });
    PropertyFailure failure = assertThrows(PropertyFailure.class, () ->
        StateMachine.<List<String>, VersionStore>of(List::of, () -> new VersionStore(false), failing)
            .check());
    assertTrue(failure.getMessage().contains("Command 1 of 1, Fail, failed: java.lang.IllegalStateException: "
        + "store offline"), failure.getMessage());
  }
}
