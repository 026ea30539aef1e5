package io.github.gpai4j.taxonomy.incident;

import io.github.gpai4j.core.Instrument;
import io.github.gpai4j.core.LegalBasis;

/**
 * The severity categories of Measure&nbsp;9.3 of the Safety and Security chapter, each with the number of days after
 * the signatory becomes aware of the model's involvement by which the initial report is due.
 *
 * <p>Measure 9.3 counts plain days, not business days (gpai-reference.md section 6.4.11); the Framework and Model
 * Report notifications of Measures 1.4 and 7.7 count business days instead. The most severe category that applies
 * sets the deadline: an incident that is both a death and a cybersecurity breach is reported within 5 days.
 *
 * @since 0.3.0
 */
public enum IncidentSeverity {
  /** A serious and irreversible disruption of the management or operation of critical infrastructure: 2 days. */
  CRITICAL_INFRASTRUCTURE_DISRUPTION(2),
  /** A serious cybersecurity breach, including (self-)exfiltration of model weights and cyberattacks: 5 days. */
  SERIOUS_CYBERSECURITY_BREACH(5),
  /** The death of a person: 10 days. */
  DEATH(10),
  /**
   * Serious harm to a person's health (mental or physical), an infringement of obligations under Union law
   * intended to protect fundamental rights, or serious harm to property or the environment: 15 days.
   */
  HEALTH_RIGHTS_PROPERTY_ENVIRONMENT(15);

  private final int initialReportDays;

  IncidentSeverity(int initialReportDays) {
    this.initialReportDays = initialReportDays;
  }

  /**
   * Returns the number of days after awareness of the model's involvement within which the initial report is due.
   *
   * @return 2, 5, 10 or 15
   */
  public int initialReportDays() {
    return initialReportDays;
  }

  /**
   * Returns the provision that sets the period: Measure 9.3 of the Safety and Security chapter.
   *
   * @return the legal basis
   */
  public LegalBasis legalBasis() {
    return LegalBasis.measure(Instrument.COP_SAFETY_AND_SECURITY, "9.3");
  }
}
