package io.github.gpai4j.evaluation.report;

import static java.util.Objects.requireNonNull;

import io.github.gpai4j.core.Document;
import io.github.gpai4j.core.LegalBasis;
import io.github.gpai4j.core.Recipient;
import io.github.gpai4j.core.form.DocumentType;
import io.github.gpai4j.core.form.DocumentTypes;
import io.github.gpai4j.core.form.Form;
import io.github.gpai4j.core.form.FormItem;
import io.github.gpai4j.core.form.FormTable;
import io.github.gpai4j.core.json.Gpai4jJson;
import io.github.gpai4j.core.validation.Finding;
import io.github.gpai4j.core.validation.JsonPointer;
import io.github.gpai4j.core.validation.MessageSource;
import io.github.gpai4j.core.validation.Severity;
import io.github.gpai4j.core.validation.ValidationReport;
import io.github.gpai4j.evaluation.obligations.Obligation;
import io.github.gpai4j.evaluation.obligations.ObligationSchedule;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.text.MessageFormat;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.ResourceBundle;
import java.util.stream.Collectors;
import org.jspecify.annotations.Nullable;
import tools.jackson.databind.JsonNode;

/**
 * Renders a filled form for one recipient of documentation (Art.&nbsp;53(1)(a) and (b) of Regulation (EU) 2024/1689:
 * the AI Office, national competent authorities or downstream providers) as a self-contained XHTML5 page: the
 * document a provider hands over.
 *
 * <p>The page shows the form's sections and the items that go to the recipient, in form order, each with its number,
 * its label as the form words it (English or French, {@link FormTable#label}) and the answer as text; an item
 * that is not answered as the form accepts ({@link Form#isFilled}) is marked missing, and the findings of the
 * validation report that concern the item and the recipient are listed under it (findings at other locations are
 * listed at the end). Two pictures are drawn as static inline SVG: completeness per section and recipient as a bar
 * chart (one bar per section and recipient that the section has items for), and, when an obligation schedule is
 * given, the model's obligations on a dated timeline (when each applies, is due, is extended to and becomes
 * enforceable, with the evaluation date marked).
 *
 * <p>The page is well-formed XML (XHTML5, UTF-8, {@code <!DOCTYPE html>}); it holds no script, no external style
 * sheet, image or font, and no URL other than the XHTML and SVG namespace names, so it views offline and cannot
 * call out. Document text is escaped, and characters that XML cannot hold are shown as U+FFFD. Output is
 * deterministic.
 *
 * @since 0.2.0
 */
public final class FormHtml {

  private static final MessageSource LABELS = MessageSource.ofBundle(
      locale -> ResourceBundle.getBundle("io.github.gpai4j.evaluation.report.labels", locale));
  private static final MessageSource OBLIGATIONS = MessageSource.ofBundle(
      locale -> ResourceBundle.getBundle("io.github.gpai4j.evaluation.obligations.labels", locale));

  /** Width of the bar chart's bars at 100 %, in pixels. */
  static final int BAR_WIDTH = 340;

  private static final String CSS = String.join("\n",
      "body{font-family:sans-serif;margin:2em;max-width:60em;color:#222}",
      "table.items{border-collapse:collapse;width:100%}",
      "table.items th,table.items td{border:1px solid #ccc;padding:.3em;vertical-align:top;text-align:left}",
      "tr.missing td.answer{background:#fde8e8}",
      ".gap{color:#a00;font-weight:bold}",
      ".answer{white-space:pre-wrap}",
      "li.error{color:#a00}li.warning{color:#850}li.info{color:#345}",
      "svg text{font-size:11px;font-family:sans-serif}",
      "rect.track{fill:#eee}rect.bar{fill:#3a7}",
      "line.tick{stroke:#bbb}line.asof{stroke:#c00;stroke-dasharray:4 2}line.span{stroke:#58a;stroke-width:3}",
      "circle.effective{fill:#58a}circle.due{fill:#e80}circle.extended{fill:#c60}circle.enforceable{fill:#a00}");

  private FormHtml() {}

  /**
   * Renders a document for a recipient without an obligation timeline.
   *
   * @param document the document, of a type with a form, not null
   * @param recipient the recipient the page is for, not null
   * @param report the document's validation report, not null
   * @param locale the language (English or French), not null
   * @return the XHTML text, ending with a newline
   * @throws NullPointerException if an argument is null
   * @throws IllegalArgumentException if the document's type has no form
   */
  public static String render(Document document, Recipient recipient, ValidationReport report, Locale locale) {
    return render(document, recipient, report, locale, null);
  }

