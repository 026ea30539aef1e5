package io.github.gpai4j.evaluation.rules;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.github.gpai4j.core.ComputeAmount;
import io.github.gpai4j.evaluation.RegulatoryText;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.Period;
import org.junit.jupiter.api.Test;

class GpaiRuleSetTest {

  private final GpaiRuleSet rules = GpaiRuleSet.current();

  private static BigDecimal nextDoubleAbove(double d) {
    return BigDecimal.valueOf(Math.nextUp(d));
  }

  /**
   * The current rule set names the texts it implements, the amended Act first, and the current instruments: the
   * guidelines as issued in C(2025) 7719 of 19 November 2025 and the template C(2025) 8311 of 5 December 2025
   * (gpai-reference.md section 1.10a), not the July 2025 texts they replaced.
   */
  @Test
  void current_rule_set_names_the_texts_it_implements() {
    assertEquals("gpai-2026.1", rules.id());
    assertEquals(RegulatoryText.AI_ACT_AS_AMENDED_2026, rules.texts().get(0));
    assertTrue(rules.texts().contains(RegulatoryText.COMMISSION_GUIDELINES_2025_11));
    assertTrue(rules.texts().contains(RegulatoryText.TRAINING_CONTENT_TEMPLATE_2025_12));
    assertFalse(rules.texts().contains(RegulatoryText.COMMISSION_GUIDELINES_2025_07));
  }

  /**
   * Art. 101(1): fines of "up to 3 % of [the provider's] annual total worldwide turnover in the preceding financial
   * year or EUR 15 000 000, whichever is higher", applicable from 2 August 2026 (Art. 113(b) carves Art. 101 out of
   * 2 August 2025). A turnover of exactly EUR 500 000 000 gives exactly EUR 15 000 000 either way.
   */
  @Test
  void fine_maximum_is_three_percent_or_fifteen_million_whichever_is_higher() {
    FineMaximum f = rules.fineMaximum();
    assertEquals(LocalDate.of(2026, 8, 2), f.applicableFrom());
    assertEquals("Art. 101(1)", f.legalBasis().citation());
    assertEquals(0, f.maximumFor(new BigDecimal("100000000")).compareTo(new BigDecimal("15000000")));
    assertEquals(0, f.maximumFor(new BigDecimal("500000000")).compareTo(new BigDecimal("15000000")));
    assertEquals(0, f.maximumFor(new BigDecimal("2000000000")).compareTo(new BigDecimal("60000000")));
  }

  /**
   * Art. 54(3)(b) keeps the authorised representative's 10 years; the provider's 10 years come from the Code
   * (Transparency Measure 1.1), a separate value so that each can cite its own source.
   */
  @Test
  void representative_and_provider_retention_are_separate_values() {
    assertEquals(Period.ofYears(10), rules.representativeRetention());
    assertEquals(Period.ofYears(10), rules.documentationRetention());
  }

  /**
   * Art. 51(2): high-impact capabilities are presumed when cumulative compute "is greater than 10^25" FLOP, so
   * exactly 10^25 FLOP is not presumed.
   */
  @Test
  void exactly_ten_to_the_25_flop_is_not_above_the_presumption() {
    assertFalse(rules.exceedsSystemicRiskPresumption(new BigDecimal("1E+25")));
    assertFalse(rules.exceedsSystemicRiskPresumption(ComputeAmount.ofFlop(1e25).flop()));
  }

  /** Art. 51(2), "greater than 10^25": the next representable double above 10^25 is above the threshold. */
  @Test
  void next_double_above_ten_to_the_25_flop_is_above_the_presumption() {
    assertTrue(rules.exceedsSystemicRiskPresumption(nextDoubleAbove(1e25)));
  }

  /** Guidelines section 2.1: indicative criterion "greater than 10^23 FLOP"; exactly 10^23 does not meet it. */
  @Test
  void exactly_ten_to_the_23_flop_does_not_meet_the_gpai_compute_criterion() {
    assertFalse(rules.exceedsGpaiIndicativeCompute(new BigDecimal("1E+23")));
  }

  /** Guidelines section 2.1: the next double above 10^23 FLOP meets the compute part of the criterion. */
  @Test
  void next_double_above_ten_to_the_23_flop_meets_the_gpai_compute_criterion() {
    assertTrue(rules.exceedsGpaiIndicativeCompute(nextDoubleAbove(1e23)));
  }

  /**
   * Guidelines section 3.2: the modifier is the provider when modification compute is "greater than a third" of the
   * original's; exactly one third (10^24 of 3 × 10^24) is not.
   */
  @Test
  void exactly_one_third_of_the_original_compute_is_not_a_modification_threshold_crossing() {
    assertFalse(rules.exceedsModificationFraction(new BigDecimal("1E+24"), new BigDecimal("3E+24")));
  }

