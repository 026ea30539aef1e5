package io.github.gpai4j.taxonomy.evaluation;

import io.github.gpai4j.taxonomy.ModelAffordance;
import io.github.gpai4j.taxonomy.ModelCapability;
import io.github.gpai4j.taxonomy.ModelPropensity;
import java.time.LocalDate;
import java.util.List;
import org.immutables.value.Value;
import org.jspecify.annotations.Nullable;
import tools.jackson.databind.annotation.JsonDeserialize;
import tools.jackson.databind.annotation.JsonSerialize;

/**
 * A model evaluation conducted for systemic risk analysis (Measure 3.2 and Appendix 3 of the Safety and Security
 * chapter): the method, what it examined, who conducted it, the elicitation effort (Appendix 3.2), the rigour
 * (Appendix 3.1: internal validity, external validity, reproducibility), whether it assessed mitigation
 * effectiveness (Appendix 3.3), the access and time given to the team (Appendix 3.4) and the results.
 *
 * <p>Lighter-touch evaluations at trigger points (Measure 1.2(1)(a)) need not meet Appendix 3; mark them with
 * {@link #lighterTouch()}. A draft evaluation is a legal value: every part may be missing.
 *
 * @since 0.1.0
 */
@Value.Immutable
@JsonSerialize(as = ImmutableModelEvaluation.class)
@JsonDeserialize(as = ImmutableModelEvaluation.class)
public abstract class ModelEvaluation {

  ModelEvaluation() {}

  /**
   * Returns a new builder.
   *
   * @return the builder
   */
  public static Builder builder() {
    return new Builder();
  }

  /** Builds a {@link ModelEvaluation}; every part is optional. */
  public static final class Builder extends ImmutableModelEvaluation.Builder {
    Builder() {}
  }

  /**
   * Returns the signatory's identifier for the evaluation.
   *
   * @return the identifier, or null if not given
   */
  public abstract @Nullable String id();

  /**
   * Returns a short title, such as the benchmark's name.
   *
   * @return the title, or null if not given
   */
  public abstract @Nullable String title();

  /**
   * Returns the method used.
   *
   * @return the method, or null if not given
   */
  public abstract @Nullable EvaluationMethod method();

  /**
   * Returns the identifiers of the systemic risks this evaluation informs.
   *
   * @return an unmodifiable list, empty if none given
   */
  public abstract List<String> riskIds();

  /**
   * Returns the capabilities examined.
   *
   * @return an unmodifiable list, empty if none given
   */
  public abstract List<ModelCapability> capabilities();

  /**
   * Returns the propensities examined.
   *
   * @return an unmodifiable list, empty if none given
   */
  public abstract List<ModelPropensity> propensities();

  /**
   * Returns the affordances examined.
   *
   * @return an unmodifiable list, empty if none given
   */
  public abstract List<ModelAffordance> affordances();

  /**
   * Returns whether this is a lighter-touch evaluation at a trigger point (Measure 1.2(1)(a)), which need not
   * meet Appendix 3.
   *
   * @return true for a lighter-touch evaluation; false by default
   */
  @Value.Default
  public boolean lighterTouch() {
    return false;
  }

  /**
   * Returns who conducted the evaluation.
   *
   * @return the evaluator kind, or null if not given
   */
  public abstract @Nullable EvaluatorKind evaluatorKind();

  /**
   * Returns the name of the evaluator (team or organisation).
   *
   * @return the name, or null if not given
   */
  public abstract @Nullable String evaluator();

  /**
   * Returns the date the evaluation was completed.
   *
   * @return the date, or null if not given
   */
  public abstract @Nullable LocalDate completedOn();

  /**
   * Returns the elicitation techniques used (Appendix 3.2).
   *
   * @return an unmodifiable list, empty if none given
   */
  public abstract List<ElicitationTechnique> elicitationTechniques();

  /**
   * Returns a description of the elicitation effort, such as compute budget and scaffolding (Appendix 3.2).
   *
   * @return the description, or null if not given
   */
  public abstract @Nullable String elicitationDescription();

  /**
   * Returns whether elicitation at least matched that of misuse actors relevant to the risk scenario
   * (Appendix 3.2, second paragraph, point (1)).
   *
   * @return true, false, or null if unknown
   */
  public abstract @Nullable Boolean matchesMisuseActorElicitation();

  /**
   * Returns whether elicitation matched the expected use context, such as equivalent scaffolding and tool access
   * (Appendix 3.2, second paragraph, point (2)).
   *
   * @return true, false, or null if unknown
   */
  public abstract @Nullable Boolean matchesExpectedUseContext();

  /**
   * Returns how internal validity was ensured (Appendix 3.1(1)), such as sample sizes and train-test separation.
   *
   * @return the description, or null if not given
   */
  public abstract @Nullable String internalValidity();

  /**
   * Returns how external validity was ensured (Appendix 3.1(2)).
   *
   * @return the description, or null if not given
   */
  public abstract @Nullable String externalValidity();

  /**
   * Returns how reproducibility was ensured (Appendix 3.1(3)).
   *
   * @return the description, or null if not given
   */
  public abstract @Nullable String reproducibility();

  /**
   * Returns whether the evaluation assessed the effectiveness of safety mitigations, including under adversarial
   * pressure (Appendix 3.3).
   *
   * @return true, false, or null if unknown
   */
  public abstract @Nullable Boolean assessesMitigationEffectiveness();

  /**
   * Returns the kinds of model access the evaluation team had (Appendix 3.4(1)).
   *
   * @return an unmodifiable list, empty if none given
   */
  public abstract List<ModelAccess> modelAccess();

  /**
   * Returns the time the team had, in business days; Appendix 3.4 considers at least 20 business days
   * appropriate for most risks and methods.
   *
   * @return the number of business days, or null if not given
   */
  public abstract @Nullable Integer businessDaysAllowed();

  /**
   * Returns the results.
   *
   * @return an unmodifiable list, empty if none yet
   */
  public abstract List<EvaluationResult> results();

  /**
   * Rejects a negative number of business days, the only value that makes the record unusable.
   *
   * @throws IllegalStateException if {@link #businessDaysAllowed()} is negative
   */
  @Value.Check
  protected void check() {
    Integer days = businessDaysAllowed();
    if (days != null && days < 0) {
      throw new IllegalStateException("Business days allowed must not be negative, was " + days);
    }
  }
}
