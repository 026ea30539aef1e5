package io.github.gpai4j.testkit;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.LocalDate;
import java.util.List;
import java.util.Set;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;

/** The runner: tries, seeds, replay, failure reports and minimal counterexamples. */
class PropertyTest {

  private static final Gen<Integer> INTS = Gens.integers();

  private static PropertyFailure failureOf(Runnable run) {
    return assertThrows(PropertyFailure.class, run::run);
  }

  @Test
  void passing_property_runs_the_configured_number_of_tries() {
    AtomicInteger calls = new AtomicInteger();
    Property.forAll(INTS).withTries(37).withSeed(1).check(x -> calls.incrementAndGet() > 0);
    assertEquals(37, calls.get());
  }

  @Test
  void integers_below_1000_shrink_to_exactly_1000_for_every_seed() {
    for (long seed = 1; seed <= 30; seed++) {
      long fixed = seed;
      PropertyFailure failure = failureOf(() -> Property.forAll(INTS).withSeed(fixed).check(x -> x < 1000));
      assertEquals(List.of(1000), failure.counterexample(), "seed " + seed);
    }
  }

  @Test
  void failure_message_prints_seed_tries_both_counterexamples_cause_and_replay_line() {
    PropertyFailure failure = failureOf(() -> Property.forAll(INTS).withSeed(42).check(x -> x < 1000));
    String message = failure.getMessage();
    assertTrue(message.contains("with seed 42"), message);
    assertTrue(message.contains("after " + failure.tries() + " tr"), message);
    assertTrue(message.contains("Shrunk counterexample: 1000 "), message);
    assertTrue(message.contains("Original counterexample (try " + failure.tries() + "): "
        + failure.originalCounterexample().get(0)), message);
    assertTrue(message.contains("Cause: the property returned false"), message);
    assertTrue(message.contains("-Dgpai4j.seed=42"), message);
    assertTrue(message.contains(
        "mvn -Dgpai4j.seed=42 -Dtest=PropertyTest#"
            + "failure_message_prints_seed_tries_both_counterexamples_cause_and_replay_line test"),
        message);
  }

  @Test
  void replaying_the_printed_seed_programmatically_reproduces_the_shrunk_counterexample() {
    Gen<List<Integer>> lists = Gens.lists(Gens.integers(-50, 50));
    PropertyFailure first = failureOf(() -> Property.forAll(lists).check(l -> l.stream().mapToInt(i -> i).sum() < 60));
    Matcher printed = Pattern.compile("-Dgpai4j\\.seed=(-?\\d+)").matcher(first.getMessage());
    assertTrue(printed.find(), first.getMessage());
    long seed = Long.parseLong(printed.group(1));

    PropertyFailure replay =
        failureOf(() -> Property.forAll(lists).withSeed(seed).check(l -> l.stream().mapToInt(i -> i).sum() < 60));

    assertEquals(first.originalCounterexample(), replay.originalCounterexample());
    assertEquals(first.counterexample(), replay.counterexample());
    assertEquals(first.tries(), replay.tries());
  }

  @Test
  void replaying_with_the_system_property_reproduces_the_shrunk_counterexample() {
    PropertyFailure first = failureOf(() -> Property.forAll(INTS, INTS).check((a, b) -> a / 7 + b / 7 < 300));
    String previous = System.getProperty("gpai4j.seed");
    System.setProperty("gpai4j.seed", Long.toString(first.seed()));
    try {
      PropertyFailure replay = failureOf(() -> Property.forAll(INTS, INTS).check((a, b) -> a / 7 + b / 7 < 300));
      assertEquals(first.seed(), replay.seed());
      assertEquals(first.originalCounterexample(), replay.originalCounterexample());
      assertEquals(first.counterexample(), replay.counterexample());
    } finally {
      if (previous == null) {
        System.clearProperty("gpai4j.seed");
      } else {
        System.setProperty("gpai4j.seed", previous);
      }
    }
  }

  @Test
  void explicit_seed_takes_precedence_over_the_system_property() {
    String previous = System.getProperty("gpai4j.seed");
    System.setProperty("gpai4j.seed", "7");
    try {
      PropertyFailure failure = failureOf(() -> Property.forAll(INTS).withSeed(8).check(x -> x < 1000));
      assertEquals(8, failure.seed());
    } finally {
      if (previous == null) {
        System.clearProperty("gpai4j.seed");
      } else {
        System.setProperty("gpai4j.seed", previous);
      }
    }
  }

