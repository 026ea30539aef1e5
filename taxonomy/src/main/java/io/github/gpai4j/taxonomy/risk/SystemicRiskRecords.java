package io.github.gpai4j.taxonomy.risk;

import io.github.gpai4j.taxonomy.evaluation.ModelEvaluation;
import io.github.gpai4j.taxonomy.mitigation.Mitigation;
import io.github.gpai4j.taxonomy.mitigation.SecurityGoal;
import java.util.List;
import org.immutables.value.Value;
import org.jspecify.annotations.Nullable;
import tools.jackson.databind.annotation.JsonDeserialize;
import tools.jackson.databind.annotation.JsonSerialize;

/**
 * The records of one systemic risk assessment and mitigation process under the Safety and Security chapter of the
 * GPAI Code of Practice, kept together so that they can be checked against each other: the identified systemic
 * risks (Commitment 2), the model evaluations (Measure 3.2), the acceptance determinations (Measures 4.1 and 4.2),
 * the safety and security mitigations (Commitments 5 and 6) and the Security Goal (Measure 6.1). The Model Report
 * documents these records for the AI Office (Commitment 7).
 *
 * <p>Its JSON form is {@code {"risks": [...], "mitigations": [...], "evaluations": [...], "determinations": [...],
 * "securityGoal": {...}}}; the findings of {@code SystemicRiskRecordsValidator} (module {@code gpai4j-evaluation}) point into it. A draft is a legal
 * value: every part may be missing.
 *
 * @since 0.1.0
 */
@Value.Immutable
@JsonSerialize(as = ImmutableSystemicRiskRecords.class)
@JsonDeserialize(as = ImmutableSystemicRiskRecords.class)
public abstract class SystemicRiskRecords {

  SystemicRiskRecords() {}

  /**
   * Returns a new builder.
   *
   * @return the builder
   */
  public static Builder builder() {
    return new Builder();
  }

  /** Builds {@link SystemicRiskRecords}; every part is optional. */
  public static final class Builder extends ImmutableSystemicRiskRecords.Builder {
    Builder() {}
  }

  /**
   * Returns the identified systemic risks (Commitment 2), which Measure 2.1(2) says include every specified
   * systemic risk of Appendix 1.4.
   *
   * @return an unmodifiable list, empty if none given
   */
  public abstract List<SystemicRisk> risks();

  /**
   * Returns the safety and security mitigations (Commitments 5 and 6).
   *
   * @return an unmodifiable list, empty if none given
   */
  public abstract List<Mitigation> mitigations();

  /**
   * Returns the model evaluations (Measure 3.2).
   *
   * @return an unmodifiable list, empty if none given
   */
  public abstract List<ModelEvaluation> evaluations();

  /**
   * Returns the systemic risk acceptance determinations (Measures 4.1 and 4.2).
   *
   * @return an unmodifiable list, empty if none given
   */
  public abstract List<RiskAcceptanceDetermination> determinations();

  /**
   * Returns the Security Goal (Measure 6.1).
   *
   * @return the goal, or null if not given
   */
  public abstract @Nullable SecurityGoal securityGoal();
}
