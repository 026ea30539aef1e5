package io.github.gpai4j.cli;

import io.github.gpai4j.core.Applicable;
import io.github.gpai4j.core.Recipient;
import io.github.gpai4j.core.documentation.GeneralInformation;
import io.github.gpai4j.core.documentation.ModelDocumentation;
import io.github.gpai4j.core.documentation.ModelName;
import io.github.gpai4j.core.form.DocumentTypes;
import io.github.gpai4j.evaluation.form.CompletenessScore;
import io.github.gpai4j.evaluation.registry.DocumentValidators;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.stream.Collectors;
import org.jspecify.annotations.Nullable;

/** Renders a short, readable summary of a Model Documentation Form, as text or Markdown, in English or French. */
final class DocumentationSummary {
  private DocumentationSummary() {}

  static String render(ModelDocumentation doc, Locale locale, boolean markdown) {
    List<Map.Entry<String, String>> rows = rows(doc, locale);
    StringBuilder sb = new StringBuilder(1024);
    if (markdown) {
      sb.append("# ").append(Messages.text("summary.title", locale)).append("\n\n| ")
          .append(Messages.text("summary.item", locale)).append(" | ").append(Messages.text("summary.value", locale))
          .append(" |\n|---|---|\n");
      rows.forEach(r -> sb.append("| ").append(Markdown.escape(r.getKey())).append(" | ")
          .append(Markdown.escape(r.getValue())).append(" |\n"));
      sb.append("\n## ").append(Messages.text("summary.answered", locale)).append("\n\n");
    } else {
      String colon = Messages.french(locale) ? " :" : ":";
      rows.forEach(r -> sb.append(String.format(Locale.ROOT, "%-26s %s%n", r.getKey() + colon, r.getValue())));
      sb.append(Messages.text("summary.answered", locale)).append(colon).append('\n');
    }
    for (Recipient r : Recipient.handedOver()) {
      // the one answered policy: what completeness counts, the summary counts
      CompletenessScore score = DocumentValidators.completeness(doc, r).orElseThrow();
      String count = Messages.text("summary.answeredCount", locale, String.valueOf(score.filled()),
          String.valueOf(score.required()));
      String who = ValidationText.recipient(r, locale);
      sb.append(markdown ? "- " + who + (Messages.french(locale) ? " : " : ": ") + count + "\n"
          : String.format(Locale.ROOT, "  %-34s %s%n", who, count));
    }
    return sb.toString();
  }

  private static List<Map.Entry<String, String>> rows(ModelDocumentation doc, Locale locale) {
    List<Map.Entry<String, String>> rows = new ArrayList<>();
    GeneralInformation gi = doc.generalInformation();
    ModelName name = gi.modelName();
    row(rows, locale, "summary.model", name == null ? null : name.identifier()
        + (name.versions().isEmpty() ? "" : " (" + String.join(", ", name.versions()) + ")"));
    row(rows, locale, "summary.provider", gi.providerLegalName());
    row(rows, locale, "summary.released", Objects.toString(gi.releaseDate(), null));
    row(rows, locale, "summary.unionMarket", Objects.toString(gi.unionMarketReleaseDate(), null));
    row(rows, locale, "summary.systemicRisk", Messages.text(doc.systemicRisk() == null ? "summary.notStated"
        : doc.systemicRisk() ? "summary.yes" : "summary.no", locale));
    var props = doc.modelProperties();
    row(rows, locale, "summary.parameters", props.parameterCount() == null ? null : props.parameterCount().toString());
    row(rows, locale, "summary.modalities", props.inputModalities() == null || props.outputModalities() == null
        ? null : names(props.inputModalities().selected()) + " -> " + names(props.outputModalities().selected()));
    var compute = doc.computationalResources().trainingCompute();
    row(rows, locale, "summary.trainingCompute", compute == null ? null : compute.toString());
    Applicable<?> energy = doc.energy().trainingEnergy();
    row(rows, locale, "summary.trainingEnergy", energy == null ? null : energy.toString());
    String version = DocumentTypes.of(doc).version();
    row(rows, locale, "summary.document", (doc.documentVersion() == null ? Messages.text("summary.unversioned", locale)
        : Messages.text("summary.version", locale, doc.documentVersion()))
        + (doc.lastUpdated() == null ? "" : Messages.text("summary.updated", locale, doc.lastUpdated().toString()))
        + Messages.text("summary.form", locale, version));
    return rows;
  }

  private static String names(List<? extends Enum<?>> values) {
    return values.stream().map(Enum::name).map(n -> n.toLowerCase(Locale.ROOT).replace('_', ' '))
        .collect(Collectors.joining(", "));
  }

  private static void row(List<Map.Entry<String, String>> rows, Locale locale, String key, @Nullable String value) {
    rows.add(Map.entry(Messages.text(key, locale), value == null ? Messages.text("summary.missing", locale) : value));
  }
}
