package io.github.gpai4j.core.documentation;

import io.github.gpai4j.core.Applicable;
import org.immutables.value.Value;
import org.jspecify.annotations.Nullable;
import tools.jackson.databind.annotation.JsonDeserialize;
import tools.jackson.databind.annotation.JsonSerialize;

/**
 * Additional technical documentation for general-purpose AI models with systemic risk (Annex XI section 2, collected under CoP Safety and Security Measure 10.1 rather than by the Model Documentation Form): evaluation strategies and results, adversarial testing and model adaptations, and system architecture.
 *
 * <p>Every item may be missing: a half-filled section is a legal draft.
 *
 * @since 0.1.0
 */
@Value.Immutable
@JsonSerialize(as = ImmutableSystemicRiskDocumentation.class)
@JsonDeserialize(as = ImmutableSystemicRiskDocumentation.class)
public abstract class SystemicRiskDocumentation {
  SystemicRiskDocumentation() {}

  /**
   * Returns a detailed description of the evaluation strategies and results, with criteria, metrics and the method for identifying limitations (Annex XI 2(1)).
   *
   * @return the answer, or null if not given
   */
  public abstract @Nullable String evaluationStrategies();

  /**
   * Returns a detailed description of internal or external adversarial testing (for example red teaming) and of model adaptations such as alignment and fine-tuning (Annex XI 2(2)).
   *
   * @return the answer, or null if not given
   */
  public abstract @Nullable String adversarialTesting();

  /**
   * Returns a detailed description of the system architecture, or {@code N/A} where not applicable (Annex XI 2(3)), or {@code N/A}.
   *
   * @return the answer, or null if not given
   */
  public abstract @Nullable Applicable<String> systemArchitecture();

  // Copy methods: implemented by the generated class; declared here so that they are public API.

  /**
   * Returns a copy of this value with another {@link #evaluationStrategies()}.
   *
   * @param value the new value, or null for none
   * @return the copy, or this value if the new value is the same
   */
  public abstract SystemicRiskDocumentation withEvaluationStrategies(@Nullable String value);

  /**
   * Returns a copy of this value with another {@link #adversarialTesting()}.
   *
   * @param value the new value, or null for none
   * @return the copy, or this value if the new value is the same
   */
  public abstract SystemicRiskDocumentation withAdversarialTesting(@Nullable String value);

  /**
   * Returns a copy of this value with another {@link #systemArchitecture()}.
   *
   * @param value the new value, or null for none
   * @return the copy, or this value if the new value is the same
   */
  public abstract SystemicRiskDocumentation withSystemArchitecture(@Nullable Applicable<String> value);

  /**
   * Returns a builder for this section.
   *
   * @return a new builder
   */
  public static Builder builder() {
    return new Builder();
  }

  /** Builds a {@link SystemicRiskDocumentation}; every item is optional. */
  public static final class Builder extends ImmutableSystemicRiskDocumentation.Builder {
    Builder() {}
  }
}
