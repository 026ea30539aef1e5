package io.github.gpai4j.core.profile;

/**
 * How a training-compute figure was obtained (annex to the Commission guidelines: any method is accepted if, in the
 * provider's best judgement, it is accurate within 30 percent; assumptions and uncertainties are documented).
 *
 * @since 0.1.0
 */
public enum EstimationMethod {
  /** Architecture-based approximation {@code C ≈ 6 · P · D} for large dense transformers. */
  ARCHITECTURE_6PD,
  /** Hardware-based estimate {@code C = N · L · H · U} (units, seconds, peak FLOP/s, utilisation). */
  HARDWARE_BASED,
  /** Counted or measured during training. */
  MEASURED,
  /** Any other method, described elsewhere. */
  OTHER
}
