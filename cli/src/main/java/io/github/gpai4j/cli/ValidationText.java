package io.github.gpai4j.cli;

import io.github.gpai4j.core.Document;
import io.github.gpai4j.core.LegalBasis;
import io.github.gpai4j.core.Recipient;
import io.github.gpai4j.core.documentation.ModelDocumentation;
import io.github.gpai4j.core.documentation.ModelName;
import io.github.gpai4j.core.form.DocumentType;
import io.github.gpai4j.core.validation.Finding;
import io.github.gpai4j.core.validation.Severity;
import io.github.gpai4j.core.validation.ValidationReport;
import io.github.gpai4j.evaluation.RegulatoryText;
import io.github.gpai4j.evaluation.documentation.ModelDocumentationRules;
import io.github.gpai4j.evaluation.form.CompletenessScore;
import io.github.gpai4j.evaluation.registry.DocumentValidators;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.stream.Collectors;
import org.jspecify.annotations.Nullable;

/**
 * The plain-text validation report of the CLI: what was checked against which texts, completeness, findings; every
 * word in the reader's language, citations included, and no enum constant.
 */
final class ValidationText {
  private ValidationText() {}

  static String render(String file, Document doc, DocumentType<?> type, ValidationReport report,
      @Nullable Recipient recipient, Locale locale) {
    StringBuilder sb = new StringBuilder(4096);
    if (doc instanceof ModelDocumentation mdf) {
      ModelName name = mdf.generalInformation().modelName();
      String model = name == null || name.identifier() == null ? Messages.text("validation.unnamed", locale)
          : name.identifier();
      String provider = mdf.generalInformation().providerLegalName();
      sb.append(Messages.text("validation.model", locale,
          provider == null ? model : Messages.text("validation.by", locale, model, provider)));
    } else {
      sb.append(Messages.text("validation.document", locale, type.name()));
    }
    sb.append(" (").append(file).append(")\n");
    String form = type.findForm().map(f -> f.table().title(locale) + " (" + f.table().version() + ")")
        .orElse(type.version());
    sb.append(Messages.text("validation.form", locale, form));
    if (doc instanceof ModelDocumentation) {
      sb.append(Messages.text("validation.rules", locale, ModelDocumentationRules.implementedTexts().stream()
          .map(t -> text(t, locale)).collect(Collectors.joining(", "))));
    }
    sb.append('\n').append(Messages.text("validation.completeness", locale)).append('\n');
    List<Recipient> recipients = recipient == null ? List.of(Recipient.values()) : List.of(recipient);
    for (Recipient r : recipients) {
      java.util.Optional<CompletenessScore> found = DocumentValidators.completeness(doc, r);
      if (found.isEmpty()) {
        continue; // the form routes nothing to this recipient
      }
      CompletenessScore score = found.get();
      sb.append(String.format(Locale.ROOT, "  %-34s %2d/%2d", recipient(r, locale), score.filled(),
          score.required()));
      if (!score.missingIds().isEmpty()) {
        sb.append("  ").append(Messages.text("validation.missing", locale,
            score.missingIds().stream().limit(12).collect(Collectors.joining(", "))
                + (score.missingIds().size() > 12 ? ", …" : "")));
      }
      sb.append('\n');
    }
    sb.append('\n');
    findings(sb, report, locale);
    return sb.toString();
  }

  /** The verdict line and one line per finding, citations in the reader's language. */
  static void findings(StringBuilder sb, ValidationReport report, Locale locale) {
    sb.append(Messages.text("validation.heading", locale,
        Messages.text(report.isValid() ? "validation.valid" : "validation.invalid", locale),
        String.valueOf(report.count(Severity.ERROR)), String.valueOf(report.count(Severity.WARNING)),
        String.valueOf(report.count(Severity.INFO)))).append('\n');
    for (Finding f : report.findings()) {
      List<String> cited = new ArrayList<>();
      for (LegalBasis b : f.legalBases()) {
        cited.add(Citations.of(b, locale));
      }
      String citations = String.join("; ", cited);
      if (!f.recipients().isEmpty()) {
        citations += "; " + f.recipients().stream().map(Recipient::abbreviation).collect(Collectors.joining(", "));
      }
      StringBuilder at = new StringBuilder(
          f.location().isRoot() ? Messages.text("validation.root", locale) : f.location().text());
      for (io.github.gpai4j.core.validation.RelatedLocation r : f.related()) {
        at.append(Messages.text("validation.related", locale, r.document(), r.location().text()));
      }
      sb.append(Messages.text("validation.finding", locale, severity(f.severity(), locale), f.ruleId(),
          at.toString(), citations, f.message(locale))).append('\n');
    }
  }

  static String severity(Severity severity, Locale locale) {
    return Messages.text("severity." + severity.name(), locale);
  }

  static String recipient(Recipient recipient, Locale locale) {
    return Messages.text("recipient." + recipient.name(), locale);
  }

  private static String text(RegulatoryText text, Locale locale) {
    return Messages.text("text." + text.name(), locale);
  }
}