  /**
   * Renders a document for a recipient, with the timeline of an obligation schedule if one is given.
   *
   * @param document the document, of a type with a form, not null
   * @param recipient the recipient the page is for, not null
   * @param report the document's validation report, not null
   * @param locale the language (English or French), not null
   * @param schedule the model's obligations, drawn as a timeline; or null for none
   * @return the XHTML text, ending with a newline
   * @throws NullPointerException if an argument other than the schedule is null
   * @throws IllegalArgumentException if the document's type has no form
   */
  public static String render(Document document, Recipient recipient, ValidationReport report, Locale locale,
      @Nullable ObligationSchedule schedule) {
    requireNonNull(document, "document");
    requireNonNull(recipient, "recipient");
    requireNonNull(report, "report");
    requireNonNull(locale, "locale");
    return render(DocumentTypes.of(document), document, recipient, report, locale, schedule);
  }

  private static <D extends Document> String render(DocumentType<D> type, Document document, Recipient recipient,
      ValidationReport report, Locale locale, @Nullable ObligationSchedule schedule) {
    Form<D> form = type.findForm().orElseThrow(
        () -> new IllegalArgumentException("Document type " + type + " has no form to render"));
    D doc = type.cast(document);
    FormTable table = form.table();
    JsonNode tree = Gpai4jJson.strict().toTree(document);
    boolean french = MessageSource.bundleLocale(locale).equals(Locale.FRENCH);

    List<FormItem> items = table.fieldsFor(recipient);
    Map<String, List<Finding>> byItem = new LinkedHashMap<>();
    List<Finding> other = new ArrayList<>();
    for (Finding f : report.findings()) {
      if (!f.concerns(recipient)) {
        continue;
      }
      FormItem best = null;
      int bestDepth = -1;
      for (FormItem i : items) {
        JsonPointer p = JsonPointer.parse(i.pointer());
        if (f.location().startsWith(p) && p.segments().size() > bestDepth) {
          best = i;
          bestDepth = p.segments().size();
        }
      }
      if (best == null) {
        other.add(f);
      } else {
        byItem.computeIfAbsent(best.id(), k -> new ArrayList<>()).add(f);
      }
    }

    Xml h = new Xml();
    String title = label(locale, "page.title", table.title(locale), recipientName(recipient, locale));
    h.raw("<!DOCTYPE html>\n");
    h.raw("<html xmlns=\"http://www.w3.org/1999/xhtml\" lang=\"" + (french ? "fr" : "en") + "\" xml:lang=\""
        + (french ? "fr" : "en") + "\">\n");
    h.raw("<head>\n<meta charset=\"UTF-8\"/>\n<title>").text(title).raw("</title>\n<style>\n").raw(CSS)
        .raw("\n</style>\n</head>\n<body>\n");
    h.raw("<header>\n<h1>").text(title).raw("</h1>\n<p>").text(label(locale, "page.generated")).raw("</p>\n");
    int filled = 0;
    for (FormItem i : items) {
      if (form.isFilled(i, doc)) {
        filled++;
      }
    }
    h.raw("<p class=\"summary\">").text(label(locale, "summary.completeness", filled, items.size(),
        recipientName(recipient, locale), percent(filled, items.size()))).raw("</p>\n");
    h.raw("<p class=\"verdict\">").text(label(locale, "summary.findings", report.count(Severity.ERROR),
        report.count(Severity.WARNING), report.count(Severity.INFO))).raw("</p>\n</header>\n");

    chart(h, form, doc, locale);
    if (schedule != null) {
      timeline(h, schedule, locale);
    }

    for (String section : table.sections()) {
      List<FormItem> inSection = items.stream().filter(i -> i.section().equals(section)).toList();
      h.raw("<section class=\"form-section\" id=\"section-").attr(section).raw("\">\n<h2>")
          .text(table.sectionLabel(section, locale)).raw("</h2>\n");
      if (inSection.isEmpty()) {
        h.raw("<p class=\"empty\">").text(label(locale, "section.empty", recipientName(recipient, locale)))
            .raw("</p>\n</section>\n");
        continue;
      }
      h.raw("<table class=\"items\">\n<tbody>\n");
      for (FormItem i : inSection) {
        boolean ok = form.isFilled(i, doc);
        h.raw("<tr class=\"item ").raw(ok ? "answered" : "missing").raw("\" id=\"item-").attr(i.id()).raw("\">");
        h.raw("<th scope=\"row\">").text(table.number(i)).raw("</th><td class=\"label\">")
            .text(table.label(i.id(), locale)).raw("</td><td class=\"answer\">");
        JsonNode value = tree.at(i.pointer());
        String text = value.isMissingNode() || value.isNull() ? "" : describe(value);
        if (!ok) {
          h.raw("<strong class=\"gap\">").text(label(locale, "item.missing")).raw("</strong>");
          if (!text.isBlank()) {
            h.raw("\n").text(text);
          }
        } else {
          h.text(text);
        }
        h.raw("</td></tr>\n");
        List<Finding> fs = byItem.get(i.id());
        if (fs != null) {
          h.raw("<tr class=\"findings\"><td colspan=\"3\">");
          findings(h, fs, locale);
          h.raw("</td></tr>\n");
        }
      }
      h.raw("</tbody>\n</table>\n</section>\n");
    }
    if (!other.isEmpty()) {
      h.raw("<section class=\"other-findings\">\n<h2>").text(label(locale, "other.title")).raw("</h2>\n");
      findings(h, other, locale);
      h.raw("</section>\n");
    }
    h.raw("</body>\n</html>\n");
    return h.toString();
  }

