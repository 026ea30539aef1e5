package io.github.gpai4j.evaluation.documentation.pipeline;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.github.gpai4j.core.documentation.ModelDocumentation;
import io.github.gpai4j.core.documentation.TrainingTimeRange;
import io.github.gpai4j.evaluation.documentation.ModelDocumentationRules;
import io.github.gpai4j.evaluation.documentation.ModelDocumentationValidator;
import io.github.gpai4j.testkit.Counterexample;
import io.github.gpai4j.testkit.Gen;
import io.github.gpai4j.testkit.Gens;
import io.github.gpai4j.testkit.LawEdges;
import io.github.gpai4j.testkit.Property;
import io.github.gpai4j.testkit.PropertyFailure;
import io.github.gpai4j.testkit.PropertyReport;
import io.github.gpai4j.testkit.ReportAssertions;
import io.github.gpai4j.testkit.domain.DocumentationGens;
import java.math.BigDecimal;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * A team's documentation pipeline with two planted bugs (a training-time range boundary off by one day; compute
 * rounded and then stripped to one significant figure) is caught by the testkit's boundary generators at the
 * default tries, each bug reported and shrunk on its own.
 *
 * <p>MDF-7.1a gives training-time ranges "less than 1 month", "1–3 months", "3–6 months" and "more than 6
 * months"; MDF-7.2b asks for the training compute to at least two significant figures (Annex XI, section 1(2)(d)
 * of Regulation (EU) 2024/1689).
 */
class PlantedBugsTest {
  static final ModelDocumentationValidator VALIDATOR = ModelDocumentationValidator.create();
  static final ModelDocumentation TEMPLATE = DocumentationGens.validModelDocumentation().sample(2025L);

  /** Training-run configurations from the boundary generators. */
  static final Gen<TrainingRun> RUNS = Gens.records(TrainingRun.class,
      LawEdges.trainingDays(), LawEdges.computeEdges(1), LawEdges.parameterCounts());

  /**
   * The same configurations with training days drawn uniformly from 1 to 400, as before the boundary bias; for
   * measuring by hand ({@code failureWith(UNIFORM_DAYS, seed, 0)} over 100 seeds).
   */
  static final Gen<TrainingRun> UNIFORM_DAYS = Gens.records(TrainingRun.class,
      Gens.integers(1, 400).map(BigDecimal::valueOf), LawEdges.computeEdges(1), LawEdges.parameterCounts());

  /** The pipeline's specification: the form's own range for the days, and no precision or consistency finding. */
  static void meetsTheForm(DocumentationPipeline pipeline, TrainingRun run) {
    ModelDocumentation document = pipeline.document(TEMPLATE, run);
    Property.classify(LawEdges.trainingTimeRangeStarts().stream()
        .anyMatch(start -> Math.abs(run.wallClockDays().intValue() - start) <= 1), "within a day of a range limit");
    assertEquals(TrainingTimeRange.of(run.wallClockDays()),
        document.computationalResources().trainingTimeRange().range(),
        "training-time range (MDF-7.1a) for " + run.wallClockDays() + " days");
    ReportAssertions.assertNoFindings(VALIDATOR.validate(document),
        ModelDocumentationRules.PREC_COMPUTE.id(), ModelDocumentationRules.PREC_COMPUTE_MAGNITUDE.id(),
        ModelDocumentationRules.CONS_COMPUTE_MAGNITUDE.id(), ModelDocumentationRules.PREC_TRAINING_TIME.id(),
        ModelDocumentationRules.CONS_TRAINING_TIME.id());
  }

  private static PropertyFailure failureWith(Gen<TrainingRun> runs, long seed, int tries, int maxShrinks) {
    return assertThrows(PropertyFailure.class, () -> Property.forAll(runs).withSeed(seed).withTries(tries)
        .withMaxShrinks(maxShrinks).checkAssert(run -> meetsTheForm(DocumentationPipeline.WITH_BOTH_BUGS, run)));
  }

  private static boolean bothBugsFoundApart(PropertyFailure failure) {
    List<Counterexample> failures = failure.failures();
    boolean range = failures.stream().anyMatch(f -> String.valueOf(f.cause()).contains("MDF-7.1a"));
    boolean figures = failures.stream().anyMatch(f -> String.valueOf(f.cause()).contains("MDF-PREC"));
    return failures.size() == 2 && range && figures;
  }

  @Test
  void the_correct_pipeline_meets_the_form_and_a_fifth_of_the_tries_sit_on_a_range_limit() {
    PropertyReport report = Property.forAll(RUNS).withCoverage("within a day of a range limit", 20)
        .checkAssert(run -> meetsTheForm(DocumentationPipeline.CORRECT, run));
    assertTrue(report.tries() >= 1_000, report.summary());
  }

  @Test
  void both_planted_bugs_are_reported_apart_each_shrunk_to_its_minimal_run() {
    PropertyFailure failure = failureWith(RUNS, 7, 100, 5_000);
    System.out.println(failure.getMessage());
    assertTrue(bothBugsFoundApart(failure), failure.getMessage());
    for (Counterexample bug : failure.failures()) {
      TrainingRun run = (TrainingRun) bug.arguments().get(0);
      if (String.valueOf(bug.cause()).contains("MDF-7.1a")) {
        assertEquals(0, run.wallClockDays().compareTo(BigDecimal.valueOf(30)), failure.getMessage());
      } else {
        BigDecimal rounded = run.measuredCompute().flop().round(new java.math.MathContext(2));
        assertEquals(1, rounded.stripTrailingZeros().precision(), failure.getMessage());
      }
    }
    assertTrue(failure.getMessage().contains("Property failed in 2 distinct ways"), failure.getMessage());
    assertNotNull(failure.replayCommand());
    assertTrue(failure.replayCommand().contains(
        "-Dtest=PlantedBugsTest#both_planted_bugs_are_reported_apart_each_shrunk_to_its_minimal_run "),
        failure.getMessage());
  }

  /**
   * The measurement the issue asks for: with the boundary generators, both bugs are found, apart, in at least 95
   * of 100 seeds, measured at 100 tries, the former default and a tenth of today's: a run of 1,000 tries begins
   * with the same 100 tries (one seeded stream) and makes 200 more after its first failure, so it makes at least
   * these 100 and finds at least what they find. (With training days drawn
   * uniformly from 1 to 400, {@link #UNIFORM_DAYS}, the same harness found both bugs in 19 to 20 of 100 seeds at
   * 100 tries when measured on 2026-12-01; it is not re-run here, to keep the suite fast.) Shrinking is off here: it never loses a failure found by a try, so the
   * count of failures found apart is what the tries find (the shrunk cases are checked above).
   */
  @Test
  void the_boundary_generators_catch_both_bugs_in_at_least_95_of_100_seeds() {
    int boundary = 0;
    for (long seed = 1; seed <= 100; seed++) {
      if (bothBugsFoundApart(failureWith(RUNS, seed, 100, 0))) {
        boundary++;
      }
    }
    System.out.println("Planted bugs found apart, 100 tries, 100 seeds: boundary generators " + boundary);
    assertTrue(boundary >= 95, "boundary generators found both bugs in " + boundary + " of 100 seeds");
  }
}
