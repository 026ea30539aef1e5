package io.github.gpai4j.evaluation.rules;

import static org.junit.jupiter.api.Assertions.assertDoesNotThrow;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import io.github.gpai4j.core.LegalBasis;
import java.math.BigDecimal;
import java.time.LocalDate;
import org.junit.jupiter.api.Test;

/** Edges of the rule set's own checks and of the Art. 101(1) maximum. */
class RuleValuesTest {

  private static final GpaiRuleSet CURRENT = GpaiRuleSet.current();

  /**
   * Art. 101(1), "whichever is higher": at EUR 500 000 000 of turnover the 3 % share equals the fixed EUR 15 000 000,
   * and the fixed amount is returned as written; above, the share is.
   */
  @Test
  void fine_maximum_returns_the_fixed_amount_when_equal_and_the_share_when_higher() {
    FineMaximum f = FineMaximum.article101();
    assertEquals(new BigDecimal("15000000"), f.maximumFor(new BigDecimal("500000000")));
    assertEquals(new BigDecimal("15000000.03"), f.maximumFor(new BigDecimal("500000001")));
    assertEquals(new BigDecimal("15000000"), f.maximumFor(BigDecimal.ZERO));
    assertThrows(IllegalArgumentException.class, () -> f.maximumFor(new BigDecimal("-1")));
  }

  /** Zero amounts are possible values of a fine rule; negative ones are not. */
  @Test
  void fine_maximum_accepts_zero_and_rejects_negative_amounts() {
    LegalBasis b = LegalBasis.article(101, "1");
    LocalDate d = LocalDate.of(2026, 8, 2);
    assertDoesNotThrow(() -> new FineMaximum(BigDecimal.ZERO, BigDecimal.ZERO, d, b));
    assertThrows(IllegalArgumentException.class, () -> new FineMaximum(new BigDecimal("-1"), BigDecimal.ONE, d, b));
    assertThrows(IllegalArgumentException.class, () -> new FineMaximum(BigDecimal.ONE, new BigDecimal("-1"), d, b));
  }

  /** The modification fraction must lie in (0, 1]: 1/1 is allowed, 0/3 and 4/3 are not. */
  @Test
  void modification_fraction_bounds() {
    assertDoesNotThrow(() -> GpaiRuleSet.builder().from(CURRENT).modificationFractionNumerator(1)
        .modificationFractionDenominator(1).build());
    assertThrows(IllegalArgumentException.class, () -> GpaiRuleSet.builder().from(CURRENT)
        .modificationFractionNumerator(0).build());
    assertThrows(IllegalArgumentException.class, () -> GpaiRuleSet.builder().from(CURRENT)
        .modificationFractionNumerator(4).build());
  }

  /** The reach presumption needs a positive number of users: 1 is allowed, 0 is not. */
  @Test
  void reach_presumption_must_be_positive() {
    assertDoesNotThrow(() -> GpaiRuleSet.builder().from(CURRENT).reachPresumptionBusinessUsers(1).build());
    assertThrows(IllegalArgumentException.class,
        () -> GpaiRuleSet.builder().from(CURRENT).reachPresumptionBusinessUsers(0).build());
  }

  /** The rule set carries the EU institutions' calendar by default and counts notification periods with it. */
  @Test
  void current_rules_use_the_eu_institutions_calendar() {
    assertEquals(io.github.gpai4j.evaluation.time.HolidayCalendar.euInstitutions(), CURRENT.holidayCalendar());
    assertEquals(LocalDate.of(2025, 8, 18),
        CURRENT.notificationTimeLimit(LocalDate.of(2025, 8, 2)).orElseThrow().extendedLastDay());
  }
}
