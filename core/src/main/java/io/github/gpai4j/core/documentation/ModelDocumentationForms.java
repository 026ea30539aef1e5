package io.github.gpai4j.core.documentation;

import io.github.gpai4j.core.Applicable;
import io.github.gpai4j.core.ComputeAmount;
import io.github.gpai4j.core.EnergyAmount;
import io.github.gpai4j.core.ParameterCount;
import io.github.gpai4j.core.form.DocumentType;
import io.github.gpai4j.core.form.DocumentTypeProvider;
import io.github.gpai4j.core.form.Form;
import io.github.gpai4j.core.form.FormTable;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.List;
import java.util.Locale;
import java.util.ResourceBundle;
import java.util.function.Function;
import org.jspecify.annotations.Nullable;

/**
 * The form versions of the {@code model-documentation} document type, each a table resource bound to the Java
 * type that holds its answers: {@link #FINAL} (the Model Documentation Form of the final Code of Practice, July
 * 2025, bound through {@link MdfItem}) and {@link #DRAFT_2024_11} (the first draft's documentation table, bound to
 * {@link DraftModelDocumentation}). It also contributes both to the
 * {@linkplain io.github.gpai4j.core.form.DocumentTypes document-type registry}.
 *
 * @since 0.2.0
 */
public final class ModelDocumentationForms implements DocumentTypeProvider {

  /** The Model Documentation Form of the final Code of Practice (Transparency chapter, 10 July 2025). */
  public static final Form<ModelDocumentation> FINAL = finalForm();

  /** The documentation table of the first draft of the Code of Practice (14 November 2024). */
  public static final Form<DraftModelDocumentation> DRAFT_2024_11 = draftForm();

  /** The bundled samples of the final form. */
  private static final List<String> SAMPLES = List.of("model-documentation-complete.json",
      "model-documentation-open-small.json", "model-documentation-draft.json");

  /** The bundled samples of the first-draft form. */
  private static final List<String> DRAFT_SAMPLES = List.of("model-documentation-first-draft.json");

  /** Creates the provider; the registry calls this through {@link java.util.ServiceLoader}. */
  public ModelDocumentationForms() {
    // stateless
  }

  private static Form<ModelDocumentation> finalForm() {
    FormTable table = table(FormVersion.COP_FINAL_2025_07, locale -> ResourceBundle.getBundle(
        "io.github.gpai4j.core.documentation.labels_cop_final_2025_07", locale));
    Form.Binder<ModelDocumentation> binder = Form.bind(table);
    for (MdfItem item : MdfItem.values()) {
      binder.item(item.id(), item::valueIn);
    }
    // The items the table marks per variant: how a model variant's answer replaces the family's.
    binder.writer("MDF-2.3b", (d, v) -> d.withModelProperties(d.modelProperties().withInputMaximumSizes(list(v))))
        .writer("MDF-2.4b", (d, v) -> d.withModelProperties(d.modelProperties().withOutputMaximumSizes(list(v))))
        .writer("MDF-2.5a", (d, v) -> d.withModelProperties(d.modelProperties().withParameterCount(
            (ParameterCount) v)))
        .writer("MDF-2.5b", (d, v) -> d.withModelProperties(d.modelProperties().withParameterRange(
            (ParameterRange) v)))
        .writer("MDF-6.4a", (d, v) -> d.withTrainingData(d.trainingData().withDataPointsApproximate((DataPoints) v)))
        .writer("MDF-6.4b", (d, v) -> d.withTrainingData(d.trainingData().withDataPoints((DataPoints) v)))
        .writer("MDF-7.1a", (d, v) -> d.withComputationalResources(d.computationalResources()
            .withTrainingTimeRange((TrainingTimeEstimate) v)))
        .writer("MDF-7.1b", (d, v) -> d.withComputationalResources(d.computationalResources()
            .withTrainingTime((TrainingTime) v)))
        .writer("MDF-7.2a", (d, v) -> d.withComputationalResources(d.computationalResources()
            .withTrainingComputeOrderOfMagnitude((ComputeAmount) v)))
        .writer("MDF-7.2b", (d, v) -> d.withComputationalResources(d.computationalResources()
            .withTrainingCompute((ComputeAmount) v)))
        .writer("MDF-8.1", (d, v) -> d.withEnergy(d.energy().withTrainingEnergy(energy(v))))
        .writer("MDF-8.3", (d, v) -> d.withEnergy(d.energy().withInferenceCompute((ComputeAmount) v)));
    return binder.build();
  }

