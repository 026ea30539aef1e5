package io.github.gpai4j.core.documentation;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;
import com.fasterxml.jackson.annotation.JsonPropertyOrder;
import io.github.gpai4j.core.Document;
import io.github.gpai4j.core.Recipient;
import io.github.gpai4j.core.json.JsonDocument;
import org.immutables.value.Value;
import org.jspecify.annotations.Nullable;
import tools.jackson.databind.annotation.JsonDeserialize;
import tools.jackson.databind.annotation.JsonSerialize;

/**
 * Model documentation on the table of the first draft of the GPAI Code of Practice (14 November 2024, Measures 1
 * and 2): form version {@link FormVersion#COP_DRAFT_2024_11} of the {@code model-documentation} document type. The
 * draft asked for 17 rows, each a free-text answer, addressed to the AI Office and national competent authorities
 * in one merged column and to downstream providers in another (first-draft-2024-11.md section 3.1).
 *
 * <p>Its form table ({@code forms/model-documentation-cop-draft-2024-11.tsv}) maps each row to the items of the
 * final form it became ({@link io.github.gpai4j.core.form.FormItem#mapsTo()}); the testing row (15) has no
 * counterpart in the final Model Documentation Form. Every row may be missing: validators say what is.
 *
 * @since 0.2.0
 */
@Value.Immutable
// The header is written from the derived accessors and checked when reading; it has no setter.
@JsonIgnoreProperties(value = {"documentType", "schemaVersion", "formVersion"}, allowGetters = true)
@JsonPropertyOrder({"documentType", "schemaVersion", "formVersion"})
@JsonSerialize(as = ImmutableDraftModelDocumentation.class)
@JsonDeserialize(as = ImmutableDraftModelDocumentation.class)
@JsonDocument(type = ModelDocumentation.DOCUMENT_TYPE, schemaVersions = ModelDocumentation.SCHEMA_VERSION)
public abstract class DraftModelDocumentation implements Document {

  DraftModelDocumentation() {}

  /** Returns {@value ModelDocumentation#DOCUMENT_TYPE}. */
  @Override
  @Value.Derived
  public String documentType() {
    return ModelDocumentation.DOCUMENT_TYPE;
  }

  /** Returns the schema version, {@value ModelDocumentation#SCHEMA_VERSION}. */
  @Override
  @Value.Derived
  public String schemaVersion() {
    return ModelDocumentation.SCHEMA_VERSION;
  }

  /**
   * Returns the form version, {@link FormVersion#COP_DRAFT_2024_11}.
   *
   * @return the form version
   */
  @Value.Derived
  public FormVersion formVersion() {
    return FormVersion.COP_DRAFT_2024_11;
  }

  /**
   * Row 1, general information: model name, evidence of provenance and authenticity, legal name of the developers
   * and owners, model family trade name, unique name of each version.
   *
   * @return the answer, or null
   */
  public abstract @Nullable String generalInformation();

  /**
   * Row 2, intended tasks and type and nature of AI systems in which the model can be integrated.
   *
   * @return the answer, or null
   */
  public abstract @Nullable String intendedTasks();

  /**
   * Row 3, acceptable use policies (with the live URL).
   *
   * @return the answer, or null
   */
  public abstract @Nullable String acceptableUsePolicy();

  /**
   * Row 4, date of release and methods of distribution.
   *
   * @return the answer, or null
   */
  public abstract @Nullable String releaseAndDistribution();

  /**
   * Row 5, interaction of the model with hardware or software that is not part of it.
   *
   * @return the answer, or null
   */
  public abstract @Nullable String externalInteraction();

  /**
   * Row 6, versions of relevant software, where applicable.
   *
   * @return the answer, or null
   */
  public abstract @Nullable String softwareVersions();

  /**
   * Row 7a, architecture and number of parameters.
   *
   * @return the answer, or null
   */
  public abstract @Nullable String architectureAndParameters();

  /**
   * Row 7b, number and types of layers (for the authorities only).
   *
   * @return the answer, or null
   */
  public abstract @Nullable String layers();

  /**
   * Row 8, modality and format of inputs and outputs.
   *
   * @return the answer, or null
   */
  public abstract @Nullable String inputsAndOutputs();

  /**
   * Row 9, licence.
   *
   * @return the answer, or null
   */
  public abstract @Nullable String licence();

  /**
   * Row 10, technical means for integration into AI systems.
   *
   * @return the answer, or null
   */
  public abstract @Nullable String integrationMeans();

  /**
   * Row 11, design specification and training process.
   *
   * @return the answer, or null
   */
  public abstract @Nullable String designAndTraining();

  /**
   * Row 12a, information on the data used for training, testing and validation.
   *
   * @return the answer, or null
   */
  public abstract @Nullable String trainingData();

  /**
   * Row 12b, data sizes, detection of unsuitable sources and of biases (for the authorities only).
   *
   * @return the answer, or null
   */
  public abstract @Nullable String trainingDataDetails();

  /**
   * Row 13, computational resources.
   *
   * @return the answer, or null
   */
  public abstract @Nullable String computationalResources();

  /**
   * Row 14, energy consumption.
   *
   * @return the answer, or null
   */
  public abstract @Nullable String energyConsumption();

  /**
   * Row 15, testing process and results, including a statement if no testing was done.
   *
   * @return the answer, or null
   */
  public abstract @Nullable String testing();

  /**
   * Returns the document as the given recipient receives it: only the rows the draft's table routes to that
   * recipient (its merged column counts for both the AI Office and national competent authorities).
   *
   * @param recipient the recipient, not null
   * @return the projected document
   */
  public DraftModelDocumentation viewFor(Recipient recipient) {
    return RecipientViews.project(this, DraftModelDocumentation.class, ModelDocumentationForms.DRAFT_2024_11.table(),
        recipient);
  }

  /**
   * Returns a builder for a new document.
   *
   * @return a new builder
   */
  public static Builder builder() {
    return new Builder();
  }

  /** Builds a {@link DraftModelDocumentation}; every row is optional. */
  public static final class Builder extends ImmutableDraftModelDocumentation.Builder {
    Builder() {}
  }
}
