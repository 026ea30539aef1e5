package io.github.gpai4j.testkit;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.github.gpai4j.core.documentation.ModelDocumentation;
import io.github.gpai4j.core.json.Gpai4jJson;
import io.github.gpai4j.testkit.domain.DocumentationGens;
import io.github.gpai4j.testkit.fixtures.PersistenceFixture;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Failures that reproduce, persist, stay apart and read well. */
class FailureReportingTest {

  @Test
  void two_bugs_in_one_property_are_reported_apart_each_shrunk_to_its_own_minimum() {
    for (long seed = 1; seed <= 20; seed++) {
      long fixed = seed;
      PropertyFailure failure = assertThrows(PropertyFailure.class, () ->
          Property.forAll(Gens.integers(0, 1_000_000)).withSeed(fixed).withTries(200).checkAssert(x -> {
            if (x >= 500) {
              throw new IllegalStateException("large " + x);
            }
            if (x >= 100) {
              throw new IllegalArgumentException("medium " + x);
            }
          }));
      Set<List<Object>> shrunk = new HashSet<>();
      for (Counterexample bug : failure.failures()) {
        shrunk.add(bug.arguments());
      }
      assertEquals(Set.of(List.of(100), List.of(500)), shrunk, "seed " + seed + ": " + failure.getMessage());
      assertTrue(failure.getMessage().contains("Property failed in 2 distinct ways"), failure.getMessage());
      assertEquals(1, failure.getSuppressed().length);
    }
  }

  @Test
  void the_same_exception_type_thrown_at_two_places_is_two_failures() {
    PropertyFailure failure = assertThrows(PropertyFailure.class, () ->
        Property.forAll(Gens.integers(0, 1_000)).withSeed(3).withTries(300).checkAssert(x -> {
          assertTrue(x < 900, "below 900");
          assertTrue(x % 7 != 3, "not 3 modulo 7");
        }));
    assertEquals(2, failure.failures().size(), failure.getMessage());
    assertTrue(failure.failures().get(0).failureKind().contains("FailureReportingTest"),
        failure.failures().get(0).failureKind());
  }

  @Test
  void a_generator_that_throws_is_reported_with_seed_and_try() {
    Gen<Integer> broken = Gens.integers(0, 100).map(x -> {
      if (x > 90) {
        throw new IllegalStateException("generator bug at " + x);
      }
      return x;
    });
    GenerationException error = assertThrows(GenerationException.class,
        () -> Property.forAll(broken).withSeed(4).withTries(1_000).check(x -> true));
    assertEquals(4, error.seed());
    assertTrue(error.tryNumber() >= 1);
    assertTrue(error.getMessage().contains("at try " + error.tryNumber() + " with seed 4"), error.getMessage());
    assertInstanceOf(IllegalStateException.class, error.getCause());
    assertTrue(error.getMessage().contains("-Dgpai4j.seed=4"), error.getMessage());
  }

  @Test
  void an_exhausted_filter_names_the_try() {
    FilterExhaustedException error = assertThrows(FilterExhaustedException.class, () ->
        Property.forAll(Gens.integers(0, 10).filter("above ten", 3, x -> x > 10)).withSeed(5).check(x -> true));
    assertEquals(1, error.tryNumber());
    assertTrue(error.getMessage().contains("with seed 5 at try 1"), error.getMessage());
  }

  /**
   * Two runs of the same test, as two builds would run it: the second starts from the seed that failed in the
   * first; once the bug is fixed, the stored seed passes, the report says where the seed came from, and the
   * database forgets it.
   */
  @Test
  void the_last_failing_seed_is_tried_first_next_run_and_forgotten_once_the_property_passes(@TempDir Path database)
      throws Exception {
    SystemProperties.with("gpai4j.database", database.toString(), () -> {
      String test = "io.github.gpai4j.testkit.fixtures.PersistenceFixture#random_seed";
      PersistenceFixture.broken = true;
      PropertyFailure first = assertInstanceOf(PropertyFailure.class, Launch.run(test).get(0).failure());
      assertEquals(1, Files.list(database.resolve("seeds")).count());
      PropertyFailure second = assertInstanceOf(PropertyFailure.class, Launch.run(test).get(0).failure());
      assertEquals(first.seed(), second.seed(), "the second run starts from the stored seed");
      assertEquals(first.counterexample(), second.counterexample());

      PersistenceFixture.broken = false;
      assertEquals(null, Launch.run(test).get(0).failure());
      PropertyReport fixed = PersistenceFixture.lastReport;
      assertEquals(first.seed(), fixed.seed());
      assertTrue(fixed.seedOrigin().startsWith("failure database"), fixed.seedOrigin());
      assertEquals(0, Files.list(database.resolve("seeds")).count());
    });
  }

