package io.github.gpai4j.evaluation.summary;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * Footnote 16 of the template (section 2.3): the domain names "in the top 10 % of all domain names determined by
 * the size of content scraped"; for SMEs, including start-ups, "the top 5 % or the top 1,000 domains, whichever is
 * lower". gpai4j rounds a fractional count up ({@link TopDomainRule}).
 */
class TopDomainRuleTest {

  /** The top 10 % rounded up: one name per started ten domains. */
  @ParameterizedTest(name = "{0} domains ask for {1} names")
  @CsvSource({"0, 0", "1, 1", "9, 1", "10, 1", "11, 2", "19, 2", "20, 2", "21, 3", "100000, 10000",
      "100001, 10001"})
  void a_provider_lists_the_top_ten_per_cent_rounded_up(long domains, long names) {
    assertEquals(names, TopDomainRule.requiredCount(domains, false));
  }

  /** For an SME the top 5 % rounded up, but never more than 1,000 names. */
  @ParameterizedTest(name = "an SME with {0} domains lists {1}")
  @CsvSource({"0, 0", "1, 1", "20, 1", "21, 2", "19980, 999", "19981, 1000", "20000, 1000", "20001, 1000",
      "5000000, 1000"})
  void an_sme_lists_the_lower_of_five_per_cent_and_a_thousand(long domains, long names) {
    assertEquals(names, TopDomainRule.requiredCount(domains, true));
  }

  /** The rounding does not overflow for any count a summary can state. */
  @Test
  void counts_near_the_largest_long_do_not_overflow() {
    assertEquals(Long.MAX_VALUE / 100 * 10 + 1, TopDomainRule.requiredCount(Long.MAX_VALUE, false));
  }

  @Test
  void a_negative_count_is_a_programmer_error() {
    assertThrows(IllegalArgumentException.class, () -> TopDomainRule.requiredCount(-1, false));
  }
}
