package io.github.gpai4j.testkit;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.github.gpai4j.core.ComputeAmount;
import io.github.gpai4j.core.DataSize;
import io.github.gpai4j.core.ParameterCount;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.SplittableRandom;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;

/** The generator factories: reproducibility, bounds and distribution. */
class GensTest {

  @Test
  void same_seed_gives_the_same_samples() {
    Gen<List<String>> gen = Gens.lists(Gens.sentences());
    assertEquals(gen.samples(99, 50), gen.samples(99, 50));
    assertEquals(gen.sample(99), gen.sample(new SplittableRandom(99)));
  }

  @Test
  void different_seeds_give_different_samples() {
    assertNotEquals(Gens.longs().samples(1, 20), Gens.longs().samples(2, 20));
  }

  @Test
  void generate_with_a_plain_random_source_matches_sample() {
    Gen<Integer> gen = Gens.integers(-5, 5000);
    assertEquals(gen.sample(new SplittableRandom(3)), gen.generate(Source.of(new SplittableRandom(3))));
  }

  @Test
  void rejects_a_negative_sample_count() {
    assertThrows(IllegalArgumentException.class, () -> Gens.booleans().samples(1, -1));
  }

  @Test
  void integers_stay_in_their_range_and_reach_both_bounds() {
    List<Integer> samples = Gens.integers(-3, 250).samples(5, 2000);
    assertTrue(samples.stream().allMatch(x -> x >= -3 && x <= 250));
    assertTrue(samples.contains(-3));
    assertTrue(samples.contains(250));
    assertTrue(samples.contains(0));
  }

  @Test
  void full_range_integers_reach_the_extremes() {
    List<Integer> samples = Gens.integers().samples(6, 2000);
    assertTrue(samples.contains(Integer.MIN_VALUE));
    assertTrue(samples.contains(Integer.MAX_VALUE));
  }

  @Test
  void rejects_an_empty_integer_range() {
    assertThrows(IllegalArgumentException.class, () -> Gens.integers(2, 1));
  }

  @Test
  void doubles_stay_in_their_range() {
    Property.forAll(Gens.doubles(-2.5, 1e300)).withSeed(7).withTries(2000)
        .check(x -> x >= -2.5 && x <= 1e300);
    Property.forAll(Gens.doubles(3.0, 4.0)).withSeed(7).withTries(2000).check(x -> x >= 3.0 && x <= 4.0);
  }

  @Test
  void lists_respect_their_size_bounds() {
    Property.forAll(Gens.lists(Gens.booleans(), 2, 5)).withSeed(8).withTries(1000)
        .check(list -> list.size() >= 2 && list.size() <= 5);
  }

  @Test
  void lists_reach_their_maximum_size() {
    assertTrue(Gens.lists(Gens.booleans(), 0, 3).samples(9, 500).stream().anyMatch(list -> list.size() == 3));
  }

  @Test
  void sets_hold_distinct_elements_within_size_bounds() {
    Property.forAll(Gens.sets(Gens.integers(0, 30), 3, 10)).withSeed(10).withTries(500)
        .check(set -> set.size() >= 3 && set.size() <= 10);
  }

  @Test
  void sets_fail_clearly_when_elements_cannot_be_distinct_enough() {
    FilterExhaustedException error = assertThrows(FilterExhaustedException.class,
        () -> Gens.sets(Gens.integers(0, 1), 3, 3).sample(1));
    assertTrue(error.getMessage().contains("set element not already in the set"), error.getMessage());
  }

  @Test
  void elements_pick_every_value_and_only_those() {
    Set<String> seen = new HashSet<>(Gens.elements("a", "b", "c").samples(11, 300));
    assertEquals(Set.of("a", "b", "c"), seen);
  }

  @Test
  void frequency_never_picks_outside_its_generators_and_uses_each() {
    List<String> samples = Gens.frequency(
        Gens.weighted(9, Gens.constant("common")), Gens.weighted(1, Gens.constant("rare"))).samples(12, 1000);
    long rare = samples.stream().filter("rare"::equals).count();
    assertTrue(rare > 0 && rare < 500, "rare picked " + rare + " times");
  }

  @Test
  void one_of_uses_every_generator() {
    Set<Integer> seen = new HashSet<>(
        Gens.oneOf(Gens.constant(1), Gens.constant(2), Gens.constant(3)).samples(13, 200));
    assertEquals(Set.of(1, 2, 3), seen);
  }

  @Test
  void optionals_and_nullables_produce_both_absent_and_present_values() {
    List<Optional<Integer>> optionals = Gens.optionals(Gens.integers()).samples(14, 200);
    assertTrue(optionals.stream().anyMatch(Optional::isEmpty));
    assertTrue(optionals.stream().anyMatch(Optional::isPresent));
    List<Integer> nullables = Gens.nullable(Gens.integers()).samples(14, 200);
    assertTrue(nullables.contains(null));
    assertTrue(nullables.stream().anyMatch(x -> x != null));
  }

  @Test
  void strings_use_only_their_alphabet_and_length_bounds() {
    Property.forAll(Gens.strings("xyz", 1, 4)).withSeed(15).withTries(500)
        .check(s -> s.length() >= 1 && s.length() <= 4 && s.chars().allMatch(c -> "xyz".indexOf(c) >= 0));
  }

