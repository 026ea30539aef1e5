package io.github.gpai4j.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class MainTest {
  private final ByteArrayOutputStream out = new ByteArrayOutputStream();
  private final ByteArrayOutputStream err = new ByteArrayOutputStream();

  private int run(String... args) {
    return new Main(new PrintStream(out, true, StandardCharsets.UTF_8),
        new PrintStream(err, true, StandardCharsets.UTF_8)).run(args);
  }

  private int runWithInput(String input, String... args) {
    return new Main(new PrintStream(out, true, StandardCharsets.UTF_8),
        new PrintStream(err, true, StandardCharsets.UTF_8),
        new ByteArrayInputStream(input.getBytes(StandardCharsets.UTF_8)), Clock.systemUTC()).run(args);
  }

  private String out() {
    return out.toString(StandardCharsets.UTF_8);
  }

  private String err() {
    return err.toString(StandardCharsets.UTF_8);
  }

  @Test
  void with_no_arguments_validates_the_bundled_complete_sample_and_exits_0() {
    assertEquals(Main.OK, run());
    assertTrue(out().contains("Lattice-4"), out());
    assertTrue(out().contains("Validation report: valid (errors: 0"), out());
  }

  @Test
  void summary_prints_the_model_and_its_key_figures() {
    assertEquals(Main.OK, run("summary"));
    assertTrue(out().lines().anyMatch(l -> l.startsWith("Training compute:") && l.endsWith(" 3.8E+25 FLOP")), out());
  }

  @Test
  void validating_the_draft_exits_1_and_names_the_rules_it_breaks() {
    assertEquals(Main.FINDINGS, run("validate", "sample:model-documentation-draft.json"));
    assertTrue(out().contains("MDF-CONS-1.5-UNION-RELEASE"), out());
    assertTrue(out().contains("MDF-PREC-7.2b"), out());
  }

  @Test
  void validate_prints_a_json_report_on_request() throws Exception {
    assertEquals(Main.FINDINGS, run("validate", "sample:model-documentation-draft.json", "--format", "json"));
    var tree = tools.jackson.databind.json.JsonMapper.builder().build().readTree(out());
    assertFalse(tree.at("/report/valid").asBoolean(), out());
    assertTrue(tree.at("/report/findings").size() > 10, out());
    assertEquals(3, tree.get("completeness").size(), out());
    assertEquals("AI_OFFICE", tree.at("/completeness/0/recipient").asString(), out());
    assertTrue(tree.at("/completeness/0/missingItems").size() > 0, out());
  }

  /** SARIF 2.1.0 for code-scanning tools: one result per finding, placed at the line and column of the input. */
  @Test
  void validate_writes_sarif_with_lines_and_columns_of_the_input(@TempDir Path dir) throws Exception {
    Path file = dir.resolve("draft.json");
    Files.writeString(file, Samples.text(Samples.DRAFT));
    assertEquals(Main.FINDINGS, run("validate", file.toString(), "--format", "sarif"));
    var tree = tools.jackson.databind.json.JsonMapper.builder().build().readTree(out());
    assertEquals("2.1.0", tree.get("version").asString(), out());
    var results = tree.at("/runs/0/results");
    assertTrue(results.size() > 10, out());
    assertTrue(results.get(0).at("/locations/0/physicalLocation/region/startLine").asInt() > 1, out());
    assertTrue(results.get(0).at("/locations/0/physicalLocation/artifactLocation/uri").asString()
        .endsWith("draft.json"), out());
  }

  /** The form as a downstream provider receives it, gaps marked, with a chart: well-formed XHTML, no script. */
  @Test
  void validate_renders_the_form_as_html_for_one_recipient() throws Exception {
    assertEquals(Main.FINDINGS, run("validate", "sample:" + Samples.DRAFT, "--format", "html"));
    var doc = javax.xml.parsers.DocumentBuilderFactory.newInstance().newDocumentBuilder()
        .parse(new java.io.ByteArrayInputStream(out().getBytes(StandardCharsets.UTF_8)));
    assertEquals("html", doc.getDocumentElement().getLocalName() == null ? doc.getDocumentElement().getTagName()
        : doc.getDocumentElement().getLocalName());
    assertTrue(out().contains("<svg"), out());
    assertFalse(out().contains("<script"), out());
    assertEquals(Main.USAGE, run("validate", "sample:" + Samples.DRAFT, "sample:" + Samples.COMPLETE, "--format",
        "html"));
    out.reset();
    assertEquals(Main.OK, run("validate", "sample:" + Samples.COMPLETE, "--format", "html", "--recipient", "AIO",
        "--profile", "sample:" + Samples.PROFILE_FRONTIER, "--as-of", "2026-11-28"));
    assertTrue(out().split("<svg", -1).length >= 3, "a completeness chart and an obligations timeline");
    assertEquals(Main.USAGE, run("validate", "sample:" + Samples.COMPLETE, "--profile", "sample:"
        + Samples.PROFILE_FRONTIER));
  }

  @Test
  void schema_prints_the_json_schema_of_a_form_version() throws Exception {
    assertEquals(Main.OK, run("schema", "model-documentation", "--version", "cop-draft-2024-11"));
    var tree = tools.jackson.databind.json.JsonMapper.builder().build().readTree(out());
    assertEquals("https://json-schema.org/draft/2020-12/schema", tree.get("$schema").asString(), out());
    assertEquals("COP_DRAFT_2024_11", tree.at("/properties/formVersion/const").asString(), out());
    out.reset();
    assertEquals(Main.OK, run("schema", "model-profile"));
    assertEquals(Main.USAGE, run("schema", "model-documentation", "--version", "cop-2030"));
    assertEquals(Main.USAGE, run("schema"));
  }

  @Test
  void validate_renders_markdown_in_french_for_one_recipient() {
    assertEquals(Main.FINDINGS, run("validate", "sample:model-documentation-draft.json", "--format", "markdown",
        "--locale", "fr", "--recipient", "DP"));
    assertTrue(out().contains("| "), out());
    assertFalse(out().contains("MDF-REQ-7.3"), "AI Office and NCA items are not the downstream provider's: " + out());
  }

  /**
   * The documents of Art. 53(1)(a)-(d) validated together: each keeps its own report, and a mismatch between them
   * is reported in the document it is located in, with the pointer of the same fact in the other.
   */
  @Test
  void validates_documentation_summary_and_policy_together_and_locates_mismatches_in_both() {
    assertEquals(Main.FINDINGS, run("validate", "sample:model-documentation-complete.json",
        "sample:training-content-summary-complete.json", "sample:copyright-policy-complete.json",
        "--as-of", "2026-12-01"));
    assertTrue(out().contains("XDOC-PROVENANCE-UNSELECTED at /trainingData/provenance and in "
        + "sample:training-content-summary-complete.json at /dataSources/otherData/used"), out());
    assertEquals(1, out().split("XDOC-", -1).length - 1, out());
    assertEquals(Main.FINDINGS, run("validate", "sample:model-documentation-complete.json",
        "sample:training-content-summary-complete.json", "--format", "json"));
    assertTrue(out().contains("\"related\""), out());
  }

  /** The summary's and the policy's tables are listed by document type; a shared version id means the form. */
  @Test
  void lists_the_items_and_rules_of_the_summary_and_the_policy() {
    assertEquals(Main.OK, run("fields", "--form", "training-content-summary"));
    assertTrue(out().contains("TCS-2.3g"), out());
    assertEquals(Main.OK, run("rules", "--form", "copyright-policy/cop-final-2025-07"));
    assertTrue(out().contains("CP-REQ-1.5a"), out());
    assertEquals(Main.OK, run("fields", "--form", "cop-final-2025-07"));
    assertTrue(out().contains("MDF-2.5a"), "the Model Documentation Form keeps its version id: " + out());
  }

  @Test
  void an_unknown_recipient_is_a_usage_error() {
    assertEquals(Main.USAGE, run("validate", "--recipient", "PRESS"));
    assertTrue(err().contains("Unknown recipient"), err());
  }

  @Test
  void an_unknown_command_is_a_usage_error() {
    assertEquals(Main.USAGE, run("frobnicate"));
    assertTrue(err().contains("unknown command 'frobnicate'"), err());
  }

  @Test
  void a_missing_file_exits_2_with_one_line_and_no_stack_trace() {
    assertEquals(Main.UNREADABLE, run("summary", "no-such-file.json"));
    assertEquals(1, err().strip().lines().count(), err());
    assertFalse(err().contains("\tat "), err());
  }

  @Test
  void malformed_json_exits_2_naming_line_and_column(@TempDir Path dir) throws Exception {
    Path file = dir.resolve("bad.json");
    Files.writeString(file, "{\"documentType\": \"model-documentation\", \"schemaVersion\": \"1.0\",\n  oops }");
    assertEquals(Main.UNREADABLE, run("summary", file.toString()));
    assertTrue(err().contains("line 2"), err());
  }

  @Test
  void classify_explains_the_bundled_frontier_profile_with_its_reasons() {
    assertEquals(Main.OK, run("classify", "--as-of", "2026-11-28"));
    assertTrue(out().contains("Systemic risk: presumed"), out());
    assertTrue(out().contains("Art. 51(2)"), out());
  }

  @Test
  void classify_and_obligations_render_in_french_on_request() {
    assertEquals(Main.OK, run("classify", "--as-of", "2026-11-28", "--locale", "fr"));
    assertTrue(out().contains("Risque systémique : présumé"), out());
  }

  @Test
  void classify_prints_json_on_request() throws Exception {
    assertEquals(Main.OK, run("classify", "sample:profile-open-small.json", "--as-of", "2026-11-28",
        "--format", "json"));
    var tree = tools.jackson.databind.json.JsonMapper.builder().build().readTree(out());
    assertEquals("EXEMPT", tree.at("/openSourceExemption/status").asString(), out());
  }

  @Test
  void obligations_lists_the_articles_with_their_dates() {
    assertEquals(Main.OK, run("obligations", "sample:profile-open-small.json", "--as-of", "2026-11-28"));
    assertTrue(out().contains("Art. 53(1)(a)"), out());
    assertTrue(out().contains("EXEMPT"), out());
  }

  @Test
  void a_malformed_as_of_date_is_a_usage_error() {
    assertEquals(Main.USAGE, run("obligations", "--as-of", "2026-13-01"));
    assertTrue(err().contains("YYYY-MM-DD"), err());
  }

  @Test
  void an_unknown_option_is_a_usage_error() {
    assertEquals(Main.USAGE, run("classify", "--recipient", "DP"));
  }

  /**
   * Art.&nbsp;53(2): with the open-source standing, the draft's missing items are what the form asks (warnings
   * citing the Code of Practice), the report states the standing, and the exit status says no error.
   */
  @Test
  void validate_with_a_standing_reports_what_does_not_bind_as_what_the_form_asks() {
    assertEquals(Main.FINDINGS, run("validate", "sample:model-documentation-draft.json"));
    out.reset();
    assertEquals(Main.OK, run("validate", "sample:model-documentation-draft.json", "--standing",
        "open-source-exempt"));
    assertTrue(out().contains("MDF-STANDING-NOT-BOUND"), out());
    assertFalse(out().contains("[error]"), out());
    assertTrue(out().contains("[warning] MDF-REQ-1.3"), out());
    out.reset();
    assertEquals(Main.USAGE, run("validate", "--standing", "exempt"));
  }

  @Test
  void rules_lists_every_model_documentation_rule_with_its_legal_bases() {
    assertEquals(Main.OK, run("rules"));
    assertEquals(73, out().lines().count(), out());
    assertTrue(out().lines().anyMatch(l -> l.startsWith("MDF-PREC-7.2b") && l.contains("Annex XI 1(2)(d)")), out());
  }

  @Test
  void fields_lists_the_47_items() {
    assertEquals(Main.OK, run("fields"));
    assertEquals(47, out().lines().count());
    assertTrue(out().contains("MDF-2.5a"), out());
  }

  @Test
  void version_prints_the_project_version() {
    assertEquals(Main.OK, run("--version"));
    assertTrue(out().matches("gpai4j \\d+\\.\\d+\\.\\d+(-SNAPSHOT)?\\R"), out());
  }

  @Test
  void a_dash_reads_the_document_from_standard_input() throws Exception {
    assertEquals(Main.FINDINGS, runWithInput(Samples.text(Samples.DRAFT), "validate", "-"));
    assertTrue(out().contains("(-)"), out());
    assertTrue(out().contains("MDF-PREC-7.2b"), out());
  }

  @Test
  void classify_reads_a_profile_from_standard_input() throws Exception {
    assertEquals(Main.OK, runWithInput(Samples.text(Samples.PROFILE_OPEN_SMALL), "classify", "-", "--as-of",
        "2026-11-28"));
    assertTrue(out().contains("Kestrel"), out());
  }

  @Test
  void several_files_are_each_reported_and_the_exit_code_is_the_worst_finding() {
    assertEquals(Main.FINDINGS, run("validate", "sample:" + Samples.COMPLETE, "sample:" + Samples.DRAFT));
    assertEquals(2, out().lines().filter(l -> l.startsWith("Validation report: ")).count(), out());
    assertTrue(out().contains("Validation report: valid"), out());
    assertTrue(out().contains("Validation report: not valid"), out());
  }

  @Test
  void one_unreadable_file_among_several_exits_2_after_reporting_the_others(@TempDir Path dir) {
    assertEquals(Main.UNREADABLE, run("validate", "sample:" + Samples.DRAFT, dir.resolve("absent.json").toString(),
        "sample:" + Samples.COMPLETE));
    assertEquals(2, out().lines().filter(l -> l.startsWith("Validation report: ")).count(), out());
    assertEquals(1, err().strip().lines().count(), err());
    assertTrue(err().contains("absent.json"), err());
  }

  @Test
  void several_files_in_json_are_an_array_of_reports_named_by_file() throws Exception {
    assertEquals(Main.FINDINGS, run("validate", "sample:" + Samples.COMPLETE, "sample:" + Samples.DRAFT,
        "--format", "json"));
    var tree = tools.jackson.databind.json.JsonMapper.builder().build().readTree(out());
    assertEquals(2, tree.size(), out());
    assertEquals("sample:" + Samples.DRAFT, tree.at("/1/file").asString(), out());
    assertFalse(tree.at("/1/report/valid").asBoolean(), out());
    assertEquals(3, tree.at("/1/completeness").size(), out());
  }

  /** An unknown property read leniently is kept, reported as information at its JSON Pointer, and validated. */
  @Test
  void lenient_validation_reports_each_unknown_property_as_information(@TempDir Path dir) throws Exception {
    Path file = dir.resolve("extra.json");
    Files.writeString(file, Samples.text(Samples.COMPLETE).replaceFirst("\\{", "{\"internalNote\": \"draft 3\", "));
    assertEquals(Main.UNREADABLE, run("validate", file.toString()));
    assertTrue(err().contains("internalNote"), err());

    out.reset();
    assertEquals(Main.OK, run("validate", file.toString(), "--lenient"));
    assertTrue(out().contains("[information] DOC-UNKNOWN-PROPERTY at /internalNote"), out());
    assertTrue(out().contains("information: 1)"), out());
  }

  @Test
  void lenient_findings_are_in_french_and_in_the_json_report(@TempDir Path dir) throws Exception {
    Path file = dir.resolve("extra.json");
    Files.writeString(file, Samples.text(Samples.COMPLETE).replaceFirst("\\{", "{\"internalNote\": 1, "));
    assertEquals(Main.OK, run("validate", file.toString(), "--lenient", "--locale", "fr"));
    assertTrue(out().lines().anyMatch(l -> l.startsWith("[information] DOC-UNKNOWN-PROPERTY à /internalNote")
        && l.contains("La propriété") && l.contains("ne fait pas partie du type de document")), out());
    out.reset();
    assertEquals(Main.OK, run("validate", file.toString(), "--lenient", "--format", "json"));
    var tree = tools.jackson.databind.json.JsonMapper.builder().build().readTree(out());
    assertEquals("DOC-UNKNOWN-PROPERTY", tree.at("/report/findings/0/ruleId").asString(), out());
    assertEquals("/internalNote", tree.at("/report/findings/0/location").asString(), out());
  }

  /** French text cites "article" and "annexe", as the French version of the Regulation does. */
  @Test
  void french_validation_cites_articles_and_annexes_in_french() {
    assertEquals(Main.FINDINGS, run("validate", "sample:" + Samples.DRAFT, "--locale", "fr"));
    assertTrue(out().contains("article 53(1)(a)"), out());
    assertTrue(out().contains("annexe XI"), out());
    assertFalse(out().contains("Art. "), out());
    assertFalse(out().contains("Annex "), out());
    assertTrue(out().contains("Rapport de validation : non valide"), out());
  }

  @Test
  void french_classification_and_obligations_cite_articles_and_annexes_in_french() {
    assertEquals(Main.OK, run("classify", "--as-of", "2026-11-28", "--locale", "fr"));
    assertEquals(Main.OK, run("obligations", "--as-of", "2026-11-28", "--locale", "fr"));
    assertTrue(out().contains("article 51(2)"), out());
    assertTrue(out().contains("annexe XIII"), out());
    assertFalse(out().contains("Art. "), out());
    assertFalse(out().contains("Annex "), out());
  }

  @Test
  void rules_cite_in_french_with_severities_in_words() {
    assertEquals(Main.OK, run("rules", "--locale", "fr"));
    assertTrue(out().lines().anyMatch(l -> l.startsWith("MDF-PREC-7.2b") && l.contains("erreur")
        && l.contains("annexe XI 1(2)(d)")), out());
  }

  @Test
  void text_output_names_no_enum_constant_and_no_iso_duration() {
    run("validate", "sample:" + Samples.DRAFT);
    run("summary");
    run("rules");
    run("obligations", "--as-of", "2026-11-28");
    for (String constant : new String[] {"AI_OFFICE", "NATIONAL_COMPETENT_AUTHORITY", "DOWNSTREAM_PROVIDER",
        "COP_FINAL_2025_07", "AI_ACT_2024", "CODE_OF_PRACTICE_FINAL_2025_07", " ERROR ", " WARNING "}) {
      assertFalse(out().contains(constant), constant + " in " + out());
    }
    assertFalse(java.util.regex.Pattern.compile("\\bP\\d+[YMWD]\\b").matcher(out()).find(), out());
  }

  @Test
  void summary_renders_in_french_and_as_markdown() {
    assertEquals(Main.OK, run("summary", "--locale", "fr", "--format", "markdown"));
    assertTrue(out().startsWith("# Résumé de la documentation"), out());
    assertTrue(out().contains("| Calcul d'entraînement | 3.8E+25 FLOP |"), out());
  }

  @Test
  void classify_and_obligations_render_markdown() {
    assertEquals(Main.OK, run("classify", "--as-of", "2026-11-28", "--format", "markdown"));
    assertTrue(out().startsWith("# Classification of Lattice-4"), out());
    assertTrue(out().contains("\n## Systemic risk: presumed"), out());
    assertTrue(out().contains("\n- Art. 51(2) \\[SR\\_COMPUTE\\_ABOVE\\]"), out());
    out.reset();
    assertEquals(Main.OK, run("obligations", "--as-of", "2026-11-28", "--format", "markdown", "--locale", "fr"));
    assertTrue(out().startsWith("# "), out());
    assertTrue(out().contains("\n## article 53(1)(a)"), out());
  }

  @Test
  void fields_and_rules_render_markdown_tables() {
    assertEquals(Main.OK, run("fields", "--format", "markdown", "--locale", "fr"));
    assertEquals(47, out().lines().filter(l -> l.startsWith("| MDF-")).count(), out());
    out.reset();
    assertEquals(Main.OK, run("rules", "--format", "markdown"));
    assertEquals(73, out().lines().filter(l -> l.startsWith("| `")).count(), out());
  }

  @Test
  void summary_of_another_document_type_or_form_version_is_a_usage_error_naming_it() {
    assertEquals(Main.USAGE, run("summary", "sample:" + Samples.FIRST_DRAFT));
    assertTrue(err().contains("cop-draft-2024-11"), err());
  }
}
