package io.github.gpai4j.core.profile;

/**
 * A kind of Commission decision on a model's systemic-risk status under Art.&nbsp;52 of Regulation (EU) 2024/1689.
 *
 * <p>The two designations are kept apart, as the Commission guidelines (sections 2.3.4-2.3.5 in the July 2025 text)
 * keep them: only a designation under Art.&nbsp;52(4) opens the reassessment route of Art.&nbsp;52(5), which speaks of a model
 * "designated as a general-purpose AI model with systemic risk pursuant to paragraph 4".
 *
 * @since 0.1.0
 */
public enum DecisionKind {
  /**
   * Designation as a GPAI model with systemic risk on the basis of the Annex XIII criteria, ex officio or after a
   * qualified alert of the scientific panel (Art.&nbsp;52(4)); the obligations run from the notification of the decision,
   * and reassessment may be requested after six months (Art.&nbsp;52(5)).
   */
  DESIGNATION_ANNEX_XIII,
  /**
   * Designation of a model whose provider did not notify that it meets the Art.&nbsp;51(1)(a) condition (Art.&nbsp;52(1), last
   * sentence); the obligations run from when the condition was met, and Art.&nbsp;52(5) does not apply.
   */
  DESIGNATION_FAILURE_TO_NOTIFY,
  /** The provider's Art.&nbsp;52(2) arguments were accepted: the model is not classified as having systemic risk. */
  REBUTTAL_ACCEPTED,
  /** The provider's Art.&nbsp;52(2) arguments were rejected: the model is considered to have systemic risk (52(3)). */
  REBUTTAL_REJECTED,
  /** After a reassessment request, the designation was maintained (Art.&nbsp;52(5), second sentence). */
  REASSESSMENT_MAINTAINED,
  /** After a reassessment request, the model is no longer considered to present systemic risks (Art.&nbsp;52(5)). */
  REASSESSMENT_LIFTED
}
