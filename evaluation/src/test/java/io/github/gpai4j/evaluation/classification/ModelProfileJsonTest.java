package io.github.gpai4j.evaluation.classification;

import io.github.gpai4j.core.Modality;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.github.gpai4j.core.Document;
import io.github.gpai4j.core.ParameterCount;
import io.github.gpai4j.core.json.DocumentReadException;
import io.github.gpai4j.core.json.Gpai4jJson;
import io.github.gpai4j.evaluation.testing.Samples;
import java.lang.reflect.Method;
import java.time.LocalDate;
import org.junit.jupiter.api.Test;

class ModelProfileJsonTest {

  private static ModelProfile full() {
    return ModelProfile.builder()
        .providerName("Example AI SE")
        .modelName("Example-1")
        .providerEstablishment(ProviderEstablishment.THIRD_COUNTRY)
        .smallOrMediumEnterprise(Fact.NO)
        .trainingCompute(ComputeEstimate.of("1.2E+25", EstimationMethod.HARDWARE_BASED, "9E+24", "1.5E+25"))
        .parameterCount(ParameterCount.of("7.0E+10"))
        .addInputModalities(Modality.TEXT, Modality.AUDIO)
        .addOutputModalities(Modality.TEXT)
        .unionPlacementDate(LocalDate.of(2026, 5, 4))
        .openSource(OpenSourceFacts.builder().licence("MIT").weightsPublic(Fact.YES)
            .addMonetisationSigns(MonetisationSign.DUAL_LICENSING).build())
        .modification(ModificationFacts.builder().baseModel("Base-9")
            .modificationCompute(ComputeEstimate.of("4E+24", EstimationMethod.MEASURED))
            .baseModelSystemicRisk(Fact.YES).build())
        .registeredEuBusinessUsers(10_000L)
        .thresholdKnownOn(LocalDate.of(2026, 1, 5))
        .addCommissionDecisions(CommissionDecision.of(DecisionKind.DESIGNATION_ANNEX_XIII, LocalDate.of(2026, 6, 1)))
        .build();
  }

  /** A profile written with a plain Jackson 3 mapper reads back equal, facts, decimals and dates included. */
  @Test
  void profile_survives_a_json_round_trip() {
    ModelProfile p = full();
    String json = Samples.JSON.writeValueAsString(p);
    assertEquals(p, Samples.JSON.readValue(json, ModelProfile.class));
  }

  /** The document header comes first so that a reader can dispatch on it. */
  @Test
  void profile_json_starts_with_document_type_and_schema_version() {
    String json = Samples.JSON.writeValueAsString(full());
    assertTrue(json.startsWith("{\"documentType\":\"model-profile\",\"schemaVersion\":\"1.0\""), json);
  }

  /** Unknown is the default: a fact absent from the JSON stays UNKNOWN, never NO. */
  @Test
  void absent_facts_read_as_unknown_not_as_no() {
    ModelProfile p = Samples.JSON.readValue("{\"documentType\":\"model-profile\",\"schemaVersion\":\"1.0\"}",
        ModelProfile.class);
    assertEquals(Fact.UNKNOWN, p.openSource().weightsPublic());
    assertEquals(Fact.UNKNOWN, p.openSource().monetised());
    assertEquals(ProviderEstablishment.UNKNOWN, p.providerEstablishment());
    assertNull(p.trainingCompute());
    assertTrue(p.outputModalities().isEmpty());
  }

  /** A document of another type is not a model profile and is rejected with the offending value named. */
  @Test
  void rejects_a_document_of_another_type() {
    DocumentReadException e = assertThrows(DocumentReadException.class, () -> Gpai4jJson.strict().read(
        "{\"documentType\":\"model-documentation\",\"schemaVersion\":\"1.0\"}", ModelProfile.class));
    assertEquals(DocumentReadException.Kind.WRONG_DOCUMENT_TYPE, e.kind());
    assertTrue(e.getMessage().contains("model-documentation"), e.getMessage());
  }

  /** A future major schema version is refused rather than half-read. */
  @Test
  void rejects_an_unsupported_schema_version() {
    DocumentReadException e = assertThrows(DocumentReadException.class, () -> Gpai4jJson.strict().read(
        "{\"documentType\":\"model-profile\",\"schemaVersion\":\"2.0\"}", ModelProfile.class));
    assertEquals(DocumentReadException.Kind.UNSUPPORTED_SCHEMA_VERSION, e.kind());
  }

  /** The builder cannot write a header gpai4j would refuse to read, nor copy one from another document type. */
  @Test
  void the_builder_has_no_header_setters_and_copies_only_from_a_profile() {
    for (Method m : ModelProfile.Builder.class.getMethods()) {
      assertTrue(!m.getName().equals("documentType") && !m.getName().equals("schemaVersion"), m.toString());
      if (m.getName().equals("from")) {
        assertEquals(ModelProfile.class, m.getParameterTypes()[0], m.toString());
      }
    }
  }

  /** Copy methods are public on the profile itself. */
  @Test
  void with_methods_copy_a_profile_with_one_fact_changed() {
    ModelProfile profile = full();
    ModelProfile notified = profile.withNotifiedOn(LocalDate.of(2026, 2, 1));
    assertEquals(LocalDate.of(2026, 2, 1), notified.notifiedOn());
    assertEquals(profile.trainingCompute(), notified.trainingCompute());
    assertNull(profile.notifiedOn());
  }

  /** Both bundled samples read without error. */
  @Test
  void bundled_samples_read() throws Exception {
    assertEquals("Lattice-4", Samples.profile("profile-frontier.json").modelName());
    assertEquals("Kestrel-1.7B", Samples.profile("profile-open-small.json").modelName());
  }

  /** A profile is a gpai4j document and survives a round trip through the project's strict codec. */
  @Test
  void profile_survives_a_round_trip_through_gpai4j_json() throws Exception {
    ModelProfile p = full();
    assertTrue(p instanceof Document);
    String json = Gpai4jJson.strict().write(p);
    assertEquals(p, Gpai4jJson.strict().read(json, ModelProfile.class));
  }

  /** A fact must be YES, NO or UNKNOWN; anything else is an error located by its JSON Pointer. */
  @Test
  void rejects_a_fact_that_is_not_yes_no_or_unknown_at_its_pointer() {
    String json = "{\"documentType\":\"model-profile\",\"schemaVersion\":\"1.0\","
        + "\"openSource\":{\"weightsPublic\":\"MAYBE\"}}";
    DocumentReadException e = assertThrows(DocumentReadException.class,
        () -> Gpai4jJson.strict().read(json, ModelProfile.class));
    assertEquals("/openSource/weightsPublic", e.pointer());
  }

  /** A misspelt property is not silently dropped: strict reading names it. */
  @Test
  void rejects_a_misspelt_property_when_reading_strictly() {
    String json = "{\"documentType\":\"model-profile\",\"schemaVersion\":\"1.0\",\"notifiedAt\":\"2026-01-01\"}";
    DocumentReadException e = assertThrows(DocumentReadException.class,
        () -> Gpai4jJson.strict().read(json, ModelProfile.class));
    assertEquals("/notifiedAt", e.pointer());
  }
}
