package io.github.gpai4j.taxonomy.risk;

import io.github.gpai4j.taxonomy.ModelCapability;
import java.util.List;
import org.immutables.value.Value;
import org.jspecify.annotations.Nullable;
import tools.jackson.databind.annotation.JsonDeserialize;
import tools.jackson.databind.annotation.JsonSerialize;

/**
 * One systemic risk acceptance criterion of a signatory for one systemic risk (Measure 4.1 of the Safety and
 * Security chapter), usually a systemic risk tier defined by model capabilities and measurable, together with
 * whether the model has reached it.
 *
 * <p>Drafts are legal values; {@code SystemicRiskValidator} (module {@code gpai4j-evaluation}) reports what Measure 4.1 requires.
 *
 * @since 0.1.0
 */
@Value.Immutable
@JsonSerialize(as = ImmutableAcceptanceCriterion.class)
@JsonDeserialize(as = ImmutableAcceptanceCriterion.class)
public abstract class AcceptanceCriterion {

  AcceptanceCriterion() {}

  /**
   * Returns a new builder.
   *
   * @return the builder
   */
  public static Builder builder() {
    return new Builder();
  }

  /** Builds an {@link AcceptanceCriterion}; every part is optional. */
  public static final class Builder extends ImmutableAcceptanceCriterion.Builder {
    Builder() {}
  }

  /**
   * Returns the signatory's name for the tier or criterion, such as {@code "Cyber tier 2"}.
   *
   * @return the name, or null if not given
   */
  public abstract @Nullable String name();

  /**
   * Returns whether this is a systemic risk tier or another criterion.
   *
   * @return the type, or null if not given
   */
  public abstract @Nullable AcceptanceCriterionType type();

  /**
   * Returns what the tier or criterion says, in the signatory's words.
   *
   * @return the description, or null if not given
   */
  public abstract @Nullable String description();

  /**
   * Returns the model capabilities (Appendix 1.3.1) in terms of which a tier is defined.
   *
   * @return an unmodifiable list, empty if none given
   */
  public abstract List<ModelCapability> definingCapabilities();

  /**
   * Returns further metrics the tier uses beyond capabilities: propensities, risk estimates or other metrics.
   *
   * @return an unmodifiable list, empty if none
   */
  public abstract List<String> otherMetrics();

  /**
   * Returns how the tier or criterion is measured (evaluations, thresholds), which makes it measurable.
   *
   * @return the measurement, or null if not given
   */
  public abstract @Nullable String measurement();

  /**
   * Returns whether the model has reached this tier; unknown is not "not reached".
   *
   * @return true if reached, false if known not reached, null if unknown
   */
  public abstract @Nullable Boolean reached();

  /**
   * Returns the safety and security mitigations the Framework says are needed once this tier is reached
   * (Measure 1.1(2)(b)).
   *
   * @return the description, or null if not given
   */
  public abstract @Nullable String mitigationsOnceReached();
}
