package io.github.gpai4j.taxonomy.framework;

/**
 * The four systemic-risk responsibilities that Measure&nbsp;8.1 of the Safety and Security chapter asks a signatory
 * to define across its organisational levels.
 *
 * @since 0.3.0
 */
public enum Responsibility {
  /** Oversight of systemic risk assessment and mitigation, for example by a risk or audit committee. */
  OVERSIGHT,
  /** Ownership of the systemic risks stemming from the model, by executives responsible for the risk-producing work. */
  OWNERSHIP,
  /** Support and monitoring, by an executive not responsible for risk-producing activities (a Chief Risk Officer). */
  SUPPORT_AND_MONITORING,
  /** Assurance, internal (internal audit) and, where available, external (third-party auditors). */
  ASSURANCE
}