  private static void findings(Xml h, List<Finding> findings, Locale locale) {
    h.raw("<ul class=\"findings\">");
    for (Finding f : findings) {
      h.raw("<li class=\"finding ").raw(f.severity().name().toLowerCase(Locale.ROOT)).raw("\">")
          .raw("<code>").text(f.ruleId()).raw("</code> ").text(f.message(locale)).raw(" (")
          .text(f.legalBases().stream().map(LegalBasis::citation).collect(Collectors.joining("; "))).raw(")</li>");
    }
    h.raw("</ul>");
  }

  /** One bar per section and recipient that the section has items for, in form order then recipient order. */
  private static <D> void chart(Xml h, Form<D> form, D doc, Locale locale) {
    FormTable table = form.table();
    record Bar(String section, Recipient recipient, int filled, int required) {}
    List<Bar> bars = new ArrayList<>();
    for (String section : table.sections()) {
      for (Recipient r : table.recipients()) {
        int required = 0;
        int filled = 0;
        for (FormItem i : table.inSection(section)) {
          if (i.isFor(r)) {
            required++;
            if (form.isFilled(i, doc)) {
              filled++;
            }
          }
        }
        if (required > 0) {
          bars.add(new Bar(section, r, filled, required));
        }
      }
    }
    int rowHeight = 20;
    int labelWidth = 260;
    int width = labelWidth + BAR_WIDTH + 50;
    int height = rowHeight * bars.size() + 10;
    String chartTitle = label(locale, "chart.title");
    h.raw("<section class=\"chart\">\n<h2>").text(chartTitle).raw("</h2>\n");
    h.raw("<svg xmlns=\"http://www.w3.org/2000/svg\" class=\"completeness\" width=\"" + width + "\" height=\""
        + height + "\" viewBox=\"0 0 " + width + " " + height + "\" role=\"img\" aria-label=\"").attr(chartTitle)
        .raw("\">\n<title>").text(chartTitle).raw("</title>\n");
    int y = 5;
    for (Bar b : bars) {
      String section = table.sectionLabel(b.section(), locale);
      String name = shorten(section, 34) + " \u2013 " + b.recipient().abbreviation();
      int barWidth = BigDecimal.valueOf((long) BAR_WIDTH * b.filled())
          .divide(BigDecimal.valueOf(b.required()), 0, RoundingMode.HALF_EVEN).intValueExact();
      h.raw("<g class=\"row\"><text x=\"0\" y=\"" + (y + 12) + "\">").text(name).raw("</text>");
      h.raw("<rect class=\"track\" x=\"" + labelWidth + "\" y=\"" + y + "\" width=\"" + BAR_WIDTH
          + "\" height=\"14\"/>");
      h.raw("<rect class=\"bar\" x=\"" + labelWidth + "\" y=\"" + y + "\" width=\"" + barWidth
          + "\" height=\"14\"><title>")
          .text(label(locale, "chart.bar", section, recipientName(b.recipient(), locale), b.filled(), b.required()))
          .raw("</title></rect>");
      h.raw("<text x=\"" + (labelWidth + BAR_WIDTH + 6) + "\" y=\"" + (y + 12) + "\">")
          .text(percent(b.filled(), b.required()) + "\u00a0%").raw("</text></g>\n");
      y += rowHeight;
    }
    h.raw("</svg>\n</section>\n");
  }