  @Test
  void unicode_strings_are_well_formed_and_include_supplementary_and_control_characters() {
    List<String> samples = Gens.unicodeStrings(0, 30).samples(16, 500);
    assertTrue(samples.stream().allMatch(GensTest::wellFormed));
    assertTrue(samples.stream().anyMatch(s -> s.codePoints().anyMatch(Character::isSupplementaryCodePoint)));
    assertTrue(samples.stream().anyMatch(s -> s.codePoints().anyMatch(Character::isISOControl)));
  }

  private static boolean wellFormed(String text) {
    for (int i = 0; i < text.length(); i++) {
      char c = text.charAt(i);
      if (Character.isHighSurrogate(c)) {
        if (i + 1 >= text.length() || !Character.isLowSurrogate(text.charAt(i + 1))) {
          return false;
        }
        i++;
      } else if (Character.isLowSurrogate(c)) {
        return false;
      }
    }
    return true;
  }

  @Test
  void sentences_are_capitalised_and_end_with_a_full_stop() {
    Property.forAll(Gens.sentences()).withSeed(17).withTries(300)
        .check(s -> Character.isUpperCase(s.charAt(0)) && s.endsWith(".") && !s.contains("  "));
  }

  @Test
  void domain_names_have_a_label_and_a_top_level_domain() {
    Property.forAll(Gens.domainNames()).withSeed(18).withTries(300)
        .check(name -> name.matches("[a-z0-9]([a-z0-9-]*[a-z0-9])?\\.[a-z.]+"));
  }

  @Test
  void local_dates_stay_in_range_and_reach_both_ends() {
    LocalDate from = LocalDate.of(2025, 7, 30);
    LocalDate to = LocalDate.of(2025, 8, 5);
    List<LocalDate> samples = Gens.localDates(from, to).samples(19, 300);
    assertTrue(samples.stream().noneMatch(d -> d.isBefore(from) || d.isAfter(to)));
    assertTrue(samples.contains(from) && samples.contains(to));
  }

  @Test
  void rejects_a_date_range_that_ends_before_it_starts() {
    assertThrows(IllegalArgumentException.class,
        () -> Gens.localDates(LocalDate.of(2026, 1, 2), LocalDate.of(2026, 1, 1)));
  }

  @Test
  void decimals_have_their_order_of_magnitude_and_at_most_the_allowed_significant_figures() {
    Property.forAll(Gens.decimals(-3, 30, 5)).withSeed(20).withTries(2000).check(d -> {
      int magnitude = d.precision() - d.scale() - 1;
      return d.signum() > 0 && magnitude >= -3 && magnitude <= 30 && d.precision() <= 5;
    });
  }

  @Test
  void decimals_use_every_number_of_significant_figures() {
    Set<Integer> figures = Gens.decimals(20, 26, 4).samples(21, 500).stream()
        .map(BigDecimal::precision).collect(Collectors.toSet());
    assertEquals(Set.of(1, 2, 3, 4), figures);
  }

  @Test
  void decimals_shrink_to_one_at_the_smallest_exponent() {
    PropertyFailure failure = assertThrows(PropertyFailure.class,
        () -> Property.forAll(Gens.decimals(23, 26, 4)).withSeed(22).check(d -> false));
    assertEquals(List.of(new BigDecimal("1E+23")), failure.counterexample());
  }

  @Test
  void parameter_counts_are_whole_numbers() {
    Property.forAll(Gens.parameterCounts(0, 13)).withSeed(23).withTries(1000)
        .check(count -> count.count().stripTrailingZeros().scale() <= 0);
  }

  @Test
  void quantity_generators_stay_in_their_orders_of_magnitude() {
    Property.forAll(Gens.computeAmounts(20, 27), Gens.energyAmounts(0, 6), Gens.dataSizes(9, 14))
        .withSeed(24).withTries(500)
        .check((ComputeAmount compute, io.github.gpai4j.core.EnergyAmount energy, DataSize size) ->
            compute.orderOfMagnitude() >= 20 && compute.orderOfMagnitude() <= 27
                && energy.orderOfMagnitude() >= 0 && energy.orderOfMagnitude() <= 6
                && size.orderOfMagnitude() >= 9 && size.orderOfMagnitude() <= 14);
  }

  @Test
  void rejects_parameter_counts_below_one() {
    assertThrows(IllegalArgumentException.class, () -> Gens.parameterCounts(-1, 3));
  }

  @Test
  void generators_are_shareable_between_threads() throws InterruptedException {
    Gen<List<Integer>> gen = Gens.lists(Gens.integers());
    List<List<Integer>> expected = gen.samples(25, 100);
    List<List<List<Integer>>> results = new java.util.concurrent.CopyOnWriteArrayList<>();
    Thread[] threads = new Thread[4];
    for (int t = 0; t < threads.length; t++) {
      threads[t] = new Thread(() -> results.add(gen.samples(25, 100)));
      threads[t].start();
    }
    for (Thread thread : threads) {
      thread.join();
    }
    assertEquals(4, results.size());
    results.forEach(result -> assertEquals(expected, result));
  }

  @Test
  void filter_without_description_still_names_its_tries() {
    FilterExhaustedException error = assertThrows(FilterExhaustedException.class,
        () -> Gens.integers().filter(x -> false).sample(1));
    assertEquals(Gen.DEFAULT_FILTER_TRIES, error.tries());
    assertFalse(error.getMessage().isEmpty());
    assertTrue(error.getMessage().contains("rejected all 100 of its tries"), error.getMessage());
  }

  @Test
  void parameter_count_generator_produces_parameter_counts() {
    assertTrue(Gens.parameterCounts(9, 12).samples(26, 20).stream().allMatch(ParameterCount.class::isInstance));
  }
}
