package io.github.gpai4j.evaluation.classification;

import io.github.gpai4j.core.Instrument;
import io.github.gpai4j.core.LegalBasis;

/**
 * A condition of the open-source exemption of Arts.&nbsp;53(2) and 54(6) of Regulation (EU) 2024/1689, as detailed by
 * the Commission guidelines (section 4) and Recitals 102-104.
 *
 * @since 0.1.0
 */
public enum ExemptionCondition {
  /** The licence carries none of the disqualifying terms the guidelines list. */
  NO_DISQUALIFYING_LICENCE_TERMS(LegalBasis.section(Instrument.COMMISSION_GUIDELINES, "4")),
  /** Anyone can freely access the model. */
  FREE_ACCESS(LegalBasis.article(53, "2")),
  /** Anyone can freely use the model. */
  FREE_USE(LegalBasis.article(53, "2")),
  /** Anyone can freely modify the model. */
  FREE_MODIFICATION(LegalBasis.article(53, "2")),
  /** Anyone can freely distribute the model. */
  FREE_DISTRIBUTION(LegalBasis.article(53, "2")),
  /** Parameters including weights are public. */
  WEIGHTS_PUBLIC(LegalBasis.article(53, "2")),
  /** Architecture information is public. */
  ARCHITECTURE_PUBLIC(LegalBasis.article(53, "2")),
  /** Usage information is public. */
  USAGE_INFORMATION_PUBLIC(LegalBasis.article(53, "2")),
  /** The model is not monetised. */
  NOT_MONETISED(LegalBasis.recital(103)),
  /** The model is not a GPAI model with systemic risk. */
  NO_SYSTEMIC_RISK(LegalBasis.article(53, "2"));

  private final LegalBasis legalBasis;

  ExemptionCondition(LegalBasis legalBasis) {
    this.legalBasis = legalBasis;
  }

  /**
   * Returns the provision that states the condition.
   *
   * @return the legal basis, never null
   */
  public LegalBasis legalBasis() {
    return legalBasis;
  }
}