  @Test
  void a_shrunk_document_is_written_as_json_the_cli_reads_and_named_in_the_message(@TempDir Path database)
      throws Exception {
    SystemProperties.with("gpai4j.database", database.toString(), () -> {
      PropertyFailure failure = assertThrows(PropertyFailure.class, () ->
          Property.forAll(DocumentationGens.validModelDocumentation()).withSeed(7)
              .check(doc -> doc.modelProperties().architecture().split(" ").length < 3));
      List<Path> files = failure.failures().get(0).files();
      assertEquals(1, files.size());
      assertTrue(failure.getMessage().contains(files.get(0).toString()), failure.getMessage());
      ModelDocumentation read = Gpai4jJson.strict().read(files.get(0), ModelDocumentation.class);
      assertEquals(failure.counterexample().get(0), read);
      assertTrue(failure.getMessage().contains("differing from the simplest one its generator makes"),
          failure.getMessage());
      assertTrue(failure.getMessage().contains("/modelProperties/architecture: \"a\" -> \"a a a\""),
          failure.getMessage());
    });
  }

  @Test
  void persistence_can_be_turned_off() throws Exception {
    SystemProperties.with("gpai4j.database", "none", () -> {
      PropertyFailure failure = assertThrows(PropertyFailure.class, () ->
          Property.forAll(DocumentationGens.validModelDocumentation()).withSeed(7)
              .check(doc -> doc.modelProperties().architecture().split(" ").length < 3));
      assertEquals(List.of(), failure.failures().get(0).files());
    });
  }

  @Test
  void long_values_are_never_cut() {
    String longText = "x".repeat(5_000);
    PropertyFailure failure = assertThrows(PropertyFailure.class,
        () -> Property.forAll(Gens.constant(longText)).withSeed(1).check(s -> s.length() < 10));
    assertTrue(failure.getMessage().contains('"' + longText + '"'), "the whole value is shown");
  }

  @Test
  void described_generators_and_type_formatters_render_counterexamples() {
    PropertyFailure described = assertThrows(PropertyFailure.class, () ->
        Property.forAll(Gens.integers(0, 100).describedAs(days -> days + " training days")).withSeed(1)
            .check(d -> d < 30));
    assertTrue(described.getMessage().contains("Shrunk counterexample: 30 training days "),
        described.getMessage());
    PropertyFailure formatted = assertThrows(PropertyFailure.class, () ->
        Property.forAll(Gens.lists(Gens.integers(0, 100), 1, 5)).withSeed(1)
            .withFormatter(Integer.class, i -> "#" + i).check(list -> list.get(0) < 30));
    assertTrue(formatted.getMessage().contains("Shrunk counterexample: [#30] "), formatted.getMessage());
  }

  @Test
  void equal_values_shrink_together() {
    for (long seed = 1; seed <= 30; seed++) {
      long fixed = seed;
      PropertyFailure failure = assertThrows(PropertyFailure.class, () ->
          Property.forAll(Gens.lists(Gens.integers(0, 1_000), 0, 20)).withSeed(fixed).withTries(500)
              .check(list -> new HashSet<>(list).size() == list.size()));
      assertEquals(List.of(List.of(0, 0)), failure.counterexample(), "seed " + seed);
    }
  }

  @Test
  void a_zero_shrink_time_budget_reports_the_first_counterexample() {
    PropertyFailure failure = assertThrows(PropertyFailure.class, () -> Property.forAll(Gens.integers())
        .withSeed(15).withShrinkTimeBudget(Duration.ZERO).check(x -> x < 1000));
    assertEquals(failure.originalCounterexample(), failure.counterexample());
    assertFalse(failure.getMessage().isEmpty());
  }
}
