package com.example.consumer;

import io.github.gpai4j.core.ComputeAmount;
import io.github.gpai4j.core.Recipient;
import io.github.gpai4j.core.documentation.ComputationalResources;
import io.github.gpai4j.core.documentation.GeneralInformation;
import io.github.gpai4j.core.documentation.ModelDocumentation;
import io.github.gpai4j.core.documentation.ModelName;
import io.github.gpai4j.core.json.DocumentReadException;
import io.github.gpai4j.core.json.Gpai4jJson;
import io.github.gpai4j.core.validation.ValidationReport;
import io.github.gpai4j.evaluation.classification.Classification;
import io.github.gpai4j.evaluation.classification.ModelClassifier;
import io.github.gpai4j.core.profile.ModelProfile;
import io.github.gpai4j.evaluation.documentation.ModelDocumentationValidator;
import io.github.gpai4j.core.Document;
import io.github.gpai4j.core.form.DocumentType;
import io.github.gpai4j.core.form.DocumentTypes;
import io.github.gpai4j.core.validation.ValidationOptions;
import io.github.gpai4j.evaluation.registry.DocumentValidators;
import java.io.IOException;
import java.io.InputStream;
import java.util.ArrayList;
import java.util.List;
import java.time.LocalDate;
import java.util.Locale;

/** What a user's code does with gpai4j: build, store, read back, validate, classify. */
public final class Pipeline {
  private static final Gpai4jJson JSON = Gpai4jJson.strict();

  private Pipeline() {}

  /**
   * Builds a draft, stores it as JSON and reads it back.
   *
   * @return the document read back
   * @throws DocumentReadException if gpai4j cannot read its own output
   */
  public static ModelDocumentation roundTrip() throws DocumentReadException {
    ModelDocumentation draft = ModelDocumentation.builder()
        .generalInformation(GeneralInformation.builder()
            .providerLegalName("Example Labs SE")
            .modelName(ModelName.of("Example-1", "Example-1-2026-01"))
            .build())
        .computationalResources(ComputationalResources.builder()
            .trainingCompute(ComputeAmount.ofFlop("3.8e25"))
            .build())
        .build();
    ModelDocumentation dated = draft.withLastUpdated(LocalDate.of(2026, 11, 28));   // public copy method
    return JSON.read(JSON.write(dated), ModelDocumentation.class);
  }

  /**
   * Returns what a downstream provider is still missing, in French.
   *
   * @param doc the document
   * @return the report as text
   */
  public static String gapsInFrench(ModelDocumentation doc) {
    ValidationReport report = ModelDocumentationValidator.create().validate(doc);
    return report.forRecipient(Recipient.DOWNSTREAM_PROVIDER).toText(Locale.FRENCH);
  }

  /**
   * Classifies a model profile given as JSON.
   *
   * @param json the profile
   * @return the classification as of 28 November 2026
   * @throws DocumentReadException if the profile cannot be read
   */
  public static Classification classify(String json) throws DocumentReadException {
    ModelProfile profile = JSON.read(json, ModelProfile.class);
    return ModelClassifier.withCurrentRules().classify(profile, LocalDate.of(2026, 11, 28));
  }

  /**
   * Reads every bundled sample through the document-type registry (filled by the modules' service providers) and
   * validates those that have rules, as a pipeline that receives any gpai4j document would.
   *
   * @return for each sample, its name, its type and whether it is valid (or "-" without rules)
   * @throws IOException if a sample cannot be read
   * @throws DocumentReadException if a sample is not a valid document
   */
  public static List<String> readEverySample() throws IOException, DocumentReadException {
    List<String> out = new ArrayList<>();
    for (DocumentType<?> type : DocumentTypes.all()) {
      for (String sample : type.samples()) {
        try (InputStream in = type.openSample(sample)) {
          Document doc = JSON.readDocument(in, false).value();
          String valid = DocumentValidators.forType(DocumentTypes.of(doc)).isEmpty() ? "-"
              : String.valueOf(DocumentValidators.validate(doc, ValidationOptions.defaults()).isValid());
          out.add(sample + " " + DocumentTypes.of(doc) + " " + valid);
        }
      }
    }
    return out;
  }

  /**
   * Documents a family of two models in one form, stores it and validates it as the downstream providers' report,
   * with the family's dependencies answered "none" and a dataset listed.
   *
   * @return the rule ids of the downstream providers' report
   * @throws DocumentReadException if gpai4j cannot read its own output
   */
  public static List<String> family() throws DocumentReadException {
    ModelDocumentation family = ModelDocumentation.builder()
        .generalInformation(GeneralInformation.builder()
            .providerLegalName("Example Labs SE")
            .modelDependencies(io.github.gpai4j.core.Applicable.none("trained from scratch"))
            .build())
        .trainingData(io.github.gpai4j.core.documentation.TrainingData.builder()
            .addDatasets(io.github.gpai4j.core.data.Dataset.of("Example corpus",
                io.github.gpai4j.core.data.DataSourceKind.PUBLIC))
            .build())
        .addVariants(io.github.gpai4j.core.documentation.ModelVariant.builder("Example-1-small").build())
        .addVariants(io.github.gpai4j.core.documentation.ModelVariant.builder("Example-1-large").build())
        .build();
    ModelDocumentation back = JSON.read(JSON.write(family), ModelDocumentation.class);
    return ModelDocumentationValidator.create().validate(back).forRecipient(Recipient.DOWNSTREAM_PROVIDER).ruleIds();
  }
}
