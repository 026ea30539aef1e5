package io.github.gpai4j.evaluation.summary;

/**
 * How many domain names the list of "most relevant domain names crawled" gives (Commission template for the public
 * summary of training content, section 2.3, footnote 16): the top 10&nbsp;% of all domain names crawled, determined
 * by the size of content scraped; for small and medium-sized enterprises, including start-ups, the top 5&nbsp;% or
 * the top 1,000 domains, whichever is lower.
 *
 * <p><b>Rounding.</b> The template gives a share, not a rule for the fraction (UNCONFIRMED: the notice was not read
 * in full, and secondary sources quote no rounding). gpai4j rounds <em>up</em>: {@code ceil(10 % × n)}, or for an
 * SME {@code min(ceil(5 % × n), 1000)}. Rounding down would let a list fall short of the share the footnote names
 * (of 19 domains, one name is 5.3&nbsp;%, not 10&nbsp;%) and would ask for nothing at all of a provider that crawled
 * fewer than ten domains; rounding up never asks for a list that covers less than the stated share, and asks for
 * one name as soon as one domain was crawled. The testkit's oracle ({@code io.github.gpai4j.testkit.TopDomainListCase})
 * reads the footnote the same way. The share is taken over all crawled domains together, not per modality (the
 * sources read do not say; UNCONFIRMED).
 *
 * <p>Examples: 10 domains ask for 1 name, 11 for 2; for an SME, 20 ask for 1, 21 for 2, 19,980 for 999, 19,981 and
 * more for 1,000.
 *
 * @since 0.3.0
 */
public final class TopDomainRule {

  /** The share asked of a provider that is not an SME, in per cent. */
  public static final int PERCENT = 10;
  /** The share asked of an SME, in per cent. */
  public static final int SME_PERCENT = 5;
  /** The cap on an SME's list: "the top 1,000 domains, whichever is lower". */
  public static final int SME_CAP = 1_000;

  private TopDomainRule() {}

  /**
   * Returns the number of domain names the list gives under the rounding described on this class.
   *
   * @param crawledDomains the number of distinct domain names crawled, not negative
   * @param sme whether the provider is an SME, including a start-up; an unknown status is read as not an SME,
   *     which asks for the longer list
   * @return the number of names, not negative
   * @throws IllegalArgumentException if the count is negative
   */
  public static long requiredCount(long crawledDomains, boolean sme) {
    if (crawledDomains < 0) {
      throw new IllegalArgumentException("The number of crawled domains cannot be negative, was " + crawledDomains);
    }
    long percent = sme ? SME_PERCENT : PERCENT;
    // ceil(n * p / 100) without overflow for any count of domains the Internet has
    long ceiling = crawledDomains / 100 * percent + (crawledDomains % 100 * percent + 99) / 100;
    return sme ? Math.min(ceiling, SME_CAP) : ceiling;
  }
}
