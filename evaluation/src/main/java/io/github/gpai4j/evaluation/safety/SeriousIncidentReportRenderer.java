package io.github.gpai4j.evaluation.safety;

import static java.util.Objects.requireNonNull;

import io.github.gpai4j.core.form.Answers;
import io.github.gpai4j.core.form.FormTable;
import io.github.gpai4j.taxonomy.incident.IncidentSeverity;
import io.github.gpai4j.taxonomy.incident.ReportSubmission;
import io.github.gpai4j.taxonomy.incident.SeriousIncidentReport;
import io.github.gpai4j.taxonomy.incident.SeriousIncidentReportForms;
import io.github.gpai4j.taxonomy.incident.Submitter;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.ResourceBundle;
import org.jspecify.annotations.Nullable;

/**
 * Renders a filled serious-incident report the way a provider submits it: a heading with the incident, severity,
 * awareness date and reports so far, then the ten fields of the Commission's template in the template's order (1 to
 * 9 following Measure&nbsp;9.2 of the Safety and Security chapter, 10 the submitter), each under its label from the form's
 * label bundle. A field without information says so, as Measure 9.2 asks ("if information is missing, record that");
 * fields 8 and 9 say they will follow in a later report while no final report has been submitted.
 *
 * <p>Markdown escapes the characters Markdown gives meaning to; HTML escapes markup and is a complete document. Output
 * is deterministic.
 *
 * @since 0.3.0
 */
public final class SeriousIncidentReportRenderer {

  private static final String BUNDLE = "io.github.gpai4j.evaluation.safety.rendering";

  private SeriousIncidentReportRenderer() {}

  /** One field: its number in the template, its label and its text, or null when missing. */
  private record Field(String number, String label, @Nullable String text, boolean later) {}

  private static List<Field> fields(SeriousIncidentReport r, Locale locale) {
    FormTable table = SeriousIncidentReportForms.TEMPLATE_2025_11.table();
    boolean finalSubmitted = r.first(io.github.gpai4j.taxonomy.incident.IncidentReportKind.FINAL).isPresent();
    List<Field> out = new ArrayList<>();
    out.add(new Field("1", table.label("SIR-1", locale), dates(r, locale), false));
    out.add(new Field("2", table.label("SIR-2", locale), text(r.harm()), false));
    out.add(new Field("3", table.label("SIR-3", locale), text(r.chainOfEvents()), false));
    out.add(new Field("4", table.label("SIR-4", locale), text(r.model()), false));
    out.add(new Field("5", table.label("SIR-5", locale), text(r.evidence()), false));
    out.add(new Field("6", table.label("SIR-6", locale), text(r.response()), false));
    out.add(new Field("7", table.label("SIR-7", locale), text(r.recommendation()), false));
    out.add(new Field("8", table.label("SIR-8", locale), text(r.rootCauseAnalysis()), !finalSubmitted));
    out.add(new Field("9", table.label("SIR-9", locale), text(r.postMarketPatterns()), !finalSubmitted));
    out.add(new Field("10", table.label("SIR-10", locale), submitter(r.submitter()), false));
    return out;
  }

  private static @Nullable String text(@Nullable String s) {
    return Answers.isAnswered(s) ? s : null;
  }

  private static @Nullable String dates(SeriousIncidentReport r, Locale locale) {
    LocalDate start = r.startDate();
    if (start == null) {
      return null;
    }
    LocalDate end = r.endDate();
    return end == null ? start + " – " + word("ongoing", locale) : start + " – " + end;
  }

  private static @Nullable String submitter(@Nullable Submitter s) {
    if (s == null) {
      return null;
    }
    List<String> parts = new ArrayList<>();
    for (String p : new String[] {s.organisation(), s.name(), s.role(), s.email()}) {
      if (p != null && !p.isBlank()) {
        parts.add(p);
      }
    }
    return parts.isEmpty() ? null : String.join(", ", parts);
  }

  private static String word(String key, Locale locale) {
    return ResourceBundle.getBundle(BUNDLE, locale).getString(key);
  }

