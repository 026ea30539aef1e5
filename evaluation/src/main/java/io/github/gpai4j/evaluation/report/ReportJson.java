package io.github.gpai4j.evaluation.report;

import static java.util.Objects.requireNonNull;

import io.github.gpai4j.core.Document;
import io.github.gpai4j.core.Recipient;
import io.github.gpai4j.core.validation.ValidationReport;
import io.github.gpai4j.evaluation.form.CompletenessScore;
import io.github.gpai4j.evaluation.registry.DocumentValidators;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * A validation report and the completeness of the document per recipient (Art.&nbsp;53(1)(a) and (b) of Regulation
 * (EU) 2024/1689 name who receives what) as one deterministic JSON document, for pipelines that want both.
 *
 * <p>The document is an object with two members: {@code report}, exactly the text of
 * {@link ValidationReport#toJson(Locale)} (indented one level further), and {@code completeness}, the array of
 * {@link CompletenessScore#toJson(List)}. Fixed member order, two-space indentation, {@code \n} line ends, no
 * trailing newline.
 *
 * @since 0.2.0
 */
public final class ReportJson {

  private ReportJson() {}

  /**
   * Returns the completeness of a document for every recipient, in {@link Recipient} order.
   *
   * @param document the document, not null
   * @return the scores, empty if the document's type has no form
   * @throws NullPointerException if the document is null
   */
  public static List<CompletenessScore> completeness(Document document) {
    requireNonNull(document, "document");
    List<CompletenessScore> scores = new ArrayList<>();
    for (Recipient r : Recipient.values()) {
      DocumentValidators.completeness(document, r).ifPresent(scores::add);
    }
    return List.copyOf(scores);
  }

  /**
   * Returns the report and the scores as one JSON document.
   *
   * @param report the validation report, not null
   * @param completeness the scores, in the order to write them, not null
   * @param locale the language of the findings' messages, not null
   * @return the JSON text
   * @throws NullPointerException if an argument or score is null
   */
  public static String toJson(ValidationReport report, List<CompletenessScore> completeness, Locale locale) {
    requireNonNull(report, "report");
    requireNonNull(completeness, "completeness");
    requireNonNull(locale, "locale");
    String reportJson = report.toJson(locale);
    String scores = CompletenessScore.toJson(completeness);
    StringBuilder sb = new StringBuilder(reportJson.length() + scores.length() + 64);
    sb.append("{\n  \"report\": ").append(indent(reportJson)).append(",\n  \"completeness\": ")
        .append(indent(scores)).append("\n}");
    return sb.toString();
  }

  /** JSON strings hold no raw line break, so every line break in the text is between tokens. */
  private static String indent(String json) {
    return json.replace("\n", "\n  ");
  }
}
