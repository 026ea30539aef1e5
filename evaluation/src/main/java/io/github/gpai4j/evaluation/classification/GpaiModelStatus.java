package io.github.gpai4j.evaluation.classification;

/**
 * Whether a model is a general-purpose AI model (Art.&nbsp;3(63) of Regulation (EU) 2024/1689) as read through the
 * indicative criterion of the Commission guidelines (section 2.1), which is rebuttable in both directions.
 *
 * @since 0.1.0
 */
public enum GpaiModelStatus {
  /** A GPAI model: the criterion is met and not rebutted, or significant generality is established otherwise. */
  GPAI_MODEL,
  /** Not a GPAI model: the criterion is not met and not rebutted, or lack of generality rebuts it. */
  NOT_GPAI_MODEL,
  /** The facts given do not decide it. */
  INDETERMINATE
}
