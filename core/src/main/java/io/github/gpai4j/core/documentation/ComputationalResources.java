package io.github.gpai4j.core.documentation;

import io.github.gpai4j.core.ComputeAmount;
import org.immutables.value.Value;
import org.jspecify.annotations.Nullable;
import tools.jackson.databind.annotation.JsonDeserialize;
import tools.jackson.databind.annotation.JsonSerialize;

/**
 * Section 7 of the Model Documentation Form, computational resources during training (MDF-7.1a to MDF-7.3).
 *
 * <p>Every item may be missing: a half-filled section is a legal draft.
 *
 * @since 0.1.0
 */
@Value.Immutable
@JsonSerialize(as = ImmutableComputationalResources.class)
@JsonDeserialize(as = ImmutableComputationalResources.class)
public abstract class ComputationalResources {
  ComputationalResources() {}

  /**
   * Returns the measured period and the training-time range, for national competent authorities; Annex XI 1(2)(d) (MDF-7.1a).
   *
   * @return the answer, or null if not given
   */
  public abstract @Nullable TrainingTimeEstimate trainingTimeRange();

  /**
   * Returns the measured period, wall-clock days and hardware days, for the AI Office; Annex XI 1(2)(d) (MDF-7.1b).
   *
   * @return the answer, or null if not given
   */
  public abstract @Nullable TrainingTime trainingTime();

  /**
   * Returns the training compute to its order of magnitude, a power of ten such as {@code 1E+24} FLOP; Annex XI 1(2)(d) (MDF-7.2a).
   *
   * @return the answer, or null if not given
   */
  public abstract @Nullable ComputeAmount trainingComputeOrderOfMagnitude();

  /**
   * Returns the training compute to at least two significant figures, such as {@code 2.4E+25} FLOP; Annex XI 1(2)(d) (MDF-7.2b).
   *
   * @return the answer, or null if not given
   */
  public abstract @Nullable ComputeAmount trainingCompute();

  /**
   * Returns how the training compute was measured or estimated, absent an Art.&nbsp;53(5) delegated act; Annex XI 1(2)(d) (MDF-7.3).
   *
   * @return the answer, or null if not given
   */
  public abstract @Nullable String computeMethodology();

  // Copy methods: implemented by the generated class; declared here so that they are public API.

  /**
   * Returns a copy of this value with another {@link #trainingTimeRange()}.
   *
   * @param value the new value, or null for none
   * @return the copy, or this value if the new value is the same
   */
  public abstract ComputationalResources withTrainingTimeRange(@Nullable TrainingTimeEstimate value);

  /**
   * Returns a copy of this value with another {@link #trainingTime()}.
   *
   * @param value the new value, or null for none
   * @return the copy, or this value if the new value is the same
   */
  public abstract ComputationalResources withTrainingTime(@Nullable TrainingTime value);

  /**
   * Returns a copy of this value with another {@link #trainingComputeOrderOfMagnitude()}.
   *
   * @param value the new value, or null for none
   * @return the copy, or this value if the new value is the same
   */
  public abstract ComputationalResources withTrainingComputeOrderOfMagnitude(@Nullable ComputeAmount value);

  /**
   * Returns a copy of this value with another {@link #trainingCompute()}.
   *
   * @param value the new value, or null for none
   * @return the copy, or this value if the new value is the same
   */
  public abstract ComputationalResources withTrainingCompute(@Nullable ComputeAmount value);

  /**
   * Returns a copy of this value with another {@link #computeMethodology()}.
   *
   * @param value the new value, or null for none
   * @return the copy, or this value if the new value is the same
   */
  public abstract ComputationalResources withComputeMethodology(@Nullable String value);

  /**
   * Returns a builder for this section.
   *
   * @return a new builder
   */
  public static Builder builder() {
    return new Builder();
  }

  /** Builds a {@link ComputationalResources}; every item is optional. */
  public static final class Builder extends ImmutableComputationalResources.Builder {
    Builder() {}
  }
}