  /** One row per obligation with at least one date; a dashed line marks the evaluation date. */
  private static void timeline(Xml h, ObligationSchedule schedule, Locale locale) {
    Map<Obligation, List<Mark>> rows = new LinkedHashMap<>();
    LocalDate first = schedule.asOf();
    LocalDate last = schedule.asOf();
    for (Obligation o : schedule.obligations()) {
      List<Mark> marks = new ArrayList<>();
      add(marks, "effective", o.effectiveDate());
      add(marks, "due", o.dueDate());
      add(marks, "extended", o.extendedDueDate());
      add(marks, "enforceable", o.enforceableFrom());
      if (marks.isEmpty()) {
        continue;
      }
      rows.put(o, marks);
      for (Mark m : marks) {
        first = m.date().isBefore(first) ? m.date() : first;
        last = m.date().isAfter(last) ? m.date() : last;
      }
    }
    String title = label(locale, "timeline.title");
    h.raw("<section class=\"timeline\">\n<h2>").text(title).raw("</h2>\n");
    if (rows.isEmpty()) {
      h.raw("<p>").text(label(locale, "timeline.none")).raw("</p>\n</section>\n");
      return;
    }
    LocalDate start = LocalDate.of(first.getYear(), 1, 1);
    LocalDate end = LocalDate.of(last.getYear() + 1, 1, 1);
    double days = ChronoUnit.DAYS.between(start, end);
    int labelWidth = 300;
    int axisWidth = 400;
    int rowHeight = 24;
    int top = 20;
    int width = labelWidth + axisWidth + 20;
    int height = top + rowHeight * rows.size() + 10;
    h.raw("<svg xmlns=\"http://www.w3.org/2000/svg\" class=\"obligations\" width=\"" + width + "\" height=\""
        + height + "\" viewBox=\"0 0 " + width + " " + height + "\" role=\"img\" aria-label=\"").attr(title)
        .raw("\">\n<title>").text(title).raw("</title>\n");
    for (int year = start.getYear(); year <= end.getYear(); year++) {
      String x = x(LocalDate.of(year, 1, 1), start, days, labelWidth, axisWidth);
      h.raw("<line class=\"tick\" x1=\"" + x + "\" y1=\"" + (top - 4) + "\" x2=\"" + x + "\" y2=\"" + height
          + "\"/><text class=\"year\" x=\"" + x + "\" y=\"" + (top - 8) + "\">" + year + "</text>\n");
    }
    String asOf = x(schedule.asOf(), start, days, labelWidth, axisWidth);
    h.raw("<line class=\"asof\" x1=\"" + asOf + "\" y1=\"" + (top - 4) + "\" x2=\"" + asOf + "\" y2=\"" + height
        + "\"><title>").text(label(locale, "timeline.asOf", schedule.asOf().toString())).raw("</title></line>\n");
    int y = top;
    for (Map.Entry<Obligation, List<Mark>> row : rows.entrySet()) {
      Obligation o = row.getKey();
      List<Mark> marks = row.getValue();
      int cy = y + rowHeight / 2;
      h.raw("<g class=\"obligation\" id=\"obligation-").attr(o.id().name()).raw("\"><text x=\"0\" y=\"" + (cy + 4)
          + "\">").text(shorten(o.id().legalBasis().citation() + " " + obligationName(o, locale), 48))
          .raw("<title>").text(obligationName(o, locale)).raw("</title></text>");
      if (marks.size() > 1) {
        h.raw("<line class=\"span\" x1=\"" + x(marks.get(0).date(), start, days, labelWidth, axisWidth) + "\" y1=\""
            + cy + "\" x2=\"" + x(marks.get(marks.size() - 1).date(), start, days, labelWidth, axisWidth)
            + "\" y2=\"" + cy + "\"/>");
      }
      for (Mark m : marks) {
        h.raw("<circle class=\"milestone " + m.kind() + "\" cx=\"" + x(m.date(), start, days, labelWidth, axisWidth)
            + "\" cy=\"" + cy + "\" r=\"4\"><title>")
            .text(label(locale, "timeline." + m.kind(), m.date().toString())).raw("</title></circle>");
      }
      h.raw("</g>\n");
      y += rowHeight;
    }
    h.raw("</svg>\n<ul class=\"deadlines\">\n");
    for (Map.Entry<Obligation, List<Mark>> row : rows.entrySet()) {
      h.raw("<li>").text(row.getKey().id().legalBasis().citation() + " " + obligationName(row.getKey(), locale)
          + ": " + row.getValue().stream().map(m -> label(locale, "timeline." + m.kind(), m.date().toString()))
          .collect(Collectors.joining("; "))).raw("</li>\n");
    }
    h.raw("</ul>\n</section>\n");
  }

