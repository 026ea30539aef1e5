package io.github.gpai4j.evaluation.time;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * The business-day and calendar deadlines of the Safety and Security Framework and the Model Report (Measures 1.1,
 * 1.3, 1.4, 7.6 and 7.7 of the Safety and Security chapter), the day of confirmation not counted.
 */
class NotificationDeadlinesTest {

  private final NotificationDeadlines eu = NotificationDeadlines.euInstitutions();

  private static LocalDate d(int y, int m, int day) {
    return LocalDate.of(y, m, day);
  }

  /**
   * Measure 1.4: unredacted access to the Framework "within 5 business days" of confirmation. Confirmed on Friday 5
   * June 2026, the five business days are 8 to 12 June; the weekend does not count.
   */
  @Test
  void five_business_days_from_a_friday_end_on_the_next_friday() {
    assertEquals(d(2026, 6, 12), eu.frameworkAccessDue(d(2026, 6, 5)));
  }

  /**
   * Measure 7.7: Model Report updates "within 5 business days" of confirmation. Confirmed on Wednesday 3 June 2026,
   * the count crosses a weekend: Thursday, Friday, Monday, Tuesday, Wednesday 10 June.
   */
  @Test
  void five_business_days_across_a_weekend_skip_saturday_and_sunday() {
    assertEquals(d(2026, 6, 10), eu.modelReportUpdateAccessDue(d(2026, 6, 3)));
  }

  /**
   * Measures 1.4 and 7.7 with the EU institutions' calendar: confirmed on Monday 11 May 2026, the business days skip
   * Ascension Day (14 May) and the day after (15 May), listed public holidays, and the weekend: 12, 13, 18, 19, 20 May.
   */
  @Test
  void business_days_skip_public_holidays_of_the_calendar() {
    assertEquals(d(2026, 5, 20), eu.frameworkAccessDue(d(2026, 5, 11)));
  }

  /** The holiday calendar is configurable: a calendar without holidays gives Friday 15 May for the same count. */
  @Test
  void a_calendar_without_holidays_counts_only_weekends() {
    NotificationDeadlines plain = new NotificationDeadlines(
        new TimeLimits(HolidayCalendar.of("none", 2026, 2026, List.of())));
    assertEquals(d(2026, 5, 18), plain.frameworkAccessDue(d(2026, 5, 11)));
  }

  /** Measure 7.7: a delay of "up to 15 business days" with an interim Model Report, here 2 to 23 March 2026. */
  @Test
  void the_interim_delay_is_fifteen_business_days_after_placement() {
    assertEquals(d(2026, 3, 23), eu.modelReportDelayLimit(d(2026, 3, 2)));
  }

  /**
   * Measure 1.1: the Framework is confirmed "no later than 4 weeks" after notification and "no later than 2 weeks
   * before" placing on the market, whichever comes first.
   */
  @Test
  void framework_confirmation_is_due_by_the_earlier_of_the_two_limits() {
    assertEquals(d(2025, 12, 12), eu.frameworkConfirmationDue(d(2025, 11, 14), d(2026, 3, 2)));
    assertEquals(d(2025, 12, 1), eu.frameworkConfirmationDue(d(2025, 11, 14), d(2025, 12, 15)));
    assertEquals(d(2026, 2, 16), eu.frameworkConfirmationDue(null, d(2026, 3, 2)));
    assertNull(eu.frameworkConfirmationDue(null, null));
  }

  /** Measure 1.3: a Framework assessment every 12 months; Measure 7.6: a Model Report update every six months. */
  @Test
  void assessments_and_report_updates_follow_twelve_and_six_months() {
    assertEquals(d(2027, 3, 2), eu.frameworkAssessmentDue(d(2026, 3, 2)));
    assertEquals(d(2027, 2, 28), eu.modelReportUpdateDue(d(2026, 8, 31)));
  }
}
