package io.github.gpai4j.core.documentation;

import com.fasterxml.jackson.annotation.JsonInclude;
import io.github.gpai4j.core.data.Dataset;
import java.time.YearMonth;
import java.util.List;

import org.immutables.value.Value;
import org.jspecify.annotations.Nullable;
import tools.jackson.databind.annotation.JsonDeserialize;
import tools.jackson.databind.annotation.JsonSerialize;

/**
 * Section 6 of the Model Documentation Form, data used for training, testing and validation (MDF-6.1 to MDF-6.8).
 *
 * <p>Every item may be missing: a half-filled section is a legal draft.
 *
 * @since 0.1.0
 */
@Value.Immutable
@JsonSerialize(as = ImmutableTrainingData.class)
@JsonDeserialize(as = ImmutableTrainingData.class)
public abstract class TrainingData {
  TrainingData() {}

  /**
   * Returns the data types and modalities; Annex XI 1(2)(c), Annex XII 2(c) (MDF-6.1).
   *
   * @return the answer, or null if not given
   */
  public abstract @Nullable ModalitySelection modalities();

  /**
   * Returns the provenance of the data; Annex XI 1(2)(c), Annex XII 2(c) (MDF-6.2).
   *
   * @return the answer, or null if not given
   */
  public abstract @Nullable ProvenanceSelection provenance();

  /**
   * Returns how the data was obtained and selected (about 300 words recommended); Annex XI 1(2)(c) (MDF-6.3).
   *
   * @return the answer, or null if not given
   */
  public abstract @Nullable String acquisitionAndSelection();

  /**
   * Returns the number of data points per set to at least one significant figure, for national competent authorities; Annex XI 1(2)(c) (MDF-6.4a).
   *
   * @return the answer, or null if not given
   */
  public abstract @Nullable DataPoints dataPointsApproximate();

  /**
   * Returns the number of data points per set to at least two significant figures, for the AI Office; Annex XI 1(2)(c) (MDF-6.4b).
   *
   * @return the answer, or null if not given
   */
  public abstract @Nullable DataPoints dataPoints();

  /**
   * Returns the scope and main characteristics of the data (about 200 words recommended); Annex XI 1(2)(c) (MDF-6.5).
   *
   * @return the answer, or null if not given
   */
  public abstract @Nullable String scope();

  /**
   * Returns the data curation methodologies (about 300 words recommended); Annex XI 1(2)(c), Annex XII 2(c) (MDF-6.6).
   *
   * @return the answer, or null if not given
   */
  public abstract @Nullable String curation();

  /**
   * Returns the measures to detect unsuitable data sources, including illegal content (about 400 words recommended); Annex XI 1(2)(c) (MDF-6.7).
   *
   * @return the answer, or null if not given
   */
  public abstract @Nullable String unsuitabilityDetection();

  /**
   * Returns the measures to detect identifiable biases (about 200 words recommended); Annex XI 1(2)(c) (MDF-6.8).
   *
   * @return the answer, or null if not given
   */
  public abstract @Nullable String biasDetection();

  /**
   * Returns the named data sets used for training, testing or validation, as providers list them next to the
   * provenance check-boxes of MDF-6.2 (Annex XI 1(2)(c) asks for the "type and provenance of data"). Not an item of
   * the form: the form has no place for a list, and the public summary of training content lists the same
   * {@link Dataset} values (template sections 2.1 and 2.2.2).
   *
   * @return the data sets in order; empty if the document lists none
   * @since 0.3.0
   */
  @JsonInclude(JsonInclude.Include.NON_EMPTY)
  public abstract List<Dataset> datasets();

  /**
   * Returns the month of the most recent data in the training data (the data cut-off), which providers state next
   * to MDF-6.3; the public summary of training content asks for the same month (template section 1.3). Not an item
   * of the form.
   *
   * @return the month, or null if not given
   * @since 0.3.0
   */
  public abstract @Nullable YearMonth dataCutoff();

  // Copy methods: implemented by the generated class; declared here so that they are public API.

  /**
   * Returns a copy of this value with another {@link #modalities()}.
   *
   * @param value the new value, or null for none
   * @return the copy, or this value if the new value is the same
   */
  public abstract TrainingData withModalities(@Nullable ModalitySelection value);

  /**
   * Returns a copy of this value with another {@link #provenance()}.
   *
   * @param value the new value, or null for none
   * @return the copy, or this value if the new value is the same
   */
  public abstract TrainingData withProvenance(@Nullable ProvenanceSelection value);

  /**
   * Returns a copy of this value with another {@link #acquisitionAndSelection()}.
   *
   * @param value the new value, or null for none
   * @return the copy, or this value if the new value is the same
   */
  public abstract TrainingData withAcquisitionAndSelection(@Nullable String value);

  /**
   * Returns a copy of this value with another {@link #dataPointsApproximate()}.
   *
   * @param value the new value, or null for none
   * @return the copy, or this value if the new value is the same
   */
  public abstract TrainingData withDataPointsApproximate(@Nullable DataPoints value);

  /**
   * Returns a copy of this value with another {@link #dataPoints()}.
   *
   * @param value the new value, or null for none
   * @return the copy, or this value if the new value is the same
   */
  public abstract TrainingData withDataPoints(@Nullable DataPoints value);

  /**
   * Returns a copy of this value whose {@link #datasets()} holds the given elements in order.
   *
   * @param elements the elements, not null
   * @return the copy
   * @since 0.3.0
   */
  public abstract TrainingData withDatasets(Iterable<? extends Dataset> elements);

  /**
   * Returns a copy of this value with another {@link #dataCutoff()}.
   *
   * @param value the new value, or null for none
   * @return the copy, or this value if the new value is the same
   * @since 0.3.0
   */
  public abstract TrainingData withDataCutoff(@Nullable YearMonth value);

  /**
   * Returns a copy of this value with another {@link #scope()}.
   *
   * @param value the new value, or null for none
   * @return the copy, or this value if the new value is the same
   */
  public abstract TrainingData withScope(@Nullable String value);

  /**
   * Returns a copy of this value with another {@link #curation()}.
   *
   * @param value the new value, or null for none
   * @return the copy, or this value if the new value is the same
   */
  public abstract TrainingData withCuration(@Nullable String value);

  /**
   * Returns a copy of this value with another {@link #unsuitabilityDetection()}.
   *
   * @param value the new value, or null for none
   * @return the copy, or this value if the new value is the same
   */
  public abstract TrainingData withUnsuitabilityDetection(@Nullable String value);

  /**
   * Returns a copy of this value with another {@link #biasDetection()}.
   *
   * @param value the new value, or null for none
   * @return the copy, or this value if the new value is the same
   */
  public abstract TrainingData withBiasDetection(@Nullable String value);

  /**
   * Returns a builder for this section.
   *
   * @return a new builder
   */
  public static Builder builder() {
    return new Builder();
  }

  /** Builds a {@link TrainingData}; every item is optional. */
  public static final class Builder extends ImmutableTrainingData.Builder {
    Builder() {}
  }
}
