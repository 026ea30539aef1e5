package io.github.gpai4j.core.profile;

/**
 * A sign that a model is made available against a price or otherwise monetised, which excludes the open-source
 * exemption (Recital 103 of Regulation (EU) 2024/1689; Commission guidelines, section 4). Purely optional paid
 * services, optional premium versions and transactions between microenterprises are not monetisation.
 *
 * @since 0.1.0
 */
public enum MonetisationSign {
  /** Free for some (for example academic) users, paid for others or above a scale. */
  DUAL_LICENSING,
  /** Paid support or services without which the model does not work or is not accessible. */
  REQUIRED_PAID_SERVICES,
  /** Access, use, modification or redistribution requires buying support, training or maintenance. */
  MANDATORY_PURCHASE,
  /** Hosted exclusively on the provider's platform against payment, including free access paid by advertising. */
  EXCLUSIVE_PAID_HOSTING,
  /** Access or use is conditional on processing personal data beyond what model security strictly requires. */
  PERSONAL_DATA_CONDITION
}
