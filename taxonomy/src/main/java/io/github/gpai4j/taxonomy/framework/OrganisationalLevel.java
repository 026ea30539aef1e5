package io.github.gpai4j.taxonomy.framework;

/**
 * The organisational levels across which Measure&nbsp;8.1 of the Safety and Security chapter allocates
 * systemic-risk responsibilities.
 *
 * @since 0.3.0
 */
public enum OrganisationalLevel {
  /** The management body in its supervisory function, or an independent body such as a council or board. */
  SUPERVISORY_BODY,
  /** The management body in its executive function. */
  EXECUTIVE_BODY,
  /** Operational teams. */
  OPERATIONAL_TEAMS,
  /** Internal assurance providers, such as internal audit, where available. */
  INTERNAL_ASSURANCE,
  /** External assurance providers, such as third-party auditors, where available. */
  EXTERNAL_ASSURANCE
}
