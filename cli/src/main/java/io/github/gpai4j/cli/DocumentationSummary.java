package io.github.gpai4j.cli;

import io.github.gpai4j.core.Applicable;
import io.github.gpai4j.core.Recipient;
import io.github.gpai4j.core.documentation.GeneralInformation;
import io.github.gpai4j.evaluation.form.CompletenessScore;
import io.github.gpai4j.evaluation.registry.DocumentValidators;
import io.github.gpai4j.core.documentation.ModelDocumentation;
import io.github.gpai4j.core.documentation.ModelName;
import java.util.List;
import java.util.Objects;
import java.util.stream.Collectors;
import org.jspecify.annotations.Nullable;

/** Renders a short, readable summary of a Model Documentation Form. */
final class DocumentationSummary {
  private DocumentationSummary() {}

  static String render(ModelDocumentation doc) {
    StringBuilder sb = new StringBuilder();
    GeneralInformation gi = doc.generalInformation();
    ModelName name = gi.modelName();
    line(sb, "Model", name == null ? null : name.identifier()
        + (name.versions().isEmpty() ? "" : " (" + String.join(", ", name.versions()) + ")"));
    line(sb, "Provider", gi.providerLegalName());
    line(sb, "Released", Objects.toString(gi.releaseDate(), null));
    line(sb, "Union market", Objects.toString(gi.unionMarketReleaseDate(), null));
    line(sb, "Systemic risk", doc.systemicRisk() == null ? "not stated" : doc.systemicRisk() ? "yes" : "no");
    var props = doc.modelProperties();
    line(sb, "Parameters", props.parameterCount() == null ? null : props.parameterCount().toString());
    line(sb, "Modalities", props.inputModalities() == null || props.outputModalities() == null ? null
        : names(props.inputModalities().selected()) + " -> " + names(props.outputModalities().selected()));
    var compute = doc.computationalResources().trainingCompute();
    line(sb, "Training compute", compute == null ? null : compute.toString());
    Applicable<?> energy = doc.energy().trainingEnergy();
    line(sb, "Training energy", energy == null ? null : energy.toString());
    line(sb, "Document", (doc.documentVersion() == null ? "unversioned" : "version " + doc.documentVersion())
        + (doc.lastUpdated() == null ? "" : ", updated " + doc.lastUpdated()) + ", form " + doc.formVersion());
    sb.append("Items answered per recipient:\n");
    for (Recipient r : Recipient.values()) {
      // the one answered policy: what completeness counts, the summary counts
      CompletenessScore score = DocumentValidators.completeness(doc, r).orElseThrow();
      sb.append(String.format("  %-30s %2d of %2d%n", r, score.filled(), score.required()));
    }
    return sb.toString();
  }

  private static String names(List<? extends Enum<?>> values) {
    return values.stream().map(Enum::name).map(String::toLowerCase).collect(Collectors.joining(", "));
  }

  private static void line(StringBuilder sb, String label, @Nullable String value) {
    sb.append(String.format("%-17s %s%n", label + ":", value == null ? "(missing)" : value));
  }
}