  @Test
  void malformed_seed_system_property_is_a_clear_error() {
    String previous = System.getProperty("gpai4j.seed");
    System.setProperty("gpai4j.seed", "forty-two");
    try {
      IllegalArgumentException error = assertThrows(
          IllegalArgumentException.class, () -> Property.forAll(INTS).check(x -> true));
      assertTrue(error.getMessage().contains("gpai4j.seed"), error.getMessage());
    } finally {
      if (previous == null) {
        System.clearProperty("gpai4j.seed");
      } else {
        System.setProperty("gpai4j.seed", previous);
      }
    }
  }

  @Test
  void list_property_shrinks_to_the_smallest_failing_list() {
    for (long seed = 1; seed <= 10; seed++) {
      long fixed = seed;
      PropertyFailure failure = failureOf(() ->
          Property.forAll(Gens.lists(INTS)).withSeed(fixed).check(list -> list.size() < 3));
      assertEquals(List.of(List.of(0, 0, 0)), failure.counterexample(), "seed " + seed);
    }
  }

  @Test
  void list_membership_property_shrinks_to_the_single_offending_element() {
    PropertyFailure failure = failureOf(() -> Property.forAll(Gens.lists(Gens.integers(0, 100), 0, 50))
        .withSeed(3).withTries(1000).check(list -> !list.contains(42)));
    assertEquals(List.of(List.of(42)), failure.counterexample());
  }

  @Test
  void two_arguments_shrink_independently() {
    PropertyFailure failure = failureOf(() ->
        Property.forAll(Gens.integers(0, 1_000_000), Gens.integers(0, 1_000_000)).withSeed(5)
            .check((a, b) -> a + b < 100));
    assertEquals(List.of(0, 100), failure.counterexample());
  }

  @Test
  void three_and_four_arguments_are_supported() {
    PropertyFailure three = failureOf(() -> Property.forAll(INTS, INTS, INTS).withSeed(1)
        .check((a, b, c) -> c < 10));
    assertEquals(List.of(0, 0, 10), three.counterexample());
    PropertyFailure four = failureOf(() -> Property.forAll(INTS, INTS, INTS, Gens.words()).withSeed(1)
        .checkAssert((a, b, c, d) -> assertTrue(d.length() < 2)));
    assertEquals(List.of(0, 0, 0, "aa"), four.counterexample());
  }

  @Test
  void shrinking_goes_through_filter() {
    PropertyFailure failure = failureOf(() -> Property.forAll(INTS.filter("odd", x -> x % 2 != 0)).withSeed(9)
        .check(x -> x < 1000));
    assertEquals(List.of(1001), failure.counterexample());
  }

  @Test
  void shrinking_goes_through_map() {
    PropertyFailure failure = failureOf(() -> Property.forAll(Gens.integers(0, 100_000).map(x -> 3 * x))
        .withSeed(2).check(x -> x < 1000));
    assertEquals(List.of(1002), failure.counterexample());
  }

  @Test
  void shrinking_goes_through_flat_map() {
    Gen<List<Integer>> sized = Gens.integers(1, 20).flatMap(n -> Gens.lists(INTS, n, n));
    PropertyFailure failure = failureOf(() -> Property.forAll(sized).withSeed(4).check(l -> l.size() < 5));
    assertEquals(List.of(List.of(0, 0, 0, 0, 0)), failure.counterexample());
  }

  @Test
  void strings_shrink_to_the_shortest_offending_text() {
    PropertyFailure failure = failureOf(() -> Property.forAll(Gens.words()).withSeed(6).withTries(1000)
        .check(word -> !word.contains("q")));
    assertEquals(List.of("q"), failure.counterexample());
  }

  @Test
  void dates_shrink_to_the_first_failing_day() {
    LocalDate applies = LocalDate.of(2025, 8, 2);
    PropertyFailure failure = failureOf(() ->
        Property.forAll(Gens.localDates(LocalDate.of(2020, 1, 1), LocalDate.of(2030, 12, 31))).withSeed(11)
            .check(date -> date.isBefore(applies)));
    assertEquals(List.of(applies), failure.counterexample());
  }

  @Test
  void sets_shrink_to_the_simplest_set_of_the_failing_size() {
    PropertyFailure failure = failureOf(() ->
        Property.forAll(Gens.sets(Gens.integers(0, 100), 0, 20)).withSeed(12).check(set -> set.size() < 3));
    assertEquals(List.of(Set.of(0, 1, 2)), failure.counterexample());
  }

