package io.github.gpai4j.core.validation;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.github.gpai4j.core.Recipient;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.junit.jupiter.api.Test;

class ValidationReportTest {

  private final Finding errorAtB = TestRules.MISSING.finding(JsonPointer.of("b"), "MDF-1.1");
  private final Finding warningAtA = TestRules.VALUE.finding(JsonPointer.of("a"), "1", "MDF-2.5a");
  private final Finding infoAtA = TestRules.NOTE.finding(JsonPointer.of("a"), "MDF-2.1");
  private final Finding errorAtA = TestRules.MISSING.finding(JsonPointer.of("a"), "MDF-2.5a");

  @Test
  void sorts_by_location_then_severity_then_rule_id() {
    ValidationReport r = ValidationReport.of(List.of(errorAtB, infoAtA, warningAtA, errorAtA));
    assertEquals(List.of(errorAtA, warningAtA, infoAtA, errorAtB), r.findings());
  }

  @Test
  void keeps_identical_findings_once() {
    ValidationReport r = ValidationReport.of(List.of(errorAtA, TestRules.MISSING.finding(JsonPointer.of("a"),
        "MDF-2.5a")));
    assertEquals(1, r.findings().size());
  }

  @Test
  void counts_findings_per_severity() {
    ValidationReport r = ValidationReport.of(List.of(errorAtB, infoAtA, warningAtA, errorAtA));
    assertEquals(Map.of(Severity.ERROR, 2, Severity.WARNING, 1, Severity.INFO, 1), r.counts());
  }

  @Test
  void a_report_with_an_error_is_not_valid() {
    assertFalse(ValidationReport.of(List.of(errorAtB)).isValid());
  }

  @Test
  void warnings_and_information_keep_a_report_valid() {
    assertTrue(ValidationReport.of(List.of(warningAtA, infoAtA)).isValid());
  }

  @Test
  void findings_are_unmodifiable() {
    ValidationReport r = ValidationReport.of(List.of(errorAtA));
    org.junit.jupiter.api.Assertions.assertThrows(UnsupportedOperationException.class,
        () -> r.findings().add(errorAtB));
  }

  @Test
  void json_is_identical_whatever_the_insertion_order() {
    List<Finding> list = new ArrayList<>(List.of(errorAtB, infoAtA, warningAtA, errorAtA));
    String json = ValidationReport.of(list).toJson();
    Collections.reverse(list);
    assertEquals(json, ValidationReport.of(list).toJson());
  }

  @Test
  void writes_the_documented_json_shape() {
    ValidationReport r = ValidationReport.of(List.of(TestRules.VALUE.finding(JsonPointer.of("a/b"), "q\"", "x")));
    assertEquals("""
        {
          "valid": true,
          "stoppedEarly": false,
          "language": "en",
          "counts": {
            "ERROR": 0,
            "WARNING": 1,
            "INFO": 0
          },
          "findings": [
            {
              "ruleId": "T-VAL-1",
              "severity": "WARNING",
              "location": "/a~1b",
              "legalBases": [
                "Annex XI 1(2)(d)"
              ],
              "recipients": [
                "AI_OFFICE"
              ],
              "messageKey": "value",
              "arguments": [
                "q\\"",
                "x"
              ],
              "message": "Value \u201cq\\"\u201d for \u201cx\u201d."
            }
          ]
        }""", r.toJson());
  }

  @Test
  void writes_french_messages_in_french_json() {
    String json = ValidationReport.of(List.of(errorAtA)).toJson(Locale.FRENCH);
    assertTrue(json.contains("\"language\": \"fr\""), json);
    assertTrue(json.contains("L’élément «\u00a0MDF-2.5a\u00a0» manque."), json);
  }

  @Test
  void empty_report_renders_empty_findings_array() {
    assertTrue(ValidationReport.empty().toJson().contains("\"findings\": []"));
  }

  @Test
  void markdown_escapes_document_text_in_table_cells() {
    Finding f = TestRules.VALUE.finding(JsonPointer.of("a"), "x | <b>*y*</b>", "z");
    String md = ValidationReport.of(List.of(f)).toMarkdown(Locale.ENGLISH);
    assertTrue(md.contains("x \\| \\<b\\>\\*y\\*\\</b\\>"), md);
  }

