package io.github.gpai4j.evaluation.documentation;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.github.gpai4j.core.LegalBasis;
import io.github.gpai4j.core.documentation.ModelDocumentation;
import io.github.gpai4j.core.documentation.Use;
import io.github.gpai4j.core.json.Gpai4jJson;
import io.github.gpai4j.core.validation.Finding;
import io.github.gpai4j.core.validation.Severity;
import io.github.gpai4j.core.validation.ValidationOptions;
import io.github.gpai4j.core.validation.ValidationReport;
import io.github.gpai4j.evaluation.classification.Classification;
import io.github.gpai4j.evaluation.classification.Fact;
import io.github.gpai4j.evaluation.classification.ModelClassifier;
import io.github.gpai4j.evaluation.testing.Samples;
import java.nio.file.Files;
import java.time.LocalDate;
import java.util.List;
import java.util.Locale;
import org.junit.jupiter.api.Test;

/**
 * Art.&nbsp;53(2): the obligations in Art.&nbsp;53(1)(a) and (b) "shall not apply to providers of AI models that
 * are released under a free and open-source licence ... unless the general-purpose AI models are general-purpose AI
 * models with systemic risk". Findings of rules that rest on them are then what the form asks, not breaches.
 */
class StandingTest {

  private static final LegalBasis ART_53_1_A = LegalBasis.article(53, "1", "a");

  /** The bundled open-weights sample with two items missing (one for the authorities, one for downstream). */
  private static ModelDocumentation openSmallWithGaps() throws Exception {
    ModelDocumentation doc = Gpai4jJson.strict().read(
        Files.readString(Samples.finalFormCorpus().resolve("valid-bundled-sample-open-small.json")),
        ModelDocumentation.class);
    return doc.withUse(Use.builder().from(doc.use()).integrationMeans(null).requiredSoftware(null).build())
        .withLastUpdated(null);
  }

  @Test
  void without_a_standing_missing_items_are_errors_citing_article_53() throws Exception {
    ValidationReport report = ModelDocumentationValidator.create().withSystemicRisk(false).validate(openSmallWithGaps());
    assertFalse(report.isValid());
    assertTrue(report.findings(Severity.ERROR).stream().anyMatch(f -> f.legalBases().contains(ART_53_1_A)));
  }

  @Test
  void an_exempt_open_source_model_gets_no_error_citing_article_53_and_the_same_rule_ids() throws Exception {
    ModelDocumentation doc = openSmallWithGaps();
    ValidationReport plain = ModelDocumentationValidator.create().withSystemicRisk(false).validate(doc);
    ValidationReport exempt = ModelDocumentationValidator.create().withStanding(Standing.openSourceExempt())
        .validate(doc);
    assertTrue(exempt.isValid(), exempt.toText(Locale.ENGLISH));
    assertTrue(exempt.findings().stream().noneMatch(f -> f.legalBases().stream().anyMatch(
        b -> b.isWithin(LegalBasis.article(53, "1")) && f.severity() == Severity.ERROR)));
    List<String> ids = new java.util.ArrayList<>(plain.ruleIds());
    ids.add("MDF-STANDING-NOT-BOUND");
    assertEquals(new java.util.TreeSet<>(ids), new java.util.TreeSet<>(exempt.ruleIds()));
    Finding missing = exempt.findings().stream().filter(f -> f.ruleId().equals("MDF-REQ-4.4")).findFirst()
        .orElseThrow();
    assertEquals(Severity.WARNING, missing.severity());
    assertEquals(List.of(LegalBasis.parse("CoP Transparency Measure 1.1")), missing.legalBases());
    assertEquals(plain.findings().stream().filter(f -> f.ruleId().equals("MDF-REQ-4.4")).findFirst().orElseThrow()
        .message(Locale.FRENCH), missing.message(Locale.FRENCH));
  }