  private record Mark(String kind, LocalDate date) {}

  private static void add(List<Mark> marks, String kind, @Nullable LocalDate date) {
    if (date != null) {
      marks.add(new Mark(kind, date));
    }
  }

  private static String x(LocalDate date, LocalDate start, double days, int left, int width) {
    double x = left + width * (ChronoUnit.DAYS.between(start, date) / days);
    return BigDecimal.valueOf(x).setScale(1, RoundingMode.HALF_EVEN).toPlainString();
  }

  private static String obligationName(Obligation o, Locale locale) {
    return OBLIGATIONS.template("ObligationId." + o.id().name(), locale);
  }

  /** Describes a JSON answer as text: scalars as they are, arrays one element a line, objects as "name: value". */
  static String describe(JsonNode node) {
    if (node.isString()) {
      return node.asString();
    }
    if (node.isValueNode()) {
      return node.toString();
    }
    List<String> parts = new ArrayList<>();
    if (node.isArray()) {
      for (JsonNode e : node) {
        parts.add(describe(e));
      }
      return String.join("\n", parts);
    }
    for (Map.Entry<String, JsonNode> e : node.properties()) {
      parts.add(e.getKey() + ": " + describe(e.getValue()).replace("\n", "; "));
    }
    return String.join("\n", parts);
  }

  private static String percent(int filled, int required) {
    if (required == 0) {
      return "100";
    }
    return BigDecimal.valueOf(100L * filled).divide(BigDecimal.valueOf(required), 0, RoundingMode.HALF_EVEN)
        .toPlainString();
  }

  private static String shorten(String s, int max) {
    if (s.length() <= max) {
      return s;
    }
    int end = max - 1;
    if (Character.isHighSurrogate(s.charAt(end - 1))) {
      end--;
    }
    return s.substring(0, end) + "\u2026";
  }

  private static String recipientName(Recipient r, Locale locale) {
    return LABELS.template("recipient." + r.name(), locale);
  }

  private static String label(Locale locale, String key, Object... args) {
    return new MessageFormat(LABELS.template(key, locale), MessageSource.bundleLocale(locale)).format(args);
  }

  /** Appends markup as given and text escaped for XML, replacing characters XML 1.0 cannot hold by U+FFFD. */
  private static final class Xml {
    private final StringBuilder sb = new StringBuilder(16_384);

    Xml raw(String markup) {
      sb.append(markup);
      return this;
    }

    Xml text(String text) {
      escape(text, false);
      return this;
    }

    Xml attr(String text) {
      escape(text, true);
      return this;
    }

    private void escape(String s, boolean attribute) {
      for (int i = 0; i < s.length(); i++) {
        char c = s.charAt(i);
        switch (c) {
          case '<' -> sb.append("&lt;");
          case '>' -> sb.append("&gt;");
          case '&' -> sb.append("&amp;");
          case '"' -> sb.append(attribute ? "&quot;" : "\"");
          case '\n' -> sb.append(attribute ? "&#10;" : "\n");
          case '\t' -> sb.append(attribute ? "&#9;" : "\t");
          case '\r' -> {
            if (i + 1 >= s.length() || s.charAt(i + 1) != '\n') {
              sb.append(attribute ? "&#10;" : "\n");
            }
          }
          default -> {
            if (Character.isHighSurrogate(c) && i + 1 < s.length() && Character.isLowSurrogate(s.charAt(i + 1))) {
              sb.append(c).append(s.charAt(++i));
            } else if (c < 0x20 || Character.isSurrogate(c) || c == '\ufffe' || c == '\uffff') {
              sb.append('\ufffd');
            } else {
              sb.append(c);
            }
          }
        }
      }
    }

    @Override
    public String toString() {
      return sb.toString();
    }
  }
}
