package io.github.gpai4j.evaluation.classification;

/**
 * The systemic-risk status of a GPAI model under Arts.&nbsp;51 and 52 of Regulation (EU) 2024/1689.
 *
 * @since 0.1.0
 */
public enum SystemicRiskStatus {
  /**
   * High-impact capabilities are presumed: cumulative training compute is strictly greater than 10^25 FLOP
   * (Art.&nbsp;51(2)), including after rejected or pending Art.&nbsp;52(2) arguments, or the model is a modification of a
   * model with systemic risk by a modifier who became its provider (guidelines, section 3.2).
   */
  PRESUMED,
  /** Designated by the Commission (Art.&nbsp;52(1), last sentence, or 52(4)). */
  DESIGNATED,
  /** The presumption applies but the Commission accepted the provider's Art.&nbsp;52(2) arguments. */
  REBUTTED,
  /** Compute is known not to exceed the threshold and there is no designation. */
  NOT_PRESUMED,
  /** The facts do not decide it, for example because the compute interval straddles the threshold. */
  INDETERMINATE
}
