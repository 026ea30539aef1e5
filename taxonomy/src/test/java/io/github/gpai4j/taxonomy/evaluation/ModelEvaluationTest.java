package io.github.gpai4j.taxonomy.evaluation;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;

import io.github.gpai4j.taxonomy.ModelCapability;
import java.time.LocalDate;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.json.JsonMapper;

/** Model evaluations (Measure 3.2, Appendix 3) as records. */
class ModelEvaluationTest {

  private final JsonMapper mapper = JsonMapper.builder().build();

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
  void model_evaluation_survives_a_json_round_trip() {
    assertEquals(redTeaming(), mapper.readValue(mapper.writeValueAsString(redTeaming()), ModelEvaluation.class));
  }

  @Test
  void empty_draft_evaluation_survives_a_json_round_trip() {
    ModelEvaluation e = ModelEvaluation.builder().build();
    assertEquals(e, mapper.readValue(mapper.writeValueAsString(e), ModelEvaluation.class));
    assertFalse(e.lighterTouch());
  }

  @Test
  void evaluation_result_survives_a_json_round_trip() {
    EvaluationResult r = EvaluationResult.of("pass@1", "0.42");
    assertEquals(r, mapper.readValue(mapper.writeValueAsString(r), EvaluationResult.class));
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
        mapper.writeValueAsString(EvaluationMethod.HUMAN_UPLIFT_STUDY));
  }
}
