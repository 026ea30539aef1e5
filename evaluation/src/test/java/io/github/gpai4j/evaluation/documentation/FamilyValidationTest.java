package io.github.gpai4j.evaluation.documentation;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.github.gpai4j.core.LegalBasis;
import io.github.gpai4j.core.Recipient;
import io.github.gpai4j.core.documentation.ModelDocumentation;
import io.github.gpai4j.core.documentation.ModelProperties;
import io.github.gpai4j.core.documentation.ModelVariant;
import io.github.gpai4j.core.json.Gpai4jJson;
import io.github.gpai4j.core.validation.Finding;
import io.github.gpai4j.core.validation.Severity;
import io.github.gpai4j.core.validation.ValidationReport;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * A model family (two sizes, base and instruct) in one Model Documentation Form: per-variant answers, findings
 * located in the variant, reports in form order, and a recipient's report that cites only what concerns it.
 */
class FamilyValidationTest {

  private static final ModelDocumentationValidator VALIDATOR = ModelDocumentationValidator.create();

  static ModelDocumentation family() throws Exception {
    return Gpai4jJson.strict().read(Path.of(FamilyValidationTest.class.getResource(
        "/conformance/model-documentation/cop-final-2025-07/valid-family-two-sizes-base-and-instruct.json").toURI()),
        ModelDocumentation.class);
  }

  @Test
  void a_family_of_two_sizes_by_base_and_instruct_round_trips_and_validates_clean() throws Exception {
    ModelDocumentation doc = family();
    assertEquals(4, doc.variants().size());
    assertEquals(doc, Gpai4jJson.strict().read(Gpai4jJson.strict().write(doc), ModelDocumentation.class));
    assertEquals(List.of(), VALIDATOR.validate(doc).findings());
  }

  /** Annex XI 1(1)(d): the number of parameters, per model of the family; the finding names the variant. */
  @Test
  void a_per_variant_item_missing_in_one_variant_is_located_in_that_variant() throws Exception {
    ModelDocumentation doc = family();
    List<ModelVariant> variants = new ArrayList<>(doc.variants());
    ModelVariant last = variants.get(3);
    variants.set(3, last.withModelProperties(ModelProperties.builder()
        .parameterRange(last.modelProperties().parameterRange()).build()));
    ValidationReport report = VALIDATOR.validate(doc.withVariants(variants));
    assertEquals(List.of("MDF-REQ-2.5a"), report.ruleIds());
    assertEquals("/variants/3/modelProperties/parameterCount", report.findings().get(0).location().text());
  }

  /** A family answer that every variant shares is reported once, at the family's answer. */
  @Test
  void a_shared_answer_is_reported_once_at_the_family_level() throws Exception {
    ModelDocumentation doc = family();
    ModelDocumentation noRelease = doc.withGeneralInformation(doc.generalInformation().withReleaseDate(null));
    ValidationReport report = VALIDATOR.validate(noRelease);
    assertEquals(1, report.findings().size());
    assertEquals("/generalInformation/releaseDate", report.findings().get(0).location().text());
  }

  @Test
  void an_item_that_is_not_per_variant_answered_in_a_variant_is_a_warning_and_not_used() throws Exception {
    ModelDocumentation doc = family();
    List<ModelVariant> variants = new ArrayList<>(doc.variants());
    ModelVariant first = variants.get(0);
    variants.set(0, first.withModelProperties(first.modelProperties().withArchitecture("Other architecture")));
    ValidationReport report = VALIDATOR.validate(doc.withVariants(variants));
    assertEquals(List.of("MDF-VARIANT-ITEM"), report.ruleIds());
    Finding f = report.findings().get(0);
    assertEquals(Severity.WARNING, f.severity());
    assertEquals("/variants/0/modelProperties/architecture", f.location().text());
    assertTrue(f.message(java.util.Locale.ENGLISH).contains("Kestrel-1.7B-base"));
    assertTrue(f.message(java.util.Locale.FRENCH).contains("Kestrel-1.7B-base"));
  }

  /**
   * Findings read like the form: section by section, item by item, the family's answer before the variants'. An
   * item some variants answer is missing in the others; one that no one answers is one finding for the family.
   */
  @Test
  void findings_come_in_form_order_section_item_variant() throws Exception {
    ModelDocumentation doc = family();
    List<ModelVariant> variants = new ArrayList<>();
    for (ModelVariant v : doc.variants()) {
      variants.add(variants.isEmpty() ? v.withEnergy(null) : v.withModelProperties(null).withEnergy(null));
    }
    ModelDocumentation sparse = doc.withVariants(variants).withLastUpdated(null);
    List<String> order = VALIDATOR.validate(sparse).findings().stream()
        .map(f -> f.ruleId() + " " + f.location().text()).toList();
    assertEquals(List.of("MDF-REQ-0.1 /lastUpdated",
        "MDF-REQ-2.5a /variants/1/modelProperties/parameterCount",
        "MDF-REQ-2.5a /variants/2/modelProperties/parameterCount",
        "MDF-REQ-2.5a /variants/3/modelProperties/parameterCount",
        "MDF-REQ-2.5b /variants/1/modelProperties/parameterRange",
        "MDF-REQ-2.5b /variants/2/modelProperties/parameterRange",
        "MDF-REQ-2.5b /variants/3/modelProperties/parameterRange",
        "MDF-REQ-8.1 /energy/trainingEnergy",
        "MDF-REQ-8.3 /energy/inferenceCompute"), order);
  }

