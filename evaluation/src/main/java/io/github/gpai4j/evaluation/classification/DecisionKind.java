package io.github.gpai4j.evaluation.classification;

/**
 * A kind of Commission decision on a model's systemic-risk status under Art.&nbsp;52 of Regulation (EU) 2024/1689.
 *
 * @since 0.1.0
 */
public enum DecisionKind {
  /**
   * Designation as a GPAI model with systemic risk, ex officio or after a qualified alert (Art.&nbsp;52(4)), or because
   * the provider did not notify (Art.&nbsp;52(1), last sentence).
   */
  DESIGNATION,
  /** The provider's Art.&nbsp;52(2) arguments were accepted: the model is not classified as having systemic risk. */
  REBUTTAL_ACCEPTED,
  /** The provider's Art.&nbsp;52(2) arguments were rejected: the model is considered to have systemic risk (52(3)). */
  REBUTTAL_REJECTED,
  /** After a reassessment request, the designation was maintained (Art.&nbsp;52(5), second sentence). */
  REASSESSMENT_MAINTAINED,
  /** After a reassessment request, the model is no longer considered to present systemic risks (Art.&nbsp;52(5)). */
  REASSESSMENT_LIFTED
}
