package io.github.gpai4j.taxonomy.risk;

import com.fasterxml.jackson.annotation.JsonAutoDetect;
import io.github.gpai4j.taxonomy.ContributingCharacteristic;
import io.github.gpai4j.taxonomy.ModelAffordance;
import io.github.gpai4j.taxonomy.ModelCapability;
import io.github.gpai4j.taxonomy.ModelPropensity;
import io.github.gpai4j.taxonomy.SpecifiedSystemicRisk;
import io.github.gpai4j.taxonomy.SystemicRiskType;
import java.util.List;
import org.immutables.value.Value;
import org.jspecify.annotations.Nullable;
import tools.jackson.databind.annotation.JsonDeserialize;
import tools.jackson.databind.annotation.JsonSerialize;

/**
 * A systemic risk that a provider has identified for its model (Commitment 2 of the Safety and Security chapter):
 * its type(s) from Appendix 1.1, whether it is one of the specified systemic risks of Appendix 1.4, its nature
 * (Appendix 1.2) and sources (Appendix 1.3), the scenarios of Measure 2.2, and the acceptance criteria of Measure
 * 4.1.
 *
 * <p>A half-filled risk is a legal value: a draft builds with any part missing. {@code SystemicRiskValidator} (module {@code gpai4j-evaluation}) reports
 * what Measures 2.2 and 4.1 still require, such as tiers for a specified risk.
 *
 * <pre>{@code
 * SystemicRisk cyber = SystemicRisk.builder()
 *     .id("R-CYBER")
 *     .specifiedRisk(SpecifiedSystemicRisk.CYBER_OFFENCE)
 *     .addTypes(SystemicRiskType.PUBLIC_SECURITY)
 *     .addCapabilities(ModelCapability.OFFENSIVE_CYBER)
 *     .build();
 * }</pre>
 *
 * @since 0.1.0
 */
@Value.Immutable
@JsonAutoDetect(isGetterVisibility = JsonAutoDetect.Visibility.NONE)
@JsonSerialize(as = ImmutableSystemicRisk.class)
@JsonDeserialize(as = ImmutableSystemicRisk.class)
public abstract class SystemicRisk {

  SystemicRisk() {}

  /**
   * Returns a new builder.
   *
   * @return the builder
   */
  public static Builder builder() {
    return new Builder();
  }

  /** Builds a {@link SystemicRisk}; every part is optional. */
  public static final class Builder extends ImmutableSystemicRisk.Builder {
    Builder() {}
  }

  /**
   * Returns the provider's identifier for the risk, used by mitigations and determinations to refer to it.
   *
   * @return the identifier, or null if not given
   */
  public abstract @Nullable String id();

  /**
   * Returns the provider's name for the risk.
   *
   * @return the name, or null if not given
   */
  public abstract @Nullable String name();

  /**
   * Returns the provider's description of the risk.
   *
   * @return the description, or null if not given
   */
  public abstract @Nullable String description();

  /**
   * Returns the specified systemic risk (Appendix 1.4) this risk is, if it is one.
   *
   * @return the specified risk, or null for a risk the provider identified beyond the specified ones
   */
  public abstract @Nullable SpecifiedSystemicRisk specifiedRisk();

  /**
   * Returns whether this is one of the specified systemic risks of Appendix 1.4. Derived, hence not part of the
   * JSON form (and a {@code "specified"} property in input is an unknown property, not silently dropped).
   *
   * @return true if {@link #specifiedRisk()} is set
   */
  public final boolean isSpecified() {
    return specifiedRisk() != null;
  }

  /**
   * Returns the types of risk (Appendix 1.1) this risk falls under; types may overlap.
   *
   * @return an unmodifiable list, empty if none given
   */
  public abstract List<SystemicRiskType> types();

  /**
   * Returns the contributing characteristics (Appendix 1.2.2) of this risk.
   *
   * @return an unmodifiable list, empty if none given
   */
  public abstract List<ContributingCharacteristic> contributingCharacteristics();

  /**
   * Returns the model capabilities (Appendix 1.3.1) that are sources of this risk.
   *
   * @return an unmodifiable list, empty if none given
   */
  public abstract List<ModelCapability> capabilities();

  /**
   * Returns the model propensities (Appendix 1.3.2) that are sources of this risk.
   *
   * @return an unmodifiable list, empty if none given
   */
  public abstract List<ModelPropensity> propensities();

  /**
   * Returns the model affordances and other sources (Appendix 1.3.3) of this risk.
   *
   * @return an unmodifiable list, empty if none given
   */
  public abstract List<ModelAffordance> affordances();

  /**
   * Returns the systemic risk scenarios developed for this risk (Measure 2.2).
   *
   * @return an unmodifiable list, empty if none given
   */
  public abstract List<RiskScenario> scenarios();

  /**
   * Returns the acceptance criteria for this risk, normally systemic risk tiers (Measure 4.1).
   *
   * @return an unmodifiable list, empty if none given
   */
  public abstract List<AcceptanceCriterion> acceptanceCriteria();

  /**
   * Returns why systemic risk tiers are unsuitable for this risk, which Measure 4.1 requires before other
   * acceptance criteria may be used (and never for a specified risk).
   *
   * @return the justification, or null if not given
   */
  public abstract @Nullable String tiersUnsuitableJustification();
}
