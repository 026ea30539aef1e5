package io.github.gpai4j.taxonomy.evaluation;

/**
 * The kinds of access to the model that Appendix 3.4(1) of the Safety and Security chapter lists as possibly
 * appropriate for evaluation teams.
 *
 * @since 0.1.0
 */
public enum ModelAccess {
  /** Model activations. */
  ACTIVATIONS,
  /** Gradients. */
  GRADIENTS,
  /** Logits or other forms of raw model output. */
  LOGITS_OR_RAW_OUTPUTS,
  /** Chains-of-thought. */
  CHAINS_OF_THOUGHT,
  /** Versions of the model with fewer safety mitigations, such as helpful-only versions. */
  LEAST_MITIGATED_VERSION
}
