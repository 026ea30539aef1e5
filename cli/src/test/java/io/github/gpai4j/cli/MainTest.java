package io.github.gpai4j.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class MainTest {
  private final ByteArrayOutputStream out = new ByteArrayOutputStream();
  private final ByteArrayOutputStream err = new ByteArrayOutputStream();

  private int run(String... args) {
    return new Main(new PrintStream(out, true, StandardCharsets.UTF_8),
        new PrintStream(err, true, StandardCharsets.UTF_8)).run(args);
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
    assertTrue(out().contains("Valid (errors: 0"), out());
  }

  @Test
  void summary_prints_the_model_and_its_key_figures() {
    assertEquals(Main.OK, run("summary"));
    assertTrue(out().contains("Training compute: 3.8E+25 FLOP"), out());
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
    assertFalse(tree.get("valid").asBoolean(), out());
    assertTrue(tree.get("findings").size() > 10, out());
  }

  @Test
  void validate_renders_markdown_in_french_for_one_recipient() {
    assertEquals(Main.FINDINGS, run("validate", "sample:model-documentation-draft.json", "--format", "markdown",
        "--locale", "fr", "--recipient", "DP"));
    assertTrue(out().contains("| "), out());
    assertFalse(out().contains("MDF-REQ-7.3"), "AI Office and NCA items are not the downstream provider's: " + out());
  }

  @Test
  void an_unknown_recipient_is_a_usage_error() {
    assertEquals(Main.USAGE, run("validate", "--recipient", "PUBLIC"));
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

  @Test
  void rules_lists_every_model_documentation_rule_with_its_legal_bases() {
    assertEquals(Main.OK, run("rules"));
    assertEquals(71, out().lines().count(), out());
    assertTrue(out().lines().anyMatch(l -> l.startsWith("MDF-PREC-7.2b") && l.contains("Annex XI 1(2)(d)")), out());
  }

  @Test
  void fields_lists_the_47_items() {
    assertEquals(Main.OK, run("fields"));
    assertEquals(47, out().lines().count());
    assertTrue(out().contains("MDF-2.5a"), out());
  }
}