  @SuppressWarnings("unchecked")
  private static List<MaximumSize> list(@Nullable Object value) {
    return value == null ? List.of() : (List<MaximumSize>) value;
  }

  @SuppressWarnings("unchecked")
  private static @Nullable Applicable<EnergyAmount> energy(@Nullable Object value) {
    return (Applicable<EnergyAmount>) value;
  }

  private static Form<DraftModelDocumentation> draftForm() {
    FormTable table = table(FormVersion.COP_DRAFT_2024_11, locale -> ResourceBundle.getBundle(
        "io.github.gpai4j.core.documentation.labels_cop_draft_2024_11", locale));
    return Form.<DraftModelDocumentation>bind(table)
        .item("MDF2024-1", DraftModelDocumentation::generalInformation)
        .item("MDF2024-2", DraftModelDocumentation::intendedTasks)
        .item("MDF2024-3", DraftModelDocumentation::acceptableUsePolicy)
        .item("MDF2024-4", DraftModelDocumentation::releaseAndDistribution)
        .item("MDF2024-5", DraftModelDocumentation::externalInteraction)
        .item("MDF2024-6", DraftModelDocumentation::softwareVersions)
        .item("MDF2024-7a", DraftModelDocumentation::architectureAndParameters)
        .item("MDF2024-7b", DraftModelDocumentation::layers)
        .item("MDF2024-8", DraftModelDocumentation::inputsAndOutputs)
        .item("MDF2024-9", DraftModelDocumentation::licence)
        .item("MDF2024-10", DraftModelDocumentation::integrationMeans)
        .item("MDF2024-11", DraftModelDocumentation::designAndTraining)
        .item("MDF2024-12a", DraftModelDocumentation::trainingData)
        .item("MDF2024-12b", DraftModelDocumentation::trainingDataDetails)
        .item("MDF2024-13", DraftModelDocumentation::computationalResources)
        .item("MDF2024-14", DraftModelDocumentation::energyConsumption)
        .item("MDF2024-15", DraftModelDocumentation::testing)
        .build();
  }

  private static FormTable table(FormVersion version, Function<Locale, ResourceBundle> labels) {
    String name = "forms/model-documentation-" + version.id() + ".tsv";
    InputStream in = ModelDocumentationForms.class.getResourceAsStream(name);
    if (in == null) {
      throw new UncheckedIOException(new java.io.FileNotFoundException("Form table " + name + " is not bundled"));
    }
    return FormTable.read(name, in, labels);
  }

  private static InputStream sample(String name) {
    return ModelDocumentationForms.class.getResourceAsStream("samples/" + name);
  }

  /**
   * Returns the two versions of the {@code model-documentation} type, the final one as the default.
   *
   * @return the document types
   */
  @Override
  public List<DocumentType<?>> documentTypes() {
    return List.of(
        new DocumentType<>(ModelDocumentation.DOCUMENT_TYPE, FormVersion.COP_FINAL_2025_07.id(),
            FormVersion.COP_FINAL_2025_07.name(), true, ModelDocumentation.class, FINAL, SAMPLES,
            ModelDocumentationForms::sample),
        new DocumentType<>(ModelDocumentation.DOCUMENT_TYPE, FormVersion.COP_DRAFT_2024_11.id(),
            FormVersion.COP_DRAFT_2024_11.name(), false, DraftModelDocumentation.class, DRAFT_2024_11,
            DRAFT_SAMPLES, ModelDocumentationForms::sample));
  }
}
