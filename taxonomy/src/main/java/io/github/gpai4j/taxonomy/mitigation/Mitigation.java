package io.github.gpai4j.taxonomy.mitigation;

import java.util.List;
import org.immutables.value.Value;
import org.jspecify.annotations.Nullable;
import tools.jackson.databind.annotation.JsonDeserialize;
import tools.jackson.databind.annotation.JsonSerialize;

/**
 * A safety or security mitigation that a signatory implements or plans for one or more identified systemic risks
 * (Commitments 5 and 6 of the Safety and Security chapter), with its known limitations, which the Model Report
 * lists (Measure 7.3(2) and (3)).
 *
 * <p>A draft mitigation is a legal value: only what is known need be set. {@code MitigationValidator} (module {@code gpai4j-evaluation})
 * reports inconsistencies.
 *
 * @since 0.1.0
 */
@Value.Immutable
@JsonSerialize(as = ImmutableMitigation.class)
@JsonDeserialize(as = ImmutableMitigation.class)
public abstract class Mitigation {

  Mitigation() {}

  /**
   * Returns a new builder.
   *
   * @return the builder
   */
  public static Builder builder() {
    return new Builder();
  }

  /** Builds a {@link Mitigation}; every part is optional. */
  public static final class Builder extends ImmutableMitigation.Builder {
    Builder() {}
  }

  /**
   * Returns the signatory's identifier for this mitigation, used to refer to it from other records.
   *
   * @return the identifier, or null if not given
   */
  public abstract @Nullable String id();

  /**
   * Returns whether this is a safety or a security mitigation.
   *
   * @return the type, or null if not given
   */
  public abstract @Nullable MitigationType type();

  /**
   * Returns a short description of the mitigation.
   *
   * @return the description, or null if not given
   */
  public abstract @Nullable String description();

  /**
   * Returns the identifiers of the systemic risks ({@code SystemicRisk.id()}) this mitigation addresses.
   *
   * @return an unmodifiable list, empty if none linked yet
   */
  public abstract List<String> riskIds();

  /**
   * Returns the Measure 5.1 kinds this safety mitigation belongs to.
   *
   * @return an unmodifiable list, empty if none or if a security mitigation
   */
  public abstract List<SafetyMitigationKind> safetyKinds();

  /**
   * Returns the Appendix 4 objectives this security mitigation serves.
   *
   * @return an unmodifiable list, empty if none or if a safety mitigation
   */
  public abstract List<SecurityObjective> securityObjectives();

  /**
   * Returns why the signatory departs from the measure Appendix 4 lists for an objective, and how the
   * alternative achieves the same objective (Measure 6.2, reported under Measure 7.3(3)).
   *
   * @return the justification, or null if the listed measures are followed or nothing is said
   */
  public abstract @Nullable String deviationFromListedMeasure();

  /**
   * Returns the known limitations of the mitigation, such as ways it can be circumvented.
   *
   * @return an unmodifiable list, empty if none stated
   */
  public abstract List<String> limitations();

  /**
   * Returns whether the mitigation is already implemented; planned mitigations are reported among the plans for
   * the next six months (Measure 7.3(4)).
   *
   * @return true if implemented, false if planned, null if not stated
   */
  public abstract @Nullable Boolean implemented();
}
