package io.github.gpai4j.core.profile;

/**
 * A licence term that, according to the Commission guidelines (section 4), prevents a licence from being free and
 * open-source within the meaning of Art.&nbsp;53(2) of Regulation (EU) 2024/1689.
 *
 * @since 0.1.0
 */
public enum LicenceRestriction {
  /** Non-commercial or research-only use. */
  NON_COMMERCIAL_OR_RESEARCH_ONLY,
  /** Distribution of the model or its components is prohibited. */
  NO_DISTRIBUTION,
  /** Usage limits triggered by user-scale thresholds, such as monthly-active-user caps requiring extra licences. */
  USER_SCALE_LIMIT,
  /** Separate commercial licences are required for specific uses. */
  SEPARATE_COMMERCIAL_LICENCE,
  /** Any other restriction beyond attribution, same-terms distribution and narrow safety-oriented limits. */
  OTHER_RESTRICTION
}