  @Test
  void assertion_failures_are_the_cause_and_shrink_too() {
    PropertyFailure failure = failureOf(() -> Property.forAll(INTS).withSeed(13)
        .checkAssert(x -> assertTrue(x < 1000, "too big: " + x)));
    assertEquals(List.of(1000), failure.counterexample());
    assertInstanceOf(AssertionError.class, failure.getCause());
    assertTrue(failure.getMessage().contains("too big: 1000"), failure.getMessage());
  }

  @Test
  void a_predicate_returning_false_has_no_cause() {
    PropertyFailure failure = failureOf(() -> Property.forAll(INTS).withSeed(14).check(x -> x < 1000));
    assertNull(failure.getCause());
  }

  @Test
  void shrinking_keeps_the_class_of_the_original_failure() {
    for (long seed = 1; seed <= 10; seed++) {
      long fixed = seed;
      PropertyFailure failure = failureOf(() -> Property.forAll(Gens.integers(0, 1_000_000)).withSeed(fixed)
          .checkAssert(x -> {
            if (x >= 500) {
              throw new IllegalStateException("large " + x);
            }
            if (x >= 100) {
              throw new IllegalArgumentException("medium " + x);
            }
          }));
      int expected = failure.getCause() instanceof IllegalStateException ? 500 : 100;
      assertEquals(List.of(expected), failure.counterexample(), "seed " + seed);
    }
  }

  @Test
  void zero_shrink_budget_reports_the_original_counterexample() {
    PropertyFailure failure = failureOf(() -> Property.forAll(INTS).withSeed(15).withMaxShrinks(0)
        .check(x -> x < 1000));
    assertEquals(failure.originalCounterexample(), failure.counterexample());
    assertEquals(0, failure.shrinkSteps());
  }

  @Test
  void filter_exhaustion_names_the_filter_and_its_tries() {
    FilterExhaustedException error = assertThrows(FilterExhaustedException.class, () ->
        Property.forAll(INTS.filter("a number both even and odd", 7, x -> x % 2 == 0 && x % 2 != 0))
            .withSeed(16).check(x -> true));
    assertEquals(7, error.tries());
    assertEquals(16L, error.seed());
    assertTrue(error.getMessage().startsWith(
        "Filter \"a number both even and odd\" rejected all 7 of its tries in a row"), error.getMessage());
    assertTrue(error.getMessage().contains("with seed 16"), error.getMessage());
  }

  @Test
  void rejects_fewer_than_one_try() {
    assertThrows(IllegalArgumentException.class, () -> Property.forAll(INTS).withTries(0));
  }

  @Test
  void rejects_a_negative_shrink_budget() {
    assertThrows(IllegalArgumentException.class, () -> Property.forAll(INTS).withMaxShrinks(-1));
  }

  @Test
  void integers_above_minus_1000_shrink_to_exactly_minus_1000() {
    PropertyFailure failure = failureOf(() -> Property.forAll(INTS).withSeed(21).check(x -> x > -1000));
    assertEquals(List.of(-1000), failure.counterexample());
  }

  @Test
  void lists_equal_to_their_reverse_shrink_to_zero_one() {
    PropertyFailure failure = failureOf(() -> Property.forAll(Gens.lists(INTS)).withSeed(22).check(list -> {
      List<Integer> reversed = new java.util.ArrayList<>(list);
      java.util.Collections.reverse(reversed);
      return reversed.equals(list);
    }));
    assertEquals(List.of(List.of(0, 1)), failure.counterexample());
  }

  @Test
  void tries_default_comes_from_the_system_property() {
    String previous = System.getProperty("gpai4j.tries");
    System.setProperty("gpai4j.tries", "13");
    // gpai4j.tries=13 scales the default of 1,000 tries to 13
    try {
      AtomicInteger calls = new AtomicInteger();
      Property.forAll(INTS).withSeed(23).check(x -> calls.incrementAndGet() > 0);
      assertEquals(13, calls.get());
    } finally {
      if (previous == null) {
        System.clearProperty("gpai4j.tries");
      } else {
        System.setProperty("gpai4j.tries", previous);
      }
    }
  }

  @Test
  void list_sum_shrinks_to_the_simplest_list_reaching_the_sum() {
    for (long seed = 1; seed <= 10; seed++) {
      long fixed = seed;
      PropertyFailure failure = failureOf(() -> Property.forAll(Gens.lists(Gens.integers(-50, 50))).withSeed(fixed)
          .check(list -> list.stream().mapToInt(i -> i).sum() < 60));
      assertEquals(List.of(List.of(10, 50)), failure.counterexample(), "seed " + seed);
    }
  }
}
