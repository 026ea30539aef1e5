package io.github.gpai4j.core.documentation;

import io.github.gpai4j.core.Applicable;
import io.github.gpai4j.core.ComputeAmount;
import io.github.gpai4j.core.EnergyAmount;
import org.immutables.value.Value;
import org.jspecify.annotations.Nullable;
import tools.jackson.databind.annotation.JsonDeserialize;
import tools.jackson.databind.annotation.JsonSerialize;

/**
 * Section 8 of the Model Documentation Form, energy consumption during training and inference (MDF-8.1 to MDF-8.4).
 *
 * <p>Every item may be missing: a half-filled section is a legal draft.
 *
 * @since 0.1.0
 */
@Value.Immutable
@JsonSerialize(as = ImmutableEnergy.class)
@JsonDeserialize(as = ImmutableEnergy.class)
public abstract class Energy {
  Energy() {}

  /**
   * Returns the energy used for training in MWh to at least two significant figures, or {@code N/A} when a compute or hardware provider withholds what is needed to estimate it; Annex XI 1(2)(e) (MDF-8.1), or {@code N/A}.
   *
   * @return the answer, or null if not given
   */
  public abstract @Nullable Applicable<EnergyAmount> trainingEnergy();

  /**
   * Returns how the training energy was measured or estimated and, for {@code N/A}, what information is lacking (about 100 words recommended); Annex XI 1(2)(e) (MDF-8.2).
   *
   * @return the answer, or null if not given
   */
  public abstract @Nullable String trainingEnergyMethodology();

  /**
   * Returns the benchmarked computation for inference in FLOP to at least two significant figures; Annex XI 1(2)(e) (MDF-8.3).
   *
   * @return the answer, or null if not given
   */
  public abstract @Nullable ComputeAmount inferenceCompute();

  /**
   * Returns the benchmark task and hardware used to measure inference compute; Annex XI 1(2)(e) (MDF-8.4).
   *
   * @return the answer, or null if not given
   */
  public abstract @Nullable String inferenceMethodology();

  // Copy methods: implemented by the generated class; declared here so that they are public API.

  /**
   * Returns a copy of this value with another {@link #trainingEnergy()}.
   *
   * @param value the new value, or null for none
   * @return the copy, or this value if the new value is the same
   */
  public abstract Energy withTrainingEnergy(@Nullable Applicable<EnergyAmount> value);

  /**
   * Returns a copy of this value with another {@link #trainingEnergyMethodology()}.
   *
   * @param value the new value, or null for none
   * @return the copy, or this value if the new value is the same
   */
  public abstract Energy withTrainingEnergyMethodology(@Nullable String value);

  /**
   * Returns a copy of this value with another {@link #inferenceCompute()}.
   *
   * @param value the new value, or null for none
   * @return the copy, or this value if the new value is the same
   */
  public abstract Energy withInferenceCompute(@Nullable ComputeAmount value);

  /**
   * Returns a copy of this value with another {@link #inferenceMethodology()}.
   *
   * @param value the new value, or null for none
   * @return the copy, or this value if the new value is the same
   */
  public abstract Energy withInferenceMethodology(@Nullable String value);

  /**
   * Returns a builder for this section.
   *
   * @return a new builder
   */
  public static Builder builder() {
    return new Builder();
  }

  /** Builds a {@link Energy}; every item is optional. */
  public static final class Builder extends ImmutableEnergy.Builder {
    Builder() {}
  }
}
