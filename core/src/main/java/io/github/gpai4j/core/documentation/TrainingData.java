package io.github.gpai4j.core.documentation;

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
