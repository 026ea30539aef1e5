package io.github.gpai4j.testkit;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.Test;

/** Labels, coverage, assumptions, tries multipliers and profiles, and the report of a passing run. */
class StatisticsAndControlTest {

  @Test
  void labels_are_counted_and_printed_in_the_summary() {
    PropertyReport report = Property.forAll(Gens.integers(0, 9)).withSeed(1).withTries(200).check(x -> {
      Property.classify(x % 2 == 0, "even");
      Property.label(x < 5 ? "small" : "large");
      return true;
    });
    assertEquals(200, report.tries());
    assertEquals(200, report.labels().get("small") + report.labels().get("large"));
    assertTrue(report.percent("even") > 0 && report.percent("even") < 100, report.summary());
    assertTrue(report.summary().contains("even"), report.summary());
    assertTrue(report.summary().startsWith(
        "Property StatisticsAndControlTest#labels_are_counted_and_printed_in_the_summary passed 200 tries with seed 1"),
        report.summary());
  }

  @Test
  void a_declared_coverage_that_is_not_met_fails_the_property_with_the_distribution() {
    PropertyFailure failure = assertThrows(PropertyFailure.class, () ->
        Property.forAll(Gens.integers(0, 1_000_000)).withSeed(2).withCoverage("exactly 42", 5)
            .check(x -> {
              Property.classify(x == 42, "exactly 42");
              Property.label("any");
              return true;
            }));
    assertTrue(failure.getMessage().contains("missed its declared coverage"), failure.getMessage());
    assertTrue(failure.getMessage().contains("\"exactly 42\" on "), failure.getMessage());
    assertTrue(failure.getMessage().contains("required at least 5 %"), failure.getMessage());
    assertTrue(failure.getMessage().contains("any"), failure.getMessage());
  }

  @Test
  void a_met_coverage_passes() {
    Property.forAll(Gens.integers(0, 3)).withSeed(3).withCoverage("zero", 5)
        .check(x -> {
          Property.classify(x == 0, "zero");
          return true;
        });
  }

  @Test
  void assumptions_discard_tries_which_do_not_count() {
    AtomicInteger checked = new AtomicInteger();
    PropertyReport report = Property.forAll(Gens.integers(0, 9)).withSeed(4).withTries(50).check(x -> {
      Property.assume(x % 2 == 0);
      checked.incrementAndGet();
      return x % 2 == 0;
    });
    assertEquals(50, report.tries());
    assertEquals(50, checked.get());
    assertTrue(report.discarded() > 0, report.summary());
  }

  @Test
  void junit_assumptions_discard_too() {
    PropertyReport report = Property.forAll(Gens.integers(0, 9)).withSeed(5).withTries(20)
        .checkAssert(x -> Assumptions.assumeTrue(x < 8));
    assertEquals(20, report.tries());
    assertTrue(report.discarded() > 0, report.summary());
  }

  @Test
  void too_many_discards_fail_the_property() {
    PropertyFailure failure = assertThrows(PropertyFailure.class, () ->
        Property.forAll(Gens.integers(0, 1_000_000)).withSeed(6).withMaxDiscardRatio(2).check(x -> {
          Property.assume(x == 7);
          return true;
        }));
    assertTrue(failure.getMessage().contains("more than the maximum ratio of 2"), failure.getMessage());
  }

  @Test
  void the_tries_system_property_multiplies_even_declared_tries() throws Exception {
    SystemProperties.with("gpai4j.tries", "10000", () -> {
      AtomicInteger calls = new AtomicInteger();
      Property.forAll(Gens.integers()).withSeed(7).withTries(7).check(x -> calls.incrementAndGet() > 0);
      assertEquals(70, calls.get());
    });
  }

  @Test
  void the_tries_multiplier_and_profiles_apply_to_every_property() throws Exception {
    SystemProperties.with("gpai4j.triesMultiplier", "0.5", () ->
        assertEquals(500, Property.forAll(Gens.integers()).withSeed(8).check(x -> true).tries()));
    SystemProperties.with("gpai4j.profile", "ci", () ->
        assertEquals(40, Property.forAll(Gens.integers()).withSeed(8).withTries(10).check(x -> true).tries()));
    SystemProperties.with("gpai4j.profile", "quick", () ->
        assertEquals(100, Property.forAll(Gens.integers()).withSeed(8).check(x -> true).tries()));
    SystemProperties.with("gpai4j.profile", "nightly", () ->
        assertThrows(IllegalArgumentException.class, () -> Property.forAll(Gens.integers()).check(x -> true)));
  }

  @Test
  void the_default_is_a_thousand_tries() {
    assertEquals(1_000, Property.forAll(Gens.integers()).withSeed(10).check(x -> true).tries());
  }

  @Test
  void a_passing_report_names_the_seed_origin() {
    PropertyReport report = Property.forAll(Gens.integers()).withSeed(9).check(x -> true);
    assertEquals("withSeed", report.seedOrigin());
    assertEquals(9, report.seed());
  }
}
