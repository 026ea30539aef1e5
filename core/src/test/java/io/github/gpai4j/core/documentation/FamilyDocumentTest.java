package io.github.gpai4j.core.documentation;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.github.gpai4j.core.Applicable;
import io.github.gpai4j.core.ComputeAmount;
import io.github.gpai4j.core.DataSize;
import io.github.gpai4j.core.DataUnit;
import io.github.gpai4j.core.Extensions;
import io.github.gpai4j.core.Modality;
import io.github.gpai4j.core.ParameterCount;
import io.github.gpai4j.core.Recipient;
import io.github.gpai4j.core.data.DataSourceKind;
import io.github.gpai4j.core.data.Dataset;
import io.github.gpai4j.core.form.Answers;
import io.github.gpai4j.core.json.Gpai4jJson;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.List;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.node.JsonNodeFactory;

/**
 * Documents as providers publish them: one form for a model family, answers that say "none" or "N/A" with a
 * reason, and facts beyond the form (Art.&nbsp;54 authorised representative, data cut-off, datasets, extensions).
 */
class FamilyDocumentTest {

  private static final Gpai4jJson JSON = Gpai4jJson.strict();

  static ModelDocumentation family() {
    return ModelDocumentation.builder()
        .documentVersion("1.0")
        .lastUpdated(LocalDate.of(2025, 8, 1))
        .generalInformation(GeneralInformation.builder().providerLegalName("Example AI Ltd")
            .modelDependencies(Applicable.none("trained from scratch")).build())
        .modelProperties(ModelProperties.builder().architecture("Decoder-only transformer").build())
        .distributionAndLicences(DistributionAndLicences.builder()
            .additionalAssets(Applicable.none("no other assets are released")).build())
        .energy(Energy.builder().trainingEnergy(Applicable.notApplicable("the cloud provider withholds it")).build())
        .trainingData(TrainingData.builder().dataCutoff(YearMonth.of(2024, 12))
            .addDatasets(new Dataset("FineWeb", DataSourceKind.PUBLIC, "https://example.org/fineweb", "v1.2",
                "ODC-By-1.0", List.of(Modality.TEXT), DataSize.of("1.5e13", DataUnit.TOKENS), null)).build())
        .addVariants(ModelVariant.builder("Example-7B").description("base")
            .modelProperties(ModelProperties.builder().parameterCount(ParameterCount.of("7.2e9"))
                .parameterRange(ParameterRange.P_5B_15B).build())
            .computationalResources(ComputationalResources.builder()
                .trainingCompute(ComputeAmount.ofFlop("8.1e22")).build())
            .build())
        .addVariants(ModelVariant.builder("Example-70B").description("base")
            .modelProperties(ModelProperties.builder().parameterCount(ParameterCount.of("7.1e10"))
                .parameterRange(ParameterRange.P_50B_100B).architecture("ignored: not per variant").build())
            .build())
        .authorisedRepresentative(new AuthorisedRepresentative("Example EU GmbH", "eu@example.org",
            LocalDate.of(2025, 7, 1)))
        .addContactPoints(new ContactPoint("downstream providers", "dp@example.org"))
        .openSourceStatement("Weights published under Apache-2.0.")
        .extensions(Extensions.of(java.util.Map.of("exportControl",
            JsonNodeFactory.instance.stringNode("EAR99"))))
        .build();
  }

  @Test
  void a_family_document_round_trips_with_everything_beyond_the_form() throws Exception {
    ModelDocumentation doc = family();
    String written = JSON.write(doc);
    assertEquals(doc, JSON.read(written, ModelDocumentation.class));
    assertTrue(written.contains("\"modelDependencies\" : \"None: trained from scratch\"")
        || written.contains("\"modelDependencies\": \"None: trained from scratch\""), written);
    assertTrue(written.contains("N/A: the cloud provider withholds it"), written);
    assertTrue(written.contains("\"2024-12\""), written);
  }

  @Test
  void a_variant_takes_its_own_per_variant_answers_and_the_family_answers_for_the_rest() {
    ModelDocumentation doc = family();
    ModelDocumentation small = doc.forVariant(0);
    ModelDocumentation large = doc.forVariant(1);
    assertTrue(small.variants().isEmpty());
    assertEquals(ParameterCount.of("7.2e9"), small.modelProperties().parameterCount());
    assertEquals(ParameterCount.of("7.1e10"), large.modelProperties().parameterCount());
    assertEquals(ComputeAmount.ofFlop("8.1e22"), small.computationalResources().trainingCompute());
    assertNull(large.computationalResources().trainingCompute());
    // Architecture is answered once for the family; a variant's answer to it does not replace the family's.
    assertEquals("Decoder-only transformer", large.modelProperties().architecture());
    assertEquals(doc.trainingData(), large.trainingData());
  }

  @Test
  void a_recipient_view_keeps_the_variants_with_only_what_goes_to_the_recipient() {
    ModelDocumentation view = family().viewFor(Recipient.DOWNSTREAM_PROVIDER);
    assertEquals(2, view.variants().size());
    // MDF-2.5a (exact parameter count) goes to the AI Office only; MDF-2.5b (range) to downstream providers too.
    assertNull(view.variants().get(0).modelProperties().parameterCount());
    assertEquals(ParameterRange.P_5B_15B, view.variants().get(0).modelProperties().parameterRange());
    assertEquals(ParameterCount.of("7.2e9"),
        family().viewFor(Recipient.AI_OFFICE).variants().get(0).modelProperties().parameterCount());
  }

  @Test
  void none_and_not_applicable_are_answers_and_an_empty_list_answers_a_conditional_item() {
    ModelDocumentation doc = family();
    assertTrue(MdfItem.MDF_1_6.isAnsweredIn(doc));
    assertTrue(MdfItem.MDF_3_2C.isAnsweredIn(doc));
    assertTrue(Answers.isNone(doc.generalInformation().modelDependencies(), true));
    assertFalse(Answers.isNone(doc.energy().trainingEnergy(), false));
    ModelDocumentation emptyList = doc.withGeneralInformation(GeneralInformation.builder()
        .modelDependencies(Applicable.of(List.of())).build());
    assertTrue(MdfItem.MDF_1_6.isAnsweredIn(emptyList));
    assertFalse(MdfItem.MDF_1_6.isAnsweredIn(ModelDocumentation.builder().build()));
  }

  @Test
  void extensions_are_immutable_copies() {
    var node = JsonNodeFactory.instance.objectNode().put("a", 1);
    Extensions ext = Extensions.of(java.util.Map.of("x", node));
    node.put("a", 2);
    assertEquals(1, ext.get("x").orElseThrow().get("a").asInt());
    ext.get("x").orElseThrow().withObject("").put("a", 3);
    assertEquals(1, ext.get("x").orElseThrow().get("a").asInt());
  }
}