  @Test
  void the_report_states_the_standing_it_assumed() throws Exception {
    ValidationReport report = ModelDocumentationValidator.create().withStanding(Standing.openSourceExempt())
        .validate(openSmallWithGaps());
    Finding standing = report.findings().stream().filter(f -> f.ruleId().equals("MDF-STANDING-NOT-BOUND"))
        .findFirst().orElseThrow();
    assertEquals(Severity.INFO, standing.severity());
    assertEquals(List.of("NO", "YES", "NO"), standing.arguments());
    assertTrue(standing.message(Locale.ENGLISH).startsWith("Validated for a provider not bound by Art. 53(1)(a) and (b)"),
        standing.message(Locale.ENGLISH));
  }

  @Test
  void the_non_binding_severity_is_configurable() throws Exception {
    ValidationReport report = ModelDocumentationValidator.create().withNonBindingSeverity(Severity.INFO)
        .withStanding(Standing.openSourceExempt()).validate(openSmallWithGaps());
    assertEquals(0, report.count(Severity.WARNING));
    assertTrue(report.count(Severity.INFO) >= 3);
  }

  /** Art.&nbsp;53(2) does not lift the obligations of a model with systemic risk, nor does an unknown status. */
  @Test
  void the_exemption_never_applies_with_systemic_risk_or_when_it_is_unknown() throws Exception {
    assertTrue(new Standing(Fact.YES, Fact.YES, Fact.NO).isBoundByArticle53());
    assertTrue(new Standing(Fact.UNKNOWN, Fact.YES, Fact.NO).isBoundByArticle53());
    assertFalse(new Standing(Fact.UNKNOWN, Fact.NO, Fact.YES).isBoundByArticle53());
    ValidationReport report = ModelDocumentationValidator.create().withStanding(Standing.bound(false))
        .validate(openSmallWithGaps());
    assertFalse(report.isValid());
    assertTrue(report.ruleIds().contains("MDF-STANDING-BOUND"));
  }

  @Test
  void a_fail_fast_run_stops_at_the_first_finding_that_remains_an_error() throws Exception {
    ValidationReport exempt = ModelDocumentationValidator.create().withStanding(Standing.openSourceExempt())
        .validate(openSmallWithGaps(), ValidationOptions.stopAtFirstError());
    assertFalse(exempt.stoppedEarly(), "no finding remains an error");
    ValidationReport bound = ModelDocumentationValidator.create().withStanding(Standing.bound(false))
        .validate(openSmallWithGaps(), ValidationOptions.stopAtFirstError());
    assertTrue(bound.stoppedEarly());
    assertEquals(1, bound.count(Severity.ERROR));
  }

  @Test
  void the_standing_of_the_open_small_profile_comes_from_its_classification() throws Exception {
    Classification c = ModelClassifier.withCurrentRules()
        .classify(Samples.profile("profile-open-small.json"), LocalDate.of(2026, 11, 28));
    Standing standing = Standing.of(c);
    assertEquals(new Standing(Fact.NO, Fact.YES, Fact.NO), standing);
    assertFalse(standing.isBoundByArticle53());
  }

  /** Art.&nbsp;53(2): the provider's own statement of its standing, each fact unknown where the document is silent. */
  @Test
  void the_standing_a_document_states_is_taken_as_given_and_silence_is_unknown() {
    io.github.gpai4j.core.documentation.ModelDocumentation doc =
        io.github.gpai4j.core.documentation.ModelDocumentation.builder()
            .systemicRisk(false).openSourceExemption(true).build();
    Standing stated = Standing.statedIn(doc);
    assertEquals(new Standing(Fact.NO, Fact.YES, Fact.UNKNOWN), stated);
    assertFalse(stated.isBoundByArticle53());
    Standing silent = Standing.statedIn(io.github.gpai4j.core.documentation.ModelDocumentation.builder()
        .openSourceExemption(true).build());
    assertEquals(new Standing(Fact.UNKNOWN, Fact.YES, Fact.UNKNOWN), silent);
    org.junit.jupiter.api.Assertions.assertTrue(silent.isBoundByArticle53(),
        "an unknown systemic-risk status never lets the exemption apply");
  }
}
