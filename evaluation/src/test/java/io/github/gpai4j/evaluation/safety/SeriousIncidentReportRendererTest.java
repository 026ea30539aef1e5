package io.github.gpai4j.evaluation.safety;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.github.gpai4j.core.LegalBasis;
import io.github.gpai4j.evaluation.form.FormRules;
import io.github.gpai4j.taxonomy.incident.IncidentReportKind;
import io.github.gpai4j.taxonomy.incident.IncidentSeverity;
import io.github.gpai4j.taxonomy.incident.ReportSubmission;
import io.github.gpai4j.taxonomy.incident.SeriousIncidentReport;
import io.github.gpai4j.taxonomy.incident.SeriousIncidentReportForms;
import java.time.LocalDate;
import java.util.Locale;
import org.junit.jupiter.api.Test;

/** The rendered serious-incident report and the provisions its table-derived rules cite. */
class SeriousIncidentReportRendererTest {

  private static SeriousIncidentReport initialOnly() {
    return SeriousIncidentReport.builder().incidentId("SI-9").severity(IncidentSeverity.DEATH)
        .awareOfModelInvolvementOn(LocalDate.of(2026, 6, 1)).startDate(LocalDate.of(2026, 5, 30))
        .harm("A <b>fatal</b> outcome").model("Lattice-4")
        .addSubmissions(ReportSubmission.of(IncidentReportKind.INITIAL, LocalDate.of(2026, 6, 3))).build();
  }

  /** Measure 9.2: the ten fields come in the template's order, each numbered, in Markdown. */
  @Test
  void markdown_lists_the_ten_fields_in_order() {
    String md = SeriousIncidentReportRenderer.markdown(initialOnly(), Locale.ENGLISH);
    int previous = -1;
    for (int i = 1; i <= 10; i++) {
      int at = md.indexOf("\n## " + i + ". ");
      assertTrue(at > previous, "field " + i + " in\n" + md);
      previous = at;
    }
  }

  /**
   * Measure 9.2: "if information is missing, record that"; Measure 9.3: points 8 and 9 may follow in later reports.
   */
  @Test
  void missing_fields_say_so_and_later_fields_say_they_follow() {
    String md = SeriousIncidentReportRenderer.markdown(initialOnly(), Locale.ENGLISH);
    assertTrue(md.contains("Information not available at the time of this report."), md);
    assertTrue(md.contains("To follow in a later report (Measure 9.3)."), md);
    String fr = SeriousIncidentReportRenderer.markdown(initialOnly(), Locale.FRENCH);
    assertTrue(fr.contains("Sera fourni dans un rapport ultérieur"), fr);
  }

  /** HTML escapes the document's text. */
  @Test
  void html_escapes_document_text() {
    String html = SeriousIncidentReportRenderer.html(initialOnly(), Locale.ENGLISH);
    assertTrue(html.contains("A &lt;b&gt;fatal&lt;/b&gt; outcome"), html);
    assertFalse(html.contains("<b>fatal"), html);
  }

  /**
   * The table names Art.&nbsp;55(1)(c) as its statutory basis, so its completeness rules cite it and not
   * Art.&nbsp;53(1)(a), which governs the Annex XI documentation.
   */
  @Test
  void table_rules_cite_article_55_not_article_53() {
    FormRules rules = FormRules.of(SeriousIncidentReportForms.TEMPLATE_2025_11.table());
    var item = SeriousIncidentReportForms.TEMPLATE_2025_11.table().item("SIR-2");
    assertTrue(rules.bases(item).contains(LegalBasis.article(55, "1", "c")), rules.bases(item).toString());
    assertFalse(rules.bases(item).contains(LegalBasis.article(53, "1", "a")), rules.bases(item).toString());
  }
}
