package io.github.gpai4j.taxonomy.risk;

import io.github.gpai4j.taxonomy.ModelAffordance;
import io.github.gpai4j.taxonomy.ModelCapability;
import io.github.gpai4j.taxonomy.ModelPropensity;
import java.util.List;
import org.immutables.value.Value;
import org.jspecify.annotations.Nullable;
import tools.jackson.databind.annotation.JsonDeserialize;
import tools.jackson.databind.annotation.JsonSerialize;

/**
 * A systemic risk scenario (Measure 2.2 of the Safety and Security chapter): one way an identified systemic risk
 * could materialise, with the pathway, the actors, the risk sources involved (Appendix 1.3) and, once analysed,
 * the estimates of probability and severity (Measure 3.4, in any format: scores, matrices or distributions).
 *
 * @since 0.1.0
 */
@Value.Immutable
@JsonSerialize(as = ImmutableRiskScenario.class)
@JsonDeserialize(as = ImmutableRiskScenario.class)
public abstract class RiskScenario {

  RiskScenario() {}

  /**
   * Returns a new builder.
   *
   * @return the builder
   */
  public static Builder builder() {
    return new Builder();
  }

  /** Builds a {@link RiskScenario}; every part is optional. */
  public static final class Builder extends ImmutableRiskScenario.Builder {
    Builder() {}
  }

  /**
   * Returns the signatory's identifier for the scenario.
   *
   * @return the identifier, or null if not given
   */
  public abstract @Nullable String id();

  /**
   * Returns a description of the scenario.
   *
   * @return the description, or null if not given
   */
  public abstract @Nullable String description();

  /**
   * Returns the steps of the pathway from the model to the harm, in order.
   *
   * @return an unmodifiable list, empty if not given
   */
  public abstract List<String> pathway();

  /**
   * Returns who drives the scenario, such as a malicious actor profile or the model itself.
   *
   * @return the actors, or null if not given
   */
  public abstract @Nullable String actors();

  /**
   * Returns the model capabilities involved.
   *
   * @return an unmodifiable list, empty if none given
   */
  public abstract List<ModelCapability> capabilities();

  /**
   * Returns the model propensities involved.
   *
   * @return an unmodifiable list, empty if none given
   */
  public abstract List<ModelPropensity> propensities();

  /**
   * Returns the model affordances and other sources involved.
   *
   * @return an unmodifiable list, empty if none given
   */
  public abstract List<ModelAffordance> affordances();

  /**
   * Returns the estimated probability, in whatever format the signatory uses ("unlikely", "5-10 %").
   *
   * @return the estimate, or null if not yet estimated
   */
  public abstract @Nullable String probabilityEstimate();

  /**
   * Returns the estimated severity, in whatever format the signatory uses ("critical", "EUR 1-10 bn").
   *
   * @return the estimate, or null if not yet estimated
   */
  public abstract @Nullable String severityEstimate();
}
