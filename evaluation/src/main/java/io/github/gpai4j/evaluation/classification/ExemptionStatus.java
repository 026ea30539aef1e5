package io.github.gpai4j.evaluation.classification;

/**
 * Whether the open-source exemption of Arts.&nbsp;53(2) and 54(6) of Regulation (EU) 2024/1689 applies.
 *
 * @since 0.1.0
 */
public enum ExemptionStatus {
  /** Every condition is known to hold. */
  EXEMPT,
  /** At least one condition is known not to hold. */
  NOT_EXEMPT,
  /** No condition is known to fail, but at least one is unknown. */
  INDETERMINATE
}
