package io.github.gpai4j.evaluation.documentation;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.github.gpai4j.core.Applicable;
import io.github.gpai4j.core.ParameterCount;
import io.github.gpai4j.core.Recipient;
import io.github.gpai4j.core.documentation.ComputationalResources;
import io.github.gpai4j.core.documentation.ModelDocumentation;
import io.github.gpai4j.core.documentation.ModelProperties;
import io.github.gpai4j.core.documentation.ModelVariant;
import io.github.gpai4j.core.documentation.ParameterRange;
import io.github.gpai4j.core.documentation.TrainingData;
import io.github.gpai4j.core.json.Gpai4jJson;
import io.github.gpai4j.core.profile.Fact;
import io.github.gpai4j.core.validation.Severity;
import io.github.gpai4j.core.validation.ValidationReport;
import io.github.gpai4j.evaluation.form.CompletenessScore;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** What an independent review of model families, "none" answers and standing found, each pinned by a test. */
class FamilyReviewTest {

  private static final ModelDocumentationValidator VALIDATOR = ModelDocumentationValidator.create();

  /**
   * Art.&nbsp;53(1)(b), Annex XII: a downstream provider receives the items the form routes to it, in the family and
   * in every variant; an item a variant carries that goes to the authorities only (MDF-2.2, 7.3) stays out.
   */
  @Test
  void a_downstream_view_routes_every_item_inside_variants_too() throws Exception {
    ModelDocumentation doc = FamilyValidationTest.family();
    List<ModelVariant> variants = new ArrayList<>(doc.variants());
    ModelVariant first = variants.get(0);
    variants.set(0, first.withModelProperties(first.modelProperties().withDesignSpecification("secret design"))
        .withComputationalResources(first.computationalResources().withComputeMethodology("secret method")));
    ModelDocumentation view = doc.withVariants(variants).viewFor(Recipient.DOWNSTREAM_PROVIDER);
    String json = Gpai4jJson.strict().write(view);
    assertFalse(json.contains("secret design"), json);
    assertFalse(json.contains("secret method"), json);
    assertFalse(json.contains("exportControl"), "extensions stay with the provider");
    assertTrue(view.trainingData().datasets().stream().allMatch(d -> d.size() == null), "sizes are MDF-6.4 material");
    assertEquals(doc.trainingData().datasets().size(), view.trainingData().datasets().size());
  }

  /** "None" answers an item asked "if any"; on another item it says the item does not apply: the form's N/A. */
  @Test
  void none_on_an_item_that_is_not_conditional_reads_as_not_applicable() throws Exception {
    ModelDocumentation doc = FamilyValidationTest.family();
    ModelDocumentation noPolicy = doc.withUse(doc.use().withAcceptableUsePolicy("None"));
    assertEquals(List.of("MDF-NA-NOT-ALLOWED"), VALIDATOR.validate(noPolicy).ruleIds());
    ModelDocumentation noHardware = doc.withUse(doc.use().withRequiredHardware(Applicable.none("any")));
    assertEquals(List.of(), VALIDATOR.validate(noHardware).ruleIds(), "MDF-4.5 offers N/A");
    ModelDocumentation noDependencies = doc.withGeneralInformation(doc.generalInformation()
        .withModelDependencies(Applicable.none("trained from scratch")));
    assertEquals(List.of(), VALIDATOR.validate(noDependencies).ruleIds());
  }

  /** Art.&nbsp;51(1), 53(2): a model with systemic risk is bound by Art.&nbsp;53(1)(a) and (b), whatever else is said. */
  @Test
  void systemic_risk_binds_even_when_the_documentation_is_called_voluntary() {
    Standing s = new Standing(Fact.YES, Fact.NO, Fact.YES);
    assertTrue(s.isBoundByArticle53());
    ModelDocumentation doc = ModelDocumentation.builder().systemicRisk(true).voluntary(true).build();
    ValidationReport report = VALIDATOR.withStanding(Standing.statedIn(doc)).validate(doc);
    assertEquals("MDF-STANDING-BOUND", report.findings().get(0).ruleId());
    assertTrue(report.findings().stream().filter(f -> f.ruleId().startsWith("MDF-SR-XI"))
        .allMatch(f -> f.severity() == Severity.ERROR));
  }

  /** A family's item is complete when the family or every variant answers it, as the validator reads it. */
  @Test
  void completeness_of_a_valid_family_is_full_for_every_recipient() throws Exception {
    Map<Recipient, CompletenessScore> scores = VALIDATOR.completeness(FamilyValidationTest.family());
    for (CompletenessScore score : scores.values()) {
      assertEquals(score.required(), score.filled(), score.toString());
    }
    ModelDocumentation doc = FamilyValidationTest.family();
    List<ModelVariant> variants = new ArrayList<>(doc.variants());
    variants.set(1, variants.get(1).withModelProperties(ModelProperties.builder()
        .parameterRange(ParameterRange.P_500M_5B).build()));
    CompletenessScore aio = VALIDATOR.completeness(doc.withVariants(variants), Recipient.AI_OFFICE);
    assertEquals(List.of("MDF-2.5a"), aio.missingIds());
  }

