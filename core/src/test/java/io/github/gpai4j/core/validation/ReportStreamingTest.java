package io.github.gpai4j.core.validation;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.StringWriter;
import java.io.Writer;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/** Reports stream to a writer and can cap repeated findings per rule, so that huge reports stay small. */
class ReportStreamingTest {

  private static ValidationReport manyFindings(int errors, int warnings) {
    List<Finding> findings = new ArrayList<>();
    for (int i = 0; i < errors; i++) {
      findings.add(TestRules.MISSING.finding(JsonPointer.of("items", Integer.toString(i)), "MDF-" + i));
    }
    for (int i = 0; i < warnings; i++) {
      findings.add(TestRules.VALUE.finding(JsonPointer.of("values", Integer.toString(i)), "v" + i, "MDF-2.5a"));
    }
    return ValidationReport.of(findings);
  }

  @Test
  void writing_json_to_a_writer_gives_the_same_text_as_to_json() throws IOException {
    ValidationReport r = manyFindings(3, 2);
    for (Locale locale : List.of(Locale.ENGLISH, Locale.FRENCH)) {
      StringWriter out = new StringWriter();
      r.writeJson(out, locale);
      assertEquals(r.toJson(locale), out.toString());
    }
  }

  @Test
  void writing_text_and_markdown_with_every_finding_gives_the_same_text_as_the_string_forms() throws IOException {
    ValidationReport r = manyFindings(3, 2);
    StringBuilder text = new StringBuilder();
    r.writeText(text, Locale.FRENCH, ReportOptions.all());
    assertEquals(r.toText(Locale.FRENCH), text.toString());
    StringBuilder md = new StringBuilder();
    r.writeMarkdown(md, Locale.ENGLISH, ReportOptions.all());
    assertEquals(r.toMarkdown(Locale.ENGLISH), md.toString());
  }

  @Test
  void capped_json_keeps_the_first_findings_of_each_rule_and_counts_the_rest() throws Exception {
    ValidationReport r = manyFindings(1000, 5);
    JsonNode json = JsonMapper.builder().build().readTree(r.toJson(Locale.ENGLISH,
        ReportOptions.maxFindingsPerRule(3)));
    assertEquals(6, json.get("findings").size());
    assertEquals(1000, json.get("counts").get("ERROR").asInt(), "counts describe every finding");
    assertFalse(json.get("valid").asBoolean());
    assertEquals("T-REQ-1", json.get("omitted").get(0).get("ruleId").asString());
    assertEquals(997, json.get("omitted").get(0).get("count").asInt());
    assertEquals("T-VAL-1", json.get("omitted").get(1).get("ruleId").asString());
    assertEquals(2, json.get("omitted").get(1).get("count").asInt());
    assertEquals(r.findings().get(0).location().text(), json.get("findings").get(0).get("location").asString());
  }

  @Test
  void capped_json_says_explicitly_that_nothing_was_left_out_when_nothing_was() throws Exception {
    JsonNode json = JsonMapper.builder().build().readTree(manyFindings(2, 0).toJson(Locale.ENGLISH,
        ReportOptions.maxFindingsPerRule(5)));
    assertEquals(0, json.get("omitted").size());
  }

  @Test
  void capped_text_ends_with_a_line_per_rule_left_out_in_the_reader_s_language() throws IOException {
    ValidationReport r = manyFindings(10, 0);
    StringBuilder en = new StringBuilder();
    r.writeText(en, Locale.ENGLISH, ReportOptions.maxFindingsPerRule(2));
    assertEquals(1 + 2 + 1, en.toString().split("\n").length);
    assertTrue(en.toString().contains("8 more findings of rule T-REQ-1 not shown"), en.toString());
    StringBuilder fr = new StringBuilder();
    r.writeText(fr, Locale.FRENCH, ReportOptions.maxFindingsPerRule(2));
    assertTrue(fr.toString().contains("8 autres constats de la règle T-REQ-1"), fr.toString());
  }

  @Test
  void capped_markdown_states_what_was_left_out_below_the_table() throws IOException {
    StringBuilder md = new StringBuilder();
    manyFindings(4, 0).writeMarkdown(md, Locale.ENGLISH, ReportOptions.maxFindingsPerRule(1));
    assertTrue(md.toString().contains("3 more findings of rule T-REQ-1 not shown"), md.toString());
  }

  /** Counts characters without keeping them: what a pipe to a file or a network socket would see. */
  private static final class CountingWriter extends Writer {
    long written;

    @Override
    public void write(char[] cbuf, int off, int len) {
      written += len;
    }

    @Override
    public void write(String str, int off, int len) {
      written += len;
    }

    @Override
    public Writer append(CharSequence csq) {
      written += csq.length();
      return this;
    }

    @Override
    public Writer append(char c) {
      written++;
      return this;
    }

    @Override
    public void flush() {}

    @Override
    public void close() {}
  }

  /**
   * 450,000 findings of one rule, capped at 100 per rule: the output stays a few tens of kilobytes, written as it
   * goes (the issue measured ~300 million characters for the full string).
   */
  @Test
  void a_report_of_450000_findings_capped_per_rule_writes_a_small_output() throws IOException {
    ValidationReport r = manyFindings(450_000, 0);
    CountingWriter out = new CountingWriter();
    r.writeJson(out, Locale.ENGLISH, ReportOptions.maxFindingsPerRule(100));
    assertTrue(out.written < 100_000, "wrote " + out.written + " characters");
    assertEquals(450_000, r.count(Severity.ERROR));
  }

  @Test
  void a_failing_writer_fails_the_call_with_its_io_exception() {
    Writer broken = new Writer() {
      @Override
      public void write(char[] cbuf, int off, int len) throws IOException {
        throw new IOException("disk full");
      }

      @Override
      public void flush() {}

      @Override
      public void close() {}
    };
    IOException e = assertThrows(IOException.class, () -> manyFindings(1, 0).writeJson(broken, Locale.ENGLISH));
    assertEquals("disk full", e.getMessage());
  }

  @Test
  void a_cap_below_one_is_refused() {
    assertThrows(IllegalArgumentException.class, () -> ReportOptions.maxFindingsPerRule(0));
  }

  @Test
  void json_escapes_an_unpaired_surrogate_instead_of_writing_a_character_utf8_cannot_hold() {
    ValidationReport r = ValidationReport.of(List.of(TestRules.VALUE.finding(JsonPointer.of("a"), "x\uD800", "y")));
    assertTrue(r.toJson().contains("\\ud800"), r.toJson());
  }
}
