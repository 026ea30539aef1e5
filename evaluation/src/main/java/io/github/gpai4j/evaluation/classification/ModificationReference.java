package io.github.gpai4j.evaluation.classification;

/**
 * The compute to which a modification is compared (Commission guidelines, section 3.2).
 *
 * @since 0.1.0
 */
public enum ModificationReference {
  /** The original model's training compute, known or estimated. */
  ORIGINAL_MODEL_COMPUTE,
  /** Original compute unknown and the original has systemic risk: 10^25 FLOP, so the threshold is 1/3 · 10^25. */
  FALLBACK_SYSTEMIC_RISK_THRESHOLD,
  /** Original compute unknown and the original has no systemic risk: 10^23 FLOP, threshold 1/3 · 10^23. */
  FALLBACK_GPAI_THRESHOLD,
  /** Original compute unknown and whether it has systemic risk unknown: both fallbacks are tried. */
  FALLBACK_UNDECIDED
}
