package io.github.gpai4j.evaluation.safety;

import io.github.gpai4j.taxonomy.evaluation.EvaluationResult;
import io.github.gpai4j.taxonomy.evaluation.ElicitationTechnique;
import io.github.gpai4j.taxonomy.evaluation.EvaluationMethod;
import io.github.gpai4j.taxonomy.evaluation.ModelAccess;
import io.github.gpai4j.taxonomy.evaluation.EvaluatorKind;
import io.github.gpai4j.taxonomy.evaluation.ModelEvaluation;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.github.gpai4j.core.validation.Finding;
import io.github.gpai4j.core.validation.Severity;
import io.github.gpai4j.core.validation.ValidationOptions;
import io.github.gpai4j.core.validation.ValidationReport;
import io.github.gpai4j.taxonomy.ModelCapability;
import java.time.LocalDate;
import org.junit.jupiter.api.Test;
import io.github.gpai4j.core.json.DocumentReadException;

/** Model evaluations (Measure 3.2, Appendix 3) as records. */
class ModelEvaluationTest {

  private static ModelEvaluation redTeaming() {
    return ModelEvaluation.builder()
        .id("E-7")
        .title("External cyber red-teaming")
        .method(EvaluationMethod.RED_TEAMING)
        .addRiskIds("R-CYBER")
        .addCapabilities(ModelCapability.OFFENSIVE_CYBER)
        .evaluatorKind(EvaluatorKind.INDEPENDENT_EXTERNAL)
        .evaluator("Example Security Lab")
        .completedOn(LocalDate.of(2025, 8, 15))
        .addElicitationTechniques(ElicitationTechnique.SCAFFOLDING, ElicitationTechnique.FINE_TUNING)
        .elicitationDescription("agent scaffold with shell tools, 64 attempts per task")
        .matchesMisuseActorElicitation(true)
        .matchesExpectedUseContext(true)
        .internalValidity("n = 200 tasks, canary strings, blinded grading")
        .externalValidity("tasks drawn from real incident reports")
        .reproducibility("seeds and environment published to the AI Office")
        .assessesMitigationEffectiveness(true)
        .addModelAccess(ModelAccess.LEAST_MITIGATED_VERSION, ModelAccess.CHAINS_OF_THOUGHT)
        .businessDaysAllowed(25)
        .addResults(new EvaluationResult("tasks solved", "12/40", "expert baseline 30/40", null))
        .build();
  }

  @Test
  void model_evaluation_survives_a_json_round_trip() throws DocumentReadException {
    assertEquals(redTeaming(), JsonRoundTrip.of(redTeaming(), ModelEvaluation.class));
  }

  @Test
  void empty_draft_evaluation_survives_a_json_round_trip() throws DocumentReadException {
    ModelEvaluation e = ModelEvaluation.builder().build();
    assertEquals(e, JsonRoundTrip.of(e, ModelEvaluation.class));
    assertFalse(e.lighterTouch());
  }

  @Test
  void evaluation_result_survives_a_json_round_trip() throws DocumentReadException {
    EvaluationResult r = EvaluationResult.of("pass@1", "0.42");
    assertEquals(r, JsonRoundTrip.of(r, EvaluationResult.class));
  }

  @Test
  void negative_business_days_are_rejected() {
    assertThrows(IllegalStateException.class, () -> ModelEvaluation.builder().businessDaysAllowed(-1).build());
  }

  @Test
  void result_without_a_metric_is_rejected() {
    assertThrows(IllegalArgumentException.class, () -> EvaluationResult.of(" ", "1"));
  }

  /** Measure 3.2 names eight example methods and requires open-ended testing; OTHER covers the rest. */
  @Test
  void measure_3_2_methods_are_named_with_their_legal_basis() {
    assertEquals(10, EvaluationMethod.values().length);
    assertEquals("CoP S&S Measure 3.2", EvaluationMethod.HUMAN_UPLIFT_STUDY.legalBasis().citation());
    assertEquals("\"EVALUATION.METHOD.HUMAN_UPLIFT_STUDY\"",
        JsonRoundTrip.write(EvaluationMethod.HUMAN_UPLIFT_STUDY).strip());
  }

