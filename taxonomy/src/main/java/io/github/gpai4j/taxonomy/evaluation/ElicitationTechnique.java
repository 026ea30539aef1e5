package io.github.gpai4j.taxonomy.evaluation;

/**
 * The techniques Appendix 3.2 of the Safety and Security chapter names for eliciting a model's capabilities,
 * propensities, affordances and effects at least at the state of the art, so as to minimise under-elicitation
 * and model deception during evaluation (for example sandbagging).
 *
 * @since 0.1.0
 */
public enum ElicitationTechnique {
  /** Adapting test-time compute. */
  TEST_TIME_COMPUTE,
  /** Adapting rate limits. */
  RATE_LIMITS,
  /** Adapting scaffolding. */
  SCAFFOLDING,
  /** Adapting tools. */
  TOOLS,
  /** Fine-tuning. */
  FINE_TUNING,
  /** Prompt engineering. */
  PROMPT_ENGINEERING,
  /** Another technique. */
  OTHER
}