  /**
   * Art.&nbsp;53(1)(b) and Annex XII concern downstream providers; Annex XI concerns the AI Office and national
   * authorities. A downstream provider's report names only downstream providers and cites only Annex XII.
   */
  @Test
  void a_recipients_report_cites_only_what_concerns_it() throws Exception {
    ModelDocumentation doc = family();
    List<ModelVariant> variants = new ArrayList<>();
    for (ModelVariant v : doc.variants()) {
      variants.add(v.withModelProperties(null));
    }
    ValidationReport all = VALIDATOR.validate(doc.withVariants(variants));
    ValidationReport dp = all.forRecipient(Recipient.DOWNSTREAM_PROVIDER);
    assertFalse(dp.findings().isEmpty());
    for (Finding f : dp.findings()) {
      assertEquals(List.of(Recipient.DOWNSTREAM_PROVIDER), f.recipients(), f.toString());
      for (LegalBasis b : f.legalBases()) {
        assertFalse(b.citation().startsWith("Annex XI ") || b.citation().equals("Annex XI"), f + " cites " + b);
      }
    }
    assertTrue(all.findings().stream().anyMatch(f -> f.ruleId().equals("MDF-REQ-2.5a")));
    assertTrue(dp.findings().stream().noneMatch(f -> f.ruleId().equals("MDF-REQ-2.5a")),
        "MDF-2.5a goes to the AI Office only");
    ValidationReport aio = all.forRecipient(Recipient.AI_OFFICE);
    for (Finding f : aio.findings()) {
      for (LegalBasis b : f.legalBases()) {
        assertFalse(b.citation().startsWith("Annex XII"), f + " cites " + b);
      }
    }
  }

  /** Art.&nbsp;53(2): an open-source model without systemic risk is not bound by Art.&nbsp;53(1)(a) and (b). */
  @Test
  void an_exempt_familys_missing_items_are_what_the_form_asks_not_breaches() throws Exception {
    ModelDocumentation doc = family();
    List<ModelVariant> variants = new ArrayList<>();
    for (ModelVariant v : doc.variants()) {
      variants.add(v.withModelProperties(null));
    }
    ValidationReport report = VALIDATOR.withStanding(Standing.openSourceExempt())
        .validate(doc.withVariants(variants));
    assertTrue(report.isValid(), report.toText(java.util.Locale.ENGLISH));
    assertEquals("MDF-STANDING-NOT-BOUND", report.findings().get(0).ruleId());
    for (Finding f : report.findings()) {
      assertTrue(f.legalBases().stream().noneMatch(b -> b.citation().startsWith("Art. 53(1)(a)")), f.toString());
    }
  }

  /**
   * A family of a thousand variants with a long shared text: the shared items are checked once, each variant's own
   * answers once per variant, so every missing count is found, in variant order, and the shared text's word-count
   * finding appears once.
   */
  @Test
  void a_thousand_variants_are_each_checked_and_shared_items_once() throws Exception {
    ModelDocumentation doc = family();
    ModelVariant template = doc.variants().get(0);
    List<ModelVariant> variants = new ArrayList<>();
    for (int i = 0; i < 1_000; i++) {
      ModelVariant v = ImmutableVariantNames.named(template, "v" + i);
      variants.add(i % 2 == 1 ? v.withModelProperties(ModelProperties.builder()
          .parameterRange(template.modelProperties().parameterRange()).build()) : v);
    }
    String longText = "word ".repeat(50_000);
    ModelDocumentation big = doc.withVariants(variants)
        .withModelProperties(doc.modelProperties().withArchitecture(longText));
    ValidationReport report = VALIDATOR.validate(big);
    assertEquals(500, report.findings().stream().filter(f -> f.ruleId().equals("MDF-REQ-2.5a")).count());
    assertEquals("/variants/1/modelProperties/parameterCount", report.findings().stream()
        .filter(f -> f.ruleId().equals("MDF-REQ-2.5a")).findFirst().orElseThrow().location().text());
    assertEquals(1, report.findings().stream().filter(f -> f.ruleId().equals("MDF-WORDS")).count());
  }

  /** Renames a variant through its builder. */
  private static final class ImmutableVariantNames {
    static ModelVariant named(ModelVariant v, String name) {
      ModelVariant.Builder b = ModelVariant.builder(name).description(v.description());
      if (v.modelProperties() != null) {
        b.modelProperties(v.modelProperties());
      }
      if (v.trainingData() != null) {
        b.trainingData(v.trainingData());
      }
      if (v.computationalResources() != null) {
        b.computationalResources(v.computationalResources());
      }
      if (v.energy() != null) {
        b.energy(v.energy());
      }
      return b.build();
    }
  }
}