  /** Guidelines section 3.2: the next double above one third of the original's compute crosses the threshold. */
  @Test
  void just_above_one_third_of_the_original_compute_crosses_the_modification_threshold() {
    assertTrue(rules.exceedsModificationFraction(nextDoubleAbove(1e24), new BigDecimal("3E+24")));
  }

  /**
   * Guidelines section 3.2 fallback "one third of 10^25": one third of 10^25 has no finite decimal, so the test is
   * exact cross-multiplication; 3.3333333333333333E+24 is below and 3.3333333333333334E+24 above.
   */
  @Test
  void one_third_of_ten_to_the_25_is_compared_without_division() {
    BigDecimal ref = new BigDecimal("1E+25");
    assertFalse(rules.exceedsModificationFraction(new BigDecimal("3.3333333333333333E+24"), ref));
    assertTrue(rules.exceedsModificationFraction(new BigDecimal("3.3333333333333334E+24"), ref));
  }

  /** Annex XIII(f): reach is presumed when the model is available to "at least 10 000" registered business users. */
  @Test
  void reach_presumption_starts_at_exactly_ten_thousand_business_users() {
    assertFalse(rules.reachPresumed(9_999));
    assertTrue(rules.reachPresumed(10_000));
  }

  /** Art. 52(1): "within two weeks"; two weeks are 14 calendar days after the trigger. */
  @Test
  void notification_is_due_fourteen_days_after_the_trigger() {
    assertEquals(LocalDate.of(2026, 1, 26), rules.notificationDueDate(LocalDate.of(2026, 1, 12)));
    assertEquals(LocalDate.of(2026, 1, 9), rules.notificationDueDate(LocalDate.of(2025, 12, 26)));
  }

  /**
   * Art. 52(5): reassessment "no earlier than six months" after the designation; java.time clamps to the month's
   * end, so 31 August plus six months is 28 February in a common year.
   */
  @Test
  void six_months_after_the_thirty_first_of_august_is_the_end_of_february() {
    assertEquals(LocalDate.of(2026, 2, 28), rules.earliestReassessmentRequest(LocalDate.of(2025, 8, 31)));
  }

  /** Art. 52(5) with month-end clamping in a leap year: 31 August 2027 plus six months is 29 February 2028. */
  @Test
  void six_months_after_the_thirty_first_of_august_is_the_twenty_ninth_of_february_in_a_leap_year() {
    assertEquals(LocalDate.of(2028, 2, 29), rules.earliestReassessmentRequest(LocalDate.of(2027, 8, 31)));
  }

  /** Art. 111(3): models "placed on the market before 2 August 2025" are legacy models; that day itself is not. */
  @Test
  void a_model_placed_on_the_second_of_august_2025_is_not_a_legacy_model() {
    assertTrue(rules.isLegacyPlacement(LocalDate.of(2025, 8, 1)));
    assertFalse(rules.isLegacyPlacement(LocalDate.of(2025, 8, 2)));
  }

  /** Art. 113(b), Art. 111(3) and Art. 101: Chapter V from 2 Aug 2025, fines from 2 Aug 2026, legacy by 2 Aug 2027. */
  @Test
  void current_rule_set_carries_the_chapter_five_dates() {
    assertEquals(LocalDate.of(2025, 8, 2), rules.chapterFiveApplicationDate());
    assertEquals(LocalDate.of(2026, 8, 2), rules.enforcementDate());
    assertEquals(LocalDate.of(2027, 8, 2), rules.legacyComplianceDeadline());
    assertEquals(Period.ofYears(10), rules.documentationRetention());
    assertEquals(Period.ofDays(14), rules.downstreamResponsePeriod());
    assertEquals(Period.ofMonths(6), rules.trainingContentSummaryUpdateInterval());
  }

  /** A delegated act under Art. 51(3) may move the threshold: a derived rule set applies the new value. */
  @Test
  void a_derived_rule_set_applies_a_moved_threshold() {
    GpaiRuleSet amended = GpaiRuleSet.builder().from(rules).id("test-amended")
        .systemicRiskPresumptionCompute(ComputeAmount.ofFlop("1E+26")).build();
    assertFalse(amended.exceedsSystemicRiskPresumption(new BigDecimal("5E+25")));
    assertTrue(rules.exceedsSystemicRiskPresumption(new BigDecimal("5E+25")));
  }

  /** A fraction outside (0, 1] would make the modification rule meaningless, so the rule set rejects it. */
  @Test
  void rejects_a_modification_fraction_above_one() {
    IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
        () -> GpaiRuleSet.builder().from(rules).modificationFractionNumerator(4).build());
    assertTrue(e.getMessage().contains("4/3"), e.getMessage());
  }
}