  private static final ModelEvaluationValidator VALIDATOR = ModelEvaluationValidator.create();

  private static java.util.List<String> ruleIds(ValidationReport report) {
    return report.findings().stream().map(Finding::ruleId).toList();
  }

  @Test
  void complete_full_process_evaluation_has_no_finding() {
    assertEquals(ValidationReport.empty(), VALIDATOR.validate(redTeaming()));
  }

  /** Measure 1.2(1)(a): lighter-touch evaluations at trigger points need not meet Appendix 3. */
  @Test
  void lighter_touch_evaluation_is_exempt_from_appendix_3() {
    assertEquals(ValidationReport.empty(), VALIDATOR.validate(ModelEvaluation.builder().lighterTouch(true).build()));
  }

  /** Appendix 3.1: internal validity, external validity and reproducibility. */
  @Test
  void missing_rigour_is_reported_per_criterion_with_its_pointer() {
    ModelEvaluation e = ModelEvaluation.builder().from(redTeaming()).externalValidity(null).build();
    ValidationReport r = VALIDATOR.validate(e);
    assertEquals(java.util.List.of(EvaluationRules.RIGOUR_UNSTATED.id()), ruleIds(r));
    assertEquals("/externalValidity", r.findings().get(0).location().text());
    assertEquals(java.util.List.of("E-7", "externalValidity"), r.findings().get(0).arguments());
    assertTrue(r.findings().get(0).legalBases().stream()
        .anyMatch(b -> b.citation().equals("CoP S&S Appendix 3.1(2)")));
  }

  /** Appendix 3.2: elicitation at least matches misuse actors; unknown does not count as matched. */
  @Test
  void unknown_match_with_misuse_actor_elicitation_is_reported() {
    ModelEvaluation e = ModelEvaluation.builder().from(redTeaming()).matchesMisuseActorElicitation(null).build();
    ValidationReport r = VALIDATOR.validate(e);
    assertEquals(java.util.List.of(EvaluationRules.ELICITATION_NOT_MATCHED.id()), ruleIds(r));
    assertEquals(java.util.List.of("E-7", "null"), r.findings().get(0).arguments());
  }

  /** Appendix 3.4: "at least 20 business days" is appropriate for most risks; 19 is flagged as information. */
  @Test
  void nineteen_business_days_is_flagged_and_twenty_is_not() {
    ModelEvaluation e19 = ModelEvaluation.builder().from(redTeaming()).businessDaysAllowed(19).build();
    ModelEvaluation e20 = ModelEvaluation.builder().from(redTeaming()).businessDaysAllowed(20).build();
    ValidationReport r = VALIDATOR.validate(e19);
    assertEquals(java.util.List.of(EvaluationRules.SHORT_EVALUATION_TIME.id()), ruleIds(r));
    assertEquals(Severity.INFO, r.findings().get(0).severity());
    assertEquals(ValidationReport.empty(), VALIDATOR.validate(e20));
  }

  @Test
  void empty_draft_evaluation_reports_every_appendix_3_gap() {
    assertEquals(6, VALIDATOR.validate(ModelEvaluation.builder().build()).findings().size());
  }

  /** Appendix 3 describes rigorous evaluations; its gaps are warnings, so they never make a record invalid. */
  @Test
  void appendix_3_gaps_are_warnings_and_never_stop_a_fail_fast_run() {
    ValidationReport all = VALIDATOR.validate(ModelEvaluation.builder().businessDaysAllowed(3).build());
    ValidationReport fast = VALIDATOR.validate(ModelEvaluation.builder().businessDaysAllowed(3).build(),
        ValidationOptions.stopAtFirstError());
    assertTrue(all.isValid());
    assertEquals(all, fast);
    assertFalse(fast.stoppedEarly());
  }

  @Test
  void validator_rejects_null() {
    assertThrows(NullPointerException.class, () -> VALIDATOR.validate(null));
    assertThrows(NullPointerException.class, () -> VALIDATOR.validate(redTeaming(), null));
  }
}
