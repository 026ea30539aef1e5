package io.github.gpai4j.taxonomy.mitigation;

import io.github.gpai4j.core.Instrument;
import io.github.gpai4j.core.LegalBasis;

/**
 * Whether a mitigation is a safety mitigation (Commitment 5 of the Safety and Security chapter) or a security
 * mitigation (Commitment 6).
 *
 * @since 0.1.0
 */
public enum MitigationType {
  /** Commitment 5: safety mitigations throughout the model lifecycle. */
  SAFETY("5"),
  /** Commitment 6: cybersecurity of the model and its physical infrastructure. */
  SECURITY("6");

  private final String commitment;

  MitigationType(String commitment) {
    this.commitment = commitment;
  }

  /**
   * Returns the commitment that governs this type of mitigation.
   *
   * @return the legal basis, never null
   */
  public LegalBasis legalBasis() {
    return LegalBasis.commitment(Instrument.COP_SAFETY_AND_SECURITY, commitment);
  }
}
