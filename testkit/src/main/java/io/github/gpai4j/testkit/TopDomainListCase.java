package io.github.gpai4j.testkit;

/**
 * A training-content summary's list of most relevant crawled domain names, reduced to its counts: how many
 * distinct domains were crawled, whether the provider is an SME, and how many the list names.
 *
 * <p>The Commission's template for the public summary of training content (C(2025) 5235, section 2.3, footnote 16)
 * asks for the domain names in the top 10 % of all domain names by size of content scraped; for SMEs, including
 * start-ups, the top 5 % or the top 1,000 domains, whichever is lower. {@link #requiredDomains()} reads "top 10 %"
 * as at least {@code ceil(10 % × distinct)} names; the rounding rule is UNCONFIRMED (the template does not state
 * it), so tests that depend on it must say so.
 *
 * @param distinctDomains the number of distinct domain names crawled, not negative
 * @param sme whether the provider is a small or medium-sized enterprise (or start-up)
 * @param listedDomains the number of domain names the list gives, not negative
 * @since 0.1.0
 */
public record TopDomainListCase(int distinctDomains, boolean sme, int listedDomains) {

  /** The cap on the SME list, footnote 16 of the template: "the top 1,000 domains, whichever is lower". */
  public static final int SME_CAP = 1_000;

  /**
   * Checks the counts.
   *
   * @param distinctDomains the number of distinct domain names crawled, not negative
   * @param sme whether the provider is a small or medium-sized enterprise (or start-up)
   * @param listedDomains the number of domain names the list gives, not negative
   * @throws IllegalArgumentException if a count is negative
   */
  public TopDomainListCase {
    if (distinctDomains < 0 || listedDomains < 0) {
      throw new IllegalArgumentException(
          "Domain counts must not be negative, were " + distinctDomains + " and " + listedDomains);
    }
  }

  /**
   * Returns the number of domain names the list must give under the reading described on this type:
   * {@code ceil(10 % × distinct)}, or for SMEs {@code min(ceil(5 % × distinct), 1000)}.
   *
   * @return the required count, not negative
   */
  public int requiredDomains() {
    return required(distinctDomains, sme);
  }

  static int required(int distinctDomains, boolean sme) {
    long percent = sme ? 5 : 10;
    int ceiling = (int) ((distinctDomains * percent + 99) / 100);
    return sme ? Math.min(ceiling, SME_CAP) : ceiling;
  }
}