  /**
   * A consistency finding that quotes a precise figure (MDF-2.5a goes to the AI Office only) never reaches another
   * recipient's report.
   */
  @Test
  void a_finding_quoting_an_ai_office_figure_stays_out_of_other_reports() throws Exception {
    ModelDocumentation doc = FamilyValidationTest.family();
    List<ModelVariant> variants = new ArrayList<>(doc.variants());
    variants.set(0, variants.get(0).withModelProperties(ModelProperties.builder()
        .parameterCount(ParameterCount.of("1.7E+9")).parameterRange(ParameterRange.P_100B_500B).build()));
    ValidationReport report = VALIDATOR.validate(doc.withVariants(variants));
    assertEquals(List.of("MDF-CONS-2.5b-RANGE"), report.ruleIds());
    assertTrue(report.forRecipient(Recipient.DOWNSTREAM_PROVIDER).findings().isEmpty());
    assertTrue(report.forRecipient(Recipient.NATIONAL_COMPETENT_AUTHORITY).findings().isEmpty());
    assertEquals(1, report.forRecipient(Recipient.AI_OFFICE).findings().size());
  }

  /** A range answered once that fits one variant's count but not another's is that variant's finding. */
  @Test
  void a_shared_answer_that_fails_for_some_variants_is_located_in_those_variants() throws Exception {
    ModelDocumentation doc = FamilyValidationTest.family();
    List<ModelVariant> variants = new ArrayList<>();
    for (ModelVariant v : doc.variants()) {
      variants.add(v.withModelProperties(ModelProperties.builder()
          .parameterCount(v.modelProperties().parameterCount()).build()));
    }
    ModelDocumentation shared = doc.withVariants(variants)
        .withModelProperties(doc.modelProperties().withParameterRange(ParameterRange.P_500M_5B));
    List<String> where = VALIDATOR.validate(shared).findings().stream()
        .map(f -> f.ruleId() + " " + f.location().text()).toList();
    assertEquals(List.of("MDF-CONS-2.5b-RANGE /variants/2/modelProperties/parameterRange",
        "MDF-CONS-2.5b-RANGE /variants/3/modelProperties/parameterRange"), where);
  }

  /** Configuring a validator keeps what was configured before. */
  @Test
  void with_methods_keep_earlier_configuration() {
    ModelDocumentation doc = ModelDocumentation.builder().build();
    ValidationReport sr = VALIDATOR.withSystemicRisk(true).withNonBindingSeverity(Severity.INFO).validate(doc);
    assertTrue(sr.ruleIds().contains("MDF-SR-XI-2.1"), sr.ruleIds().toString());
    assertFalse(sr.ruleIds().contains("MDF-SR-STATUS"));
    ValidationReport exempt = VALIDATOR.withStanding(Standing.openSourceExempt()).withSystemicRisk(false)
        .validate(doc);
    assertEquals("MDF-STANDING-NOT-BOUND", exempt.findings().get(0).ruleId());
    assertTrue(exempt.isValid());
  }

  /** A variant's data answers (MDF-6.4) replace the family's; the family's other data stay. */
  @Test
  void a_variant_carries_its_own_data_points() throws Exception {
    ModelDocumentation doc = FamilyValidationTest.family();
    TrainingData td = doc.forVariant(0).trainingData();
    assertEquals(doc.variants().get(0).trainingData().dataPoints(), td.dataPoints());
    assertEquals(doc.trainingData().datasets(), td.datasets());
    assertTrue(doc.forVariant(0).variants().isEmpty());
    ComputationalResources cr = doc.forVariant(3).computationalResources();
    assertEquals(doc.variants().get(3).computationalResources().trainingCompute(), cr.trainingCompute());
  }

  /**
   * Art.&nbsp;53(1)(a) asks for the Annex XI items, (b) for the Annex XII items: the maximum input size (MDF-2.3b,
   * Annex XII 2(b)) rests on (b) alone, although the form also routes it to the AI Office.
   */
  @Test
  void an_item_serving_only_annex_xii_does_not_rest_on_article_53_1_a() {
    List<String> bases = ModelDocumentationRules.required(io.github.gpai4j.core.documentation.MdfItem.MDF_2_3B)
        .legalBases().stream().map(b -> b.citation()).toList();
    assertEquals(List.of("Art. 53(1)(b)", "Annex XII 2(b)", "CoP Transparency Measure 1.1"), bases);
  }
}
