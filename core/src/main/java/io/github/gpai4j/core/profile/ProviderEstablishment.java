package io.github.gpai4j.core.profile;

/**
 * Where the provider is established, which decides whether it must appoint an authorised representative in the
 * Union before placing its model on the market (Art.&nbsp;54(1) of Regulation (EU) 2024/1689).
 *
 * @since 0.1.0
 */
public enum ProviderEstablishment {
  /** Established in the Union. */
  UNION,
  /** Established in a third country. */
  THIRD_COUNTRY,
  /** Not known; Art.&nbsp;54 then stays indeterminate. */
  UNKNOWN
}
