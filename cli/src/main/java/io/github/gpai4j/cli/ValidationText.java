package io.github.gpai4j.cli;

import io.github.gpai4j.core.Recipient;
import io.github.gpai4j.core.documentation.ModelDocumentation;
import io.github.gpai4j.core.documentation.ModelName;
import io.github.gpai4j.core.validation.ValidationReport;
import io.github.gpai4j.evaluation.RegulatoryText;
import io.github.gpai4j.evaluation.form.CompletenessScore;
import io.github.gpai4j.evaluation.documentation.ModelDocumentationRules;
import io.github.gpai4j.evaluation.registry.DocumentValidators;
import io.github.gpai4j.core.Document;
import io.github.gpai4j.core.form.DocumentType;
import java.util.List;
import java.util.Locale;
import java.util.stream.Collectors;
import org.jspecify.annotations.Nullable;

/** The plain-text validation report of the CLI: what was checked against which texts, completeness, findings. */
final class ValidationText {
  private ValidationText() {}

  static String render(String file, Document doc, DocumentType<?> type, ValidationReport report,
      @Nullable Recipient recipient, Locale locale) {
    boolean fr = locale.getLanguage().equals("fr");
    StringBuilder sb = new StringBuilder();
    if (doc instanceof ModelDocumentation mdf) {
      ModelName name = mdf.generalInformation().modelName();
      String model = name == null || name.identifier() == null ? "(unnamed model)" : name.identifier();
      String provider = mdf.generalInformation().providerLegalName();
      sb.append(fr ? "Documentation du modèle : " : "Model documentation: ").append(model)
          .append(provider == null ? "" : (fr ? " de " : " by ") + provider).append(" (").append(file).append(")\n");
    } else {
      sb.append(fr ? "Document : " : "Document: ").append(type).append(" (").append(file).append(")\n");
    }
    String form = type.findForm().map(f -> f.table().title(locale) + " (" + f.table().version() + ")")
        .orElse(type.version());
    sb.append(fr ? "Formulaire : " : "Form: ").append(form);
    if (doc instanceof ModelDocumentation) {
      sb.append(fr ? " ; règles : " : "; rules: ")
          .append(ModelDocumentationRules.implementedTexts().stream().map(RegulatoryText::name)
              .collect(Collectors.joining(", ")));
    }
    sb.append('\n');
    sb.append(fr ? "Complétude par destinataire :\n" : "Completeness per recipient:\n");
    List<Recipient> recipients = recipient == null ? List.of(Recipient.values()) : List.of(recipient);
    for (Recipient r : recipients) {
      CompletenessScore score = DocumentValidators.completeness(doc, r).orElseThrow();
      sb.append(String.format(Locale.ROOT, "  %-30s %2d/%2d", r, score.filled(), score.required()));
      if (!score.missingIds().isEmpty()) {
        sb.append(fr ? "  manquants : " : "  missing: ")
            .append(score.missingIds().stream().limit(12).collect(Collectors.joining(", ")))
            .append(score.missingIds().size() > 12 ? ", …" : "");
      }
      sb.append('\n');
    }
    sb.append('\n').append(report.toText(locale));
    if (!report.toText(locale).endsWith("\n")) {
      sb.append('\n');
    }
    return sb.toString();
  }
}
