package io.github.gpai4j.evaluation.crossdoc;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.github.gpai4j.core.Document;
import io.github.gpai4j.core.copyright.CopyrightPolicy;
import io.github.gpai4j.core.copyright.PolicyDocument;
import io.github.gpai4j.core.copyright.RightsReservations;
import io.github.gpai4j.core.copyright.WebCrawler;
import io.github.gpai4j.core.data.DataSourceKind;
import io.github.gpai4j.core.data.Dataset;
import io.github.gpai4j.core.documentation.ModelDocumentation;
import io.github.gpai4j.core.form.DocumentTypes;
import io.github.gpai4j.core.json.Gpai4jJson;
import io.github.gpai4j.core.summary.DataSources;
import io.github.gpai4j.core.summary.OtherData;
import io.github.gpai4j.core.summary.TrainingContentSummary;
import io.github.gpai4j.core.validation.Finding;
import io.github.gpai4j.core.validation.RelatedLocation;
import io.github.gpai4j.core.validation.ValidationReport;
import java.io.InputStream;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.junit.jupiter.api.Test;

/**
 * The documents of Art.&nbsp;53(1)(a)-(d) describe the same model: the Model Documentation Form, the public summary
 * of training content ("according to a template provided by the AI Office") and the copyright policy must agree on
 * provider, models, crawlers and sources of training data.
 */
class CrossDocumentValidatorTest {

  private static final CrossDocumentValidator VALIDATOR = CrossDocumentValidator.create();

  private static Document sample(String name) throws Exception {
    try (InputStream in = DocumentTypes.bundling(name).orElseThrow().openSample(name)) {
      return Gpai4jJson.strict().readDocument(in, false).value();
    }
  }

  private static ModelDocumentation form() throws Exception {
    return (ModelDocumentation) sample("model-documentation-complete.json");
  }

  /** The bundled summary reports annotator-written data (2.6) that the bundled form does not tick; remove it. */
  private static TrainingContentSummary summary() throws Exception {
    TrainingContentSummary s = (TrainingContentSummary) sample("training-content-summary-complete.json");
    return s.withDataSources(DataSources.builder().from(s.dataSources())
        .otherData(OtherData.builder().used(false).build()).build());
  }

  private static CopyrightPolicy policy() throws Exception {
    return (CopyrightPolicy) sample("copyright-policy-complete.json");
  }

  private static Map<String, ValidationReport> check(Document form, Document summary, Document policy) {
    return VALIDATOR.validate(List.of(new NamedDocument("mdf.json", form), new NamedDocument("summary.json", summary),
        new NamedDocument("policy.json", policy)));
  }

  @Test
  void the_bundled_documents_of_aurora_lattice_agree_once_the_summary_drops_other_data() throws Exception {
    Map<String, ValidationReport> reports = check(form(), summary(), policy());
    assertEquals(List.of("mdf.json", "summary.json", "policy.json"), List.copyOf(reports.keySet()));
    reports.values().forEach(r -> assertEquals(List.of(), r.findings()));
  }

  /** A source the summary answers yes to (2.6 other sources) but the form does not tick is located in both. */
  @Test
  void the_bundled_summary_reports_a_source_the_bundled_form_does_not_tick() throws Exception {
    Map<String, ValidationReport> reports = check(form(), sample("training-content-summary-complete.json"),
        policy());
    Finding f = reports.get("mdf.json").findings().get(0);
    assertEquals("XDOC-PROVENANCE-UNSELECTED", f.ruleId());
    assertEquals("/trainingData/provenance", f.location().text());
    assertEquals(List.of("summary.json#/dataSources/otherData/used"),
        f.related().stream().map(RelatedLocation::toString).toList());
    assertTrue(reports.get("mdf.json").toText(Locale.ENGLISH).contains("summary.json at /dataSources/otherData/used"));
  }

  /** Another provider name in the policy is reported in the policy, pointing to the form's name. */
  @Test
  void a_different_provider_is_located_in_both_documents() throws Exception {
    CopyrightPolicy p = policy();
    CopyrightPolicy other = CopyrightPolicy.builder().from(p)
        .document(PolicyDocument.builder().from(p.document()).provider("Aurora  lattice ai se").build()).build();
    assertEquals(List.of(), check(form(), summary(), other).get("policy.json").findings(), "case and spaces");
    CopyrightPolicy renamed = CopyrightPolicy.builder().from(p)
        .document(PolicyDocument.builder().from(p.document()).provider("Aurora Holdings SA").build()).build();
    Finding f = check(form(), summary(), renamed).get("policy.json").findings().get(0);
    assertEquals("XDOC-PROVIDER", f.ruleId());
    assertEquals("/document/provider", f.location().text());
    assertEquals("mdf.json#/generalInformation/providerLegalName", f.related().get(0).toString());
  }

  /** Every crawler of the summary is in the policy and the reverse. */
  @Test
  void crawlers_are_compared_in_both_directions() throws Exception {
    CopyrightPolicy p = policy();
    CopyrightPolicy swapped = CopyrightPolicy.builder().from(p).reservations(RightsReservations.builder()
        .from(p.reservations()).crawlers(List.of(new WebCrawler("OtherBot", "x", true, List.of(), null))).build())
        .build();
    Map<String, ValidationReport> reports = check(form(), summary(), swapped);
    assertEquals(List.of("XDOC-CRAWLER"), reports.get("summary.json").ruleIds());
    assertEquals("/dataSources/crawledData/crawlers/0", reports.get("summary.json").findings().get(0).location()
        .text());
    assertEquals(List.of("XDOC-CRAWLER"), reports.get("policy.json").ruleIds());
    assertEquals("summary.json#/dataSources/crawledData/crawlers",
        reports.get("policy.json").findings().get(0).related().get(0).toString());
  }

  /** A dataset of the form from a source the summary says was not used (2.2.2 private datasets: no). */
  @Test
  void a_dataset_from_a_source_the_summary_denies_is_reported() throws Exception {
    ModelDocumentation m = form();
    ModelDocumentation withDataset = m.withTrainingData(m.trainingData()
        .withDatasets(List.of(Dataset.of("Patent corpus", DataSourceKind.PRIVATE_THIRD_PARTY))));
    Finding f = check(withDataset, summary(), policy()).get("mdf.json").findings().get(0);
    assertEquals("XDOC-DATASET", f.ruleId());
    assertEquals("/trainingData/datasets/0", f.location().text());
    assertEquals("summary.json#/dataSources/privateDatasets/used", f.related().get(0).toString());
  }

  @Test
  void two_kinds_of_document_are_needed_to_compare() throws Exception {
    assertFalse(VALIDATOR.relates(List.of(new NamedDocument("a", form()), new NamedDocument("b", form()))));
    assertTrue(VALIDATOR.relates(List.of(new NamedDocument("a", form()), new NamedDocument("b", policy()))));
  }

  /** Every rule renders in English and French. */
  @Test
  void every_rule_has_english_and_french_messages() {
    for (var rule : VALIDATOR.rules()) {
      Finding f = rule.finding(io.github.gpai4j.core.validation.JsonPointer.root(), "a", "b", "c");
      assertFalse(f.message(Locale.FRENCH).equals(f.message(Locale.ENGLISH)), rule.id());
    }
  }
}
