package io.github.gpai4j.evaluation.classification;

/**
 * Whether a downstream modifier becomes the provider of the modified GPAI model (Commission guidelines,
 * section 3.2; Recital 109 of Regulation (EU) 2024/1689).
 *
 * @since 0.1.0
 */
public enum ModifierStatus {
  /** The profile does not describe a modification of another provider's model. */
  NOT_A_MODIFICATION,
  /** Modification compute is strictly greater than one third of the reference: the modifier is the provider. */
  PROVIDER_OF_MODIFIED_MODEL,
  /** Modification compute is at most one third of the reference: the original provider remains the provider. */
  NOT_PROVIDER,
  /** The facts given do not decide it. */
  INDETERMINATE
}
