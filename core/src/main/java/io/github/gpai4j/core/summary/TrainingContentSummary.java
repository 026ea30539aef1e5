package io.github.gpai4j.core.summary;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;
import com.fasterxml.jackson.annotation.JsonPropertyOrder;
import io.github.gpai4j.core.Document;
import io.github.gpai4j.core.json.JsonDocument;
import java.time.LocalDate;
import java.util.List;
import org.immutables.value.Value;
import org.jspecify.annotations.Nullable;
import tools.jackson.databind.annotation.JsonDeserialize;
import tools.jackson.databind.annotation.JsonSerialize;

/**
 * The public summary of the content used to train a general-purpose AI model, which every provider draws up and
 * publishes under Art.&nbsp;53(1)(d) of Regulation (EU) 2024/1689 on the template provided by the AI Office
 * (Commission template C(2025) 5235 of 24 July 2025, gpai-reference.md section 7); the open-source exemption of
 * Art.&nbsp;53(2) does not reach it.
 *
 * <p>The header gives the version of the summary, the date of its last update and links to the previous versions.
 * Section 1 ({@link #provider()}, {@link #model()}, {@link #trainingData()}) identifies the provider and the model
 * and characterises the training data; section 2 ({@link #dataSources()}) lists the data sources behind six yes/no
 * questions; section 3 ({@link #dataProcessing()}) describes the processing. The form table and its item ids
 * ({@code TCS-...}) are {@link TrainingContentSummaries#TEMPLATE}.
 *
 * <p>Every item may be missing: a half-filled summary is a legal value, and validators say what the template still
 * asks for. Build with {@link #builder()}; read and write with {@link io.github.gpai4j.core.json.Gpai4jJson}.
 *
 * @since 0.3.0
 */
@Value.Immutable
// The header is written from the derived accessors and checked by Gpai4jJson before binding; it has no setter.
@JsonIgnoreProperties(value = {"documentType", "schemaVersion"}, allowGetters = true)
@JsonPropertyOrder({"documentType", "schemaVersion"})
@JsonSerialize(as = ImmutableTrainingContentSummary.class)
@JsonDeserialize(as = ImmutableTrainingContentSummary.class)
@JsonDocument(type = TrainingContentSummary.DOCUMENT_TYPE, schemaVersions = TrainingContentSummary.SCHEMA_VERSION)
public abstract class TrainingContentSummary implements Document {
  /** The {@code documentType} of a public summary of training content. */
  public static final String DOCUMENT_TYPE = "training-content-summary";
  /** The schema version this release writes. */
  public static final String SCHEMA_VERSION = "1.0";

  TrainingContentSummary() {}

  /** Returns {@value #DOCUMENT_TYPE}. */
  @Override
  @Value.Derived
  public String documentType() {
    return DOCUMENT_TYPE;
  }

  /** Returns the schema version, {@value #SCHEMA_VERSION}. */
  @Override
  @Value.Derived
  public String schemaVersion() {
    return SCHEMA_VERSION;
  }

  /**
   * Returns the version of the summary (template header, "Version of the Summary").
   *
   * @return the version, or null if not given
   */
  public abstract @Nullable String summaryVersion();

  /**
   * Returns the date of the last update of the summary (template header); while training on new data continues,
   * the summary is updated at least every six months.
   *
   * @return the date, or null if not given
   */
  public abstract @Nullable LocalDate lastUpdated();

  /**
   * Returns links to the previous versions of the summary, oldest first; the template's header asks for them next
   * to the version. Not an item of its own: a first version has none to give.
   *
   * @return the links, empty if there are none
   */
  public abstract List<String> previousVersions();

  /**
   * Returns whether the provider is a small or medium-sized enterprise, including a start-up, for which footnote 16
   * of the template asks a shorter list of domain names (the top 5&nbsp;% or the top 1,000, whichever is lower). It
   * is not a template item.
   *
   * @return true or false, or null if the summary does not say (read as not an SME)
   */
  public abstract @Nullable Boolean sme();

  /**
   * Returns section 1.1, the provider and its authorised representative.
   *
   * @return the section, empty if not filled
   */
  @Value.Default
  public ProviderIdentification provider() {
    return ProviderIdentification.builder().build();
  }

  /**
   * Returns section 1.2, the models covered, their dependencies and the date of placement on the Union market.
   *
   * @return the section, empty if not filled
   */
  @Value.Default
  public ModelIdentification model() {
    return ModelIdentification.builder().build();
  }

  /**
   * Returns section 1.3, modalities, overall training data size and other characteristics.
   *
   * @return the section, empty if not filled
   */
  @Value.Default
  public TrainingDataCharacteristics trainingData() {
    return TrainingDataCharacteristics.builder().build();
  }

  /**
   * Returns section 2, the list of data sources.
   *
   * @return the section, empty if not filled
   */
  @Value.Default
  public DataSources dataSources() {
    return DataSources.builder().build();
  }

  /**
   * Returns section 3, data processing.
   *
   * @return the section, empty if not filled
   */
  @Value.Default
  public DataProcessing dataProcessing() {
    return DataProcessing.builder().build();
  }

  /**
   * Returns a copy of this summary with another {@link #lastUpdated()}.
   *
   * @param value the new value, or null for none
   * @return the copy, or this value if the new value is the same
   */
  public abstract TrainingContentSummary withLastUpdated(@Nullable LocalDate value);

  /**
   * Returns a copy of this summary with another {@link #dataSources()}.
   *
   * @param value the new value, not null
   * @return the copy, or this value if the new value is the same
   */
  public abstract TrainingContentSummary withDataSources(DataSources value);

  /**
   * Returns a builder for a new summary.
   *
   * @return a new builder
   */
  public static Builder builder() {
    return new Builder();
  }

  /** Builds a {@link TrainingContentSummary}; every item is optional. */
  public static final class Builder extends ImmutableTrainingContentSummary.Builder {
    Builder() {}
  }
}
