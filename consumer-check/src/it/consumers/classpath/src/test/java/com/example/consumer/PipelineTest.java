package com.example.consumer;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.github.gpai4j.core.documentation.ModelDocumentation;
import io.github.gpai4j.evaluation.classification.SystemicRiskStatus;
import org.junit.jupiter.api.Test;

/** Runs the pipeline: JSON binding (opens), French messages (resource bundles) and the classifier. */
class PipelineTest {

  @Test
  void a_document_survives_json_and_its_gaps_read_in_french() throws Exception {
    ModelDocumentation back = Pipeline.roundTrip();
    assertEquals("Example-1", back.generalInformation().modelName().identifier());
    String text = Pipeline.gapsInFrench(back);
    assertTrue(text.contains("manque"), text);
  }

  @Test
  void a_profile_above_ten_to_the_twenty_five_is_presumed_to_have_systemic_risk() throws Exception {
    String json = "{\"documentType\": \"model-profile\", \"schemaVersion\": \"1.0\","
        + " \"significantGenerality\": \"YES\", \"trainingCompute\": {\"flop\": 3.8E+25, \"method\": \"MEASURED\"}}";
    assertEquals(SystemicRiskStatus.PRESUMED, Pipeline.classify(json).systemicRisk().status());
  }

  @Test
  void the_registry_finds_every_document_type_of_the_library() throws Exception {
    assertEquals(java.util.List.of(
        "copyright-policy-complete.json copyright-policy/cop-final-2025-07 true",
        "model-documentation-complete.json model-documentation/cop-final-2025-07 true",
        "model-documentation-open-small.json model-documentation/cop-final-2025-07 true",
        "model-documentation-draft.json model-documentation/cop-final-2025-07 false",
        "model-documentation-first-draft.json model-documentation/cop-draft-2024-11 true",
        "profile-frontier.json model-profile/1.0 -",
        "profile-open-small.json model-profile/1.0 -",
        "safety-and-security-framework-lattice-4.json safety-and-security-framework/cop-final-2025-07 true",
        "safety-and-security-model-report-lattice-4.json safety-and-security-model-report/cop-final-2025-07 true",
        "serious-incident-report-lattice-4.json serious-incident-report/template-2025-11 true",
        "training-content-summary-complete.json training-content-summary/template-2025-07 true",
        "training-content-summary-draft.json training-content-summary/template-2025-07 false"),
        Pipeline.readEverySample());
  }

  @Test
  void runs_where_the_build_says() {
    assertEquals(Boolean.getBoolean("consumer.modular"), PipelineTest.class.getModule().isNamed());
    assertEquals(Boolean.getBoolean("consumer.modular"),
        ModelDocumentation.class.getModule().isNamed(), "gpai4j on the module path");
  }

  @Test
  void a_model_family_round_trips_and_its_missing_answers_are_located_in_the_downstream_report() throws Exception {
    java.util.List<String> ids = Pipeline.family();
    assertTrue(ids.contains("MDF-REQ-2.5b"), ids.toString());
    assertTrue(!ids.contains("MDF-REQ-1.6"), "\"None\" answers the dependencies: " + ids);
    assertTrue(!ids.contains("MDF-REQ-2.5a"), "MDF-2.5a goes to the AI Office only: " + ids);
  }
}