  @Test
  void markdown_has_a_localised_header_and_one_row_per_finding() {
    String md = ValidationReport.of(List.of(errorAtA, warningAtA)).toMarkdown(Locale.FRENCH);
    assertTrue(md.startsWith("# Rapport de validation\n\n**Non valide**\u00a0: erreurs\u00a0: 1,"
        + " avertissements\u00a0: 1, informations\u00a0: 0\n"), md);
    assertEquals(2, md.lines().filter(l -> l.startsWith("| Erreur |") || l.startsWith("| Avertissement |"))
        .count(), md);
  }

  @Test
  void text_has_one_line_per_finding_after_the_verdict() {
    String text = ValidationReport.of(List.of(errorAtA)).toText(Locale.ENGLISH);
    assertEquals("""
        Validation report: Not valid (errors: 1, warnings: 0, information: 0)
        [Error] T-REQ-1 at /a (Art. 53(1)(a); AIO, NCA): Item \u201cMDF-2.5a\u201d is missing.
        """, text);
  }

  @Test
  void french_text_puts_a_no_break_space_before_colons() {
    String text = ValidationReport.of(List.of(errorAtA)).toText(Locale.FRENCH);
    assertEquals("""
        Rapport de validation\u00a0: Non valide (erreurs\u00a0: 1, avertissements\u00a0: 0, informations\u00a0: 0)
        [Erreur] T-REQ-1 à /a (Art. 53(1)(a); AIO, NCA)\u00a0: L’élément «\u00a0MDF-2.5a\u00a0» manque.
        """, text);
  }

  /** A document value that looks like a pattern stays as written in the report line too. */
  @Test
  void text_lines_do_not_interpret_patterns_in_messages() {
    Finding f = TestRules.VALUE.finding(JsonPointer.of("a"), "{4} '{0}'", "b");
    String text = ValidationReport.of(List.of(f)).toText(Locale.ENGLISH);
    assertTrue(text.contains("Value \u201c{4} '{0}'\u201d for \u201cb\u201d."), text);
  }

  @Test
  void text_names_the_root_location_in_words() {
    String text = ValidationReport.of(List.of(TestRules.MISSING.finding(JsonPointer.root(), "x")))
        .toText(Locale.ENGLISH);
    assertTrue(text.contains(" at (whole document) "), text);
  }

  @Test
  void fail_fast_collector_stops_after_the_first_error() {
    ValidationReport.Collector c = ValidationReport.collector(ValidationOptions.stopAtFirstError());
    assertTrue(c.add(warningAtA));
    assertFalse(c.add(errorAtB));
    assertFalse(c.add(errorAtA));
    ValidationReport r = c.report();
    assertEquals(List.of(warningAtA, errorAtB), r.findings());
    assertTrue(r.stoppedEarly());
  }

  @Test
  void default_collector_keeps_every_finding() {
    ValidationReport.Collector c = ValidationReport.collector(ValidationOptions.defaults());
    c.add(errorAtB);
    c.add(errorAtA);
    assertEquals(2, c.report().findings().size());
    assertFalse(c.report().stoppedEarly());
  }

  @Test
  void narrows_to_the_findings_that_concern_a_recipient() {
    ValidationReport r = ValidationReport.of(List.of(errorAtA, warningAtA, infoAtA));
    assertEquals(List.of(infoAtA), r.forRecipient(Recipient.DOWNSTREAM_PROVIDER).findings());
  }

  @Test
  void equal_findings_make_equal_reports() {
    assertEquals(ValidationReport.of(List.of(errorAtA, errorAtB)), ValidationReport.of(List.of(errorAtB, errorAtA)));
  }

  @Test
  void lists_distinct_rule_ids_sorted() {
    assertEquals(List.of("T-INF-1", "T-REQ-1", "T-VAL-1"),
        ValidationReport.of(List.of(errorAtA, warningAtA, infoAtA, errorAtB)).ruleIds());
  }
}
