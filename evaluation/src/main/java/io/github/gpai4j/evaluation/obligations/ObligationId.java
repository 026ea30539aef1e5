package io.github.gpai4j.evaluation.obligations;

import io.github.gpai4j.core.LegalBasis;

/**
 * The obligations of a GPAI model provider under Chapter V of Regulation (EU) 2024/1689 that gpai4j derives, in the
 * order of the Act; the constant names are stable identifiers.
 *
 * @since 0.1.0
 */
public enum ObligationId {
  /** Notify the Commission within two weeks that the Art.&nbsp;51(1)(a) condition is met or will be met. */
  ART_52_1_NOTIFICATION(LegalBasis.article(52, "1"),
      "Notify the Commission that the systemic-risk condition is met"),
  /** Draw up and keep up to date technical documentation with at least Annex XI, for the AI Office and NCAs. */
  ART_53_1_A_TECHNICAL_DOCUMENTATION(LegalBasis.article(53, "1", "a"),
      "Draw up and keep up to date technical documentation (Annex XI)"),
  /** Draw up, keep up to date and make available information for downstream providers with at least Annex XII. */
  ART_53_1_B_DOWNSTREAM_INFORMATION(LegalBasis.article(53, "1", "b"),
      "Make information available to downstream providers (Annex XII)"),
  /** Put in place a policy to comply with Union copyright law, honouring Art.&nbsp;4(3) CDSM reservations. */
  ART_53_1_C_COPYRIGHT_POLICY(LegalBasis.article(53, "1", "c"),
      "Put in place a policy to comply with Union copyright law"),
  /** Publish a sufficiently detailed summary of training content on the AI Office template. */
  ART_53_1_D_TRAINING_CONTENT_SUMMARY(LegalBasis.article(53, "1", "d"),
      "Publish a summary of the content used for training"),
  /** Third-country providers appoint an authorised representative in the Union before placing on the market. */
  ART_54_AUTHORISED_REPRESENTATIVE(LegalBasis.article(54, "1"),
      "Appoint an authorised representative established in the Union"),
  /** Evaluate the model with state-of-the-art protocols, including adversarial testing. */
  ART_55_1_A_MODEL_EVALUATION(LegalBasis.article(55, "1", "a"),
      "Evaluate the model, including adversarial testing"),
  /** Assess and mitigate possible systemic risks at Union level. */
  ART_55_1_B_SYSTEMIC_RISK_MITIGATION(LegalBasis.article(55, "1", "b"),
      "Assess and mitigate systemic risks at Union level"),
  /** Track, document and report serious incidents without undue delay. */
  ART_55_1_C_SERIOUS_INCIDENT_REPORTING(LegalBasis.article(55, "1", "c"),
      "Track, document and report serious incidents"),
  /** Ensure an adequate level of cybersecurity for the model and its physical infrastructure. */
  ART_55_1_D_CYBERSECURITY(LegalBasis.article(55, "1", "d"),
      "Ensure adequate cybersecurity for the model and its infrastructure");

  private final LegalBasis legalBasis;
  private final String title;

  ObligationId(LegalBasis legalBasis, String title) {
    this.legalBasis = legalBasis;
    this.title = title;
  }

  /**
   * Returns the provision that lays down the obligation.
   *
   * @return the legal basis, never null
   */
  public LegalBasis legalBasis() {
    return legalBasis;
  }

  /**
   * Returns a short English title of the obligation.
   *
   * @return the title, never null
   */
  public String title() {
    return title;
  }
}
