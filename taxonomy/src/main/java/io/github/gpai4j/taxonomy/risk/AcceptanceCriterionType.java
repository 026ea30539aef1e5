package io.github.gpai4j.taxonomy.risk;

/**
 * The two kinds of systemic risk acceptance criteria of Measure 4.1 of the Safety and Security chapter: systemic
 * risk tiers (the default, and the only kind allowed for the specified systemic risks of Appendix 1.4), or other
 * criteria where tiers are unsuitable.
 *
 * @since 0.1.0
 */
public enum AcceptanceCriterionType {
  /**
   * A systemic risk tier: defined in terms of model capabilities (possibly also propensities, risk estimates or
   * other metrics), measurable, and part of a set with at least one tier not yet reached.
   */
  SYSTEMIC_RISK_TIER,
  /** Another acceptance criterion; allowed only where tiers are unsuitable and the risk is not specified. */
  OTHER_CRITERION
}
