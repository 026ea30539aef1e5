package io.github.gpai4j.core.documentation;

import org.immutables.value.Value;
import org.jspecify.annotations.Nullable;
import tools.jackson.databind.annotation.JsonDeserialize;
import tools.jackson.databind.annotation.JsonSerialize;

/**
 * Section 5 of the Model Documentation Form, training process (MDF-5.1 and MDF-5.2).
 *
 * <p>Every item may be missing: a half-filled section is a legal draft.
 *
 * @since 0.1.0
 */
@Value.Immutable
@JsonSerialize(as = ImmutableTrainingProcess.class)
@JsonDeserialize(as = ImmutableTrainingProcess.class)
public abstract class TrainingProcess {
  TrainingProcess() {}

  /**
   * Returns the design specifications of the training process: stages, methods, key choices, assumptions and optimisation target (about 400 words recommended); Annex XI 1(2)(b) (MDF-5.1).
   *
   * @return the answer, or null if not given
   */
  public abstract @Nullable String designSpecification();

  /**
   * Returns how and why key training design choices were made (about 200 words recommended); Annex XI 1(2)(b) (MDF-5.2).
   *
   * @return the answer, or null if not given
   */
  public abstract @Nullable String decisionRationale();

  // Copy methods: implemented by the generated class; declared here so that they are public API.

  /**
   * Returns a copy of this value with another {@link #designSpecification()}.
   *
   * @param value the new value, or null for none
   * @return the copy, or this value if the new value is the same
   */
  public abstract TrainingProcess withDesignSpecification(@Nullable String value);

  /**
   * Returns a copy of this value with another {@link #decisionRationale()}.
   *
   * @param value the new value, or null for none
   * @return the copy, or this value if the new value is the same
   */
  public abstract TrainingProcess withDecisionRationale(@Nullable String value);

  /**
   * Returns a builder for this section.
   *
   * @return a new builder
   */
  public static Builder builder() {
    return new Builder();
  }

  /** Builds a {@link TrainingProcess}; every item is optional. */
  public static final class Builder extends ImmutableTrainingProcess.Builder {
    Builder() {}
  }
}