  private static List<String[]> header(SeriousIncidentReport r, Locale locale) {
    List<String[]> rows = new ArrayList<>();
    IncidentSeverity severity = r.severity();
    rows.add(new String[] {word("incident", locale), orMissing(r.incidentId(), locale)});
    rows.add(new String[] {word("severity", locale),
        severity == null ? word("missing", locale) : word("severity." + severity.name(), locale)});
    rows.add(new String[] {word("aware", locale), orMissing(r.awareOfModelInvolvementOn(), locale)});
    rows.add(new String[] {word("resolved", locale), r.resolvedOn() == null ? word("unresolved", locale)
        : r.resolvedOn().toString()});
    for (ReportSubmission s : r.submissionsInOrder()) {
      rows.add(new String[] {word("kind." + s.kind().name(), locale),
          s.submittedOn() + (s.reference() == null ? "" : " (" + s.reference() + ")")});
    }
    return rows;
  }

  private static String orMissing(@Nullable Object value, Locale locale) {
    return value == null ? word("missing", locale) : value.toString();
  }

  private static String body(Field f, Locale locale) {
    if (f.text() != null) {
      return f.text();
    }
    return word(f.later() ? "later" : "missing", locale);
  }

  /**
   * Renders a report as Markdown.
   *
   * @param report the report, not null
   * @param locale English or French, not null
   * @return the Markdown text, ending with a line break
   */
  public static String markdown(SeriousIncidentReport report, Locale locale) {
    requireNonNull(report, "report");
    requireNonNull(locale, "locale");
    StringBuilder sb = new StringBuilder("# ").append(md(word("title", locale))).append("\n\n");
    for (String[] row : header(report, locale)) {
      sb.append("- **").append(md(row[0])).append("**: ").append(md(row[1])).append('\n');
    }
    for (Field f : fields(report, locale)) {
      sb.append("\n## ").append(f.number()).append(". ").append(md(f.label())).append("\n\n")
          .append(md(body(f, locale))).append('\n');
    }
    return sb.toString();
  }

  /**
   * Renders a report as a complete HTML document.
   *
   * @param report the report, not null
   * @param locale English or French, not null
   * @return the HTML text, ending with a line break
   */
  public static String html(SeriousIncidentReport report, Locale locale) {
    requireNonNull(report, "report");
    requireNonNull(locale, "locale");
    String lang = locale.getLanguage().equals("fr") ? "fr" : "en";
    StringBuilder sb = new StringBuilder("<!DOCTYPE html>\n<html lang=\"").append(lang)
        .append("\">\n<head>\n<meta charset=\"utf-8\">\n<title>").append(h(word("title", locale)))
        .append("</title>\n</head>\n<body>\n<h1>").append(h(word("title", locale))).append("</h1>\n<dl>\n");
    for (String[] row : header(report, locale)) {
      sb.append("<dt>").append(h(row[0])).append("</dt><dd>").append(h(row[1])).append("</dd>\n");
    }
    sb.append("</dl>\n");
    for (Field f : fields(report, locale)) {
      sb.append("<section>\n<h2>").append(f.number()).append(". ").append(h(f.label())).append("</h2>\n<p")
          .append(f.text() == null ? " class=\"missing\"" : "").append('>').append(h(body(f, locale)))
          .append("</p>\n</section>\n");
    }
    return sb.append("</body>\n</html>\n").toString();
  }

  /**
   * Escapes text for Markdown: the characters that start emphasis, links, code, headings, HTML or tables anywhere, and
   * a list marker at the start.
   */
  private static String md(String s) {
    StringBuilder sb = new StringBuilder(s.length() + 1);
    if (s.startsWith("-") || s.startsWith("+")) {
      sb.append('\\');
    }
    for (int i = 0; i < s.length(); i++) {
      char c = s.charAt(i);
      if ("\\`*_[]#|<>".indexOf(c) >= 0) {
        sb.append('\\');
      }
      sb.append(c == '\n' || c == '\r' ? ' ' : c);
    }
    return sb.toString();
  }

  /** Escapes text for HTML. */
  private static String h(String s) {
    StringBuilder sb = new StringBuilder(s.length());
    for (int i = 0; i < s.length(); i++) {
      char c = s.charAt(i);
      switch (c) {
        case '&' -> sb.append("&amp;");
        case '<' -> sb.append("&lt;");
        case '>' -> sb.append("&gt;");
        case '"' -> sb.append("&quot;");
        case '\'' -> sb.append("&#39;");
        default -> sb.append(c);
      }
    }
    return sb.toString();
  }
}
