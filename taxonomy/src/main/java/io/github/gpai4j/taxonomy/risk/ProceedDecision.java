package io.github.gpai4j.taxonomy.risk;

/**
 * What a signatory decides after determining whether systemic risks are acceptable (Measure 4.2 of the Safety and
 * Security chapter): proceed only if the risks are acceptable; otherwise do not make the model available,
 * restrict it, withdraw it or recall it, as needed.
 *
 * @since 0.1.0
 */
public enum ProceedDecision {
  /** Proceed with development, making available on the market and/or use; only when risks are acceptable. */
  PROCEED,
  /** Do not make the model available on the market (Measure 4.2(1)). */
  NOT_PROCEED,
  /** Restrict availability, for example through licence or usage restrictions (Measure 4.2(1)). */
  RESTRICT,
  /** Withdraw the model from the market (Measure 4.2(1)). */
  WITHDRAW,
  /** Recall the model (Measure 4.2(1)). */
  RECALL
}
