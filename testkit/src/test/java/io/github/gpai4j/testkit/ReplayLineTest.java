package io.github.gpai4j.testkit;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.github.gpai4j.testkit.fixtures.ReplayFixtures;
import io.github.gpai4j.testkit.internal.TestIdentity;
import java.util.List;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;

/**
 * The replay command names exactly the failing test, as the JUnit Platform identifies it: a property checked
 * directly, in a helper of another class, in a {@code @Nested} class or in a method inherited from an abstract
 * class. Each case runs a failing fixture through the launcher, reads the printed {@code -Dtest} selector, runs
 * that selector again and checks that it selects exactly one test, which fails again with the same seed.
 */
class ReplayLineTest {
  private static final String FIXTURES = "io.github.gpai4j.testkit.fixtures.";
  private static final Pattern SELECTOR = Pattern.compile("-Dtest='?([^' ]+)'? test");

  /** Runs a fixture, returns the selector its failure prints, after checking the re-run selects only it. */
  private static String replayedSelector(String fixture) {
    List<Launch.Ran> first = Launch.run(FIXTURES + fixture);
    assertEquals(1, first.size(), "tests run by " + fixture);
    PropertyFailure failure = assertInstanceOf(PropertyFailure.class, first.get(0).failure());
    Matcher printed = SELECTOR.matcher(failure.getMessage());
    assertTrue(printed.find(), failure.getMessage());
    String selector = printed.group(1);
    assertEquals("mvn -Dgpai4j.seed=" + ReplayFixtures.SEED + " -Dtest=" + (selector.contains("$")
        ? "'" + selector + "'" : selector) + " test", failure.replayCommand());

    List<Launch.Ran> again = Launch.run(FIXTURES + selector);
    assertEquals(1, again.size(), "tests selected by the printed " + selector);
    PropertyFailure replayed = assertInstanceOf(PropertyFailure.class, again.get(0).failure());
    assertEquals(failure.seed(), replayed.seed());
    assertEquals(failure.counterexample(), replayed.counterexample());
    return selector;
  }

  @Test
  void a_property_checked_directly_prints_its_test() {
    assertEquals("ReplayFixtures#checked_directly", replayedSelector("ReplayFixtures#checked_directly"));
  }

  @Test
  void a_property_checked_in_a_helper_of_another_class_prints_the_test_that_called_it() {
    assertEquals("ReplayFixtures#checked_in_a_helper_of_another_class",
        replayedSelector("ReplayFixtures#checked_in_a_helper_of_another_class"));
  }

  @Test
  void a_property_in_a_nested_class_prints_the_nested_class_with_a_dollar() {
    assertEquals("ReplayFixtures$Inner#checked_in_a_nested_class",
        replayedSelector("ReplayFixtures$Inner#checked_in_a_nested_class"));
  }

  @Test
  void an_inherited_property_prints_the_concrete_class_that_ran_it() {
    assertEquals("ConcretePropertyFixture#inherited_from_an_abstract_class",
        replayedSelector("ConcretePropertyFixture#inherited_from_an_abstract_class"));
    assertEquals("OtherConcretePropertyFixture#inherited_from_an_abstract_class",
        replayedSelector("OtherConcretePropertyFixture#inherited_from_an_abstract_class"));
  }

  @Test
  void a_property_checked_in_this_test_prints_this_test() {
    PropertyFailure failure = assertThrows(PropertyFailure.class,
        () -> Property.forAll(Gens.integers()).withSeed(1).check(i -> false));
    assertEquals("mvn -Dgpai4j.seed=1 -Dtest=ReplayLineTest#a_property_checked_in_this_test_prints_this_test test",
        failure.replayCommand());
  }

  @Nested
  class WhenNested {
    @Test
    void the_command_names_the_nested_class() {
      PropertyFailure failure = assertThrows(PropertyFailure.class,
          () -> Property.forAll(Gens.integers()).withSeed(1).check(i -> false));
      assertEquals("mvn -Dgpai4j.seed=1 -Dtest='ReplayLineTest$WhenNested#the_command_names_the_nested_class' test",
          failure.replayCommand());
    }
  }

  @Test
  void without_a_known_test_no_command_is_printed_and_the_message_says_why() {
    Runner.Replay replay = Runner.replay(null, 5);
    assertNull(replay.command());
    assertTrue(replay.line().startsWith("-Dgpai4j.seed=5  (no -Dtest command: "), replay.line());
  }

  @Test
  void a_property_checked_on_a_thread_that_knows_no_test_prints_no_command_and_says_why() throws Exception {
    PropertyFailure[] failure = new PropertyFailure[1];
    // a thread that inherits nothing, like a pool thread created before the test
    Thread pool = new Thread(null, () -> failure[0] = assertThrows(PropertyFailure.class,
        () -> Property.forAll(Gens.integers()).withSeed(3).check(i -> false)), "pool", 0, false);
    pool.start();
    pool.join();
    assertNull(failure[0].replayCommand());
    assertTrue(failure[0].getMessage().contains("no -Dtest command: the test engine reported no test for this thread"),
        failure[0].getMessage());
  }

  @Test
  void a_test_the_engine_names_wrongly_gets_no_command() {
    Runner.Replay replay = Runner.replay(new TestIdentity.Running(
        ReplayLineTest.class.getName(), "no_such_method", "[id]", "name", new AtomicInteger()), 5);
    assertNull(replay.command());
    assertTrue(replay.line().contains("neither declares nor inherits"), replay.line());
    Runner.Replay missing = Runner.replay(new TestIdentity.Running(
        "io.github.gpai4j.NoSuchTest", "m", "[id]", "name", new AtomicInteger()), 5);
    assertNull(missing.command());
    assertTrue(missing.line().contains("cannot be loaded"), missing.line());
  }

  @Test
  void a_property_checked_on_a_thread_this_test_started_names_this_test() throws Exception {
    PropertyFailure[] failure = new PropertyFailure[1];
    Thread thread = new Thread(() -> failure[0] = assertThrows(PropertyFailure.class,
        () -> Property.forAll(Gens.integers()).withSeed(2).check(i -> false)));
    thread.start();
    thread.join();
    assertNotNull(failure[0]);
    assertEquals("mvn -Dgpai4j.seed=2 -Dtest=ReplayLineTest#"
        + "a_property_checked_on_a_thread_this_test_started_names_this_test test",
        failure[0].replayCommand());
  }
}
