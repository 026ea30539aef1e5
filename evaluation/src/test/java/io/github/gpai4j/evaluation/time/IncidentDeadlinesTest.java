package io.github.gpai4j.evaluation.time;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.github.gpai4j.taxonomy.incident.IncidentSeverity;
import java.time.DayOfWeek;
import java.time.LocalDate;
import org.junit.jupiter.api.Test;

/**
 * The serious-incident clocks of Measures 9.3 and 9.4 of the Safety and Security chapter, in calendar days from
 * awareness of the model's involvement, the day of awareness not counted.
 */
class IncidentDeadlinesTest {

  private static LocalDate d(int y, int m, int day) {
    return LocalDate.of(y, m, day);
  }

  /**
   * Measure 9.3(1): the initial report is due "not later than 2 days after" awareness of a serious and irreversible
   * disruption of critical infrastructure. Aware on Wednesday 3 June 2026: day 2 is Friday 5 June, the last day on
   * time; day 3 is late.
   */
  @Test
  void critical_infrastructure_initial_report_is_on_time_on_day_two_and_late_on_day_three() {
    IncidentDeadlines dl = IncidentDeadlines.of(IncidentSeverity.CRITICAL_INFRASTRUCTURE_DISRUPTION, d(2026, 6, 3));
    assertEquals(d(2026, 6, 5), dl.initialReportDue());
    assertTrue(dl.initialReport().isMetBy(d(2026, 6, 5)));
    assertFalse(dl.initialReport().isMetBy(d(2026, 6, 6)));
  }

  /**
   * Measure 9.3: "not later than 5 days" for a serious cybersecurity breach, "not later than 10 days" for a death,
   * "not later than 15 days" for other serious harm, each counted from awareness.
   */
  @Test
  void the_other_categories_are_due_five_ten_and_fifteen_days_after_awareness() {
    LocalDate aware = d(2026, 6, 1);
    assertEquals(d(2026, 6, 6),
        IncidentDeadlines.of(IncidentSeverity.SERIOUS_CYBERSECURITY_BREACH, aware).initialReportDue());
    assertEquals(d(2026, 6, 11), IncidentDeadlines.of(IncidentSeverity.DEATH, aware).initialReportDue());
    assertEquals(d(2026, 6, 16),
        IncidentDeadlines.of(IncidentSeverity.HEALTH_RIGHTS_PROPERTY_ENVIRONMENT, aware).initialReportDue());
  }

  /**
   * Measure 9.3 counts plain days: a deadline on a Saturday stays the Saturday. Aware on Thursday 4 June 2026, the
   * 2-day deadline is Saturday 6 June; the Monday that Art.&nbsp;3(4) of Regulation No 1182/71 would give is reported
   * only as the extension.
   */
  @Test
  void a_calendar_day_deadline_on_a_weekend_is_not_moved_but_its_extension_is_reported() {
    IncidentDeadlines dl = IncidentDeadlines.of(IncidentSeverity.CRITICAL_INFRASTRUCTURE_DISRUPTION, d(2026, 6, 4));
    assertEquals(DayOfWeek.SATURDAY, dl.initialReportDue().getDayOfWeek());
    assertEquals(d(2026, 6, 6), dl.initialReportDue());
    assertEquals(d(2026, 6, 8), dl.initialReport().extendedLastDay());
  }

  /**
   * Measure 9.3: intermediate reports "at least every 4 weeks" after the initial report while unresolved. After a
   * report on Thursday 14 May 2026 the next is due by Thursday 11 June 2026; 12 June is late.
   */
  @Test
  void the_next_intermediate_report_is_due_four_weeks_after_the_previous_one() {
    IncidentDeadlines dl = IncidentDeadlines.of(IncidentSeverity.DEATH, d(2026, 5, 11));
    TimeLimit next = dl.nextIntermediateReport(d(2026, 5, 14));
    assertEquals(d(2026, 6, 11), next.lastDay());
    assertTrue(next.isMetBy(d(2026, 6, 11)));
    assertFalse(next.isMetBy(d(2026, 6, 12)));
  }

  /**
   * Measure 9.3: the final report "no later than 60 days after" the incident is resolved. Resolved on 30 June 2026,
   * the 60th day is Saturday 29 August 2026, the deadline; the Monday after is only the extension Regulation No
   * 1182/71 would give.
   */
  @Test
  void the_final_report_is_due_on_the_sixtieth_day_after_resolution() {
    IncidentDeadlines dl = IncidentDeadlines.of(IncidentSeverity.DEATH, d(2026, 5, 11));
    TimeLimit fin = dl.finalReport(d(2026, 6, 30));
    assertEquals(d(2026, 8, 29), fin.lastDay());
    assertEquals(d(2026, 8, 31), fin.extendedLastDay());
  }

  /**
   * Measure 9.4: documentation kept "for at least 5 years" from the date of the documentation or of the incident,
   * "whichever is later".
   */
  @Test
  void retention_runs_five_years_from_the_later_of_documentation_and_incident() {
    assertEquals(d(2031, 8, 20), IncidentDeadlines.retainUntil(d(2026, 8, 20), d(2026, 5, 9)));
    assertEquals(d(2031, 9, 1), IncidentDeadlines.retainUntil(d(2026, 8, 20), d(2026, 9, 1)));
  }

  /** Measure 9.4: five years from 29 February end on 28 February (Art.&nbsp;3(2)(c) of Regulation No 1182/71). */
  @Test
  void retention_from_a_leap_day_ends_on_the_twenty_eighth_of_february() {
    assertEquals(d(2033, 2, 28), IncidentDeadlines.retainUntil(d(2028, 2, 29), d(2028, 2, 1)));
  }

  /**
   * Measure 9.3: similar incidents "within the timelines" may be bundled under the first one's deadlines; one known
   * on the first incident's initial-report deadline may be bundled, one known a day later may not.
   */
  @Test
  void a_similar_incident_known_by_the_initial_deadline_may_be_bundled_and_one_known_later_may_not() {
    IncidentDeadlines dl = IncidentDeadlines.of(IncidentSeverity.SERIOUS_CYBERSECURITY_BREACH, d(2026, 5, 11));
    assertTrue(dl.canBundle(d(2026, 5, 16)));
    assertFalse(dl.canBundle(d(2026, 5, 17)));
  }

  /** Dates at the end of {@link LocalDate}'s range are refused with a clear error rather than overflowing. */
  @Test
  void rejects_awareness_too_close_to_the_end_of_time() {
    assertFalse(IncidentDeadlines.supports(LocalDate.MAX));
    assertThrows(IllegalArgumentException.class,
        () -> IncidentDeadlines.of(IncidentSeverity.DEATH, LocalDate.MAX.minusDays(3)));
  }

  /** Every clock refuses a start beyond the supported range with the same clear error. */
  @Test
  void every_clock_refuses_a_start_beyond_the_supported_range() {
    IncidentDeadlines dl = IncidentDeadlines.of(IncidentSeverity.DEATH, d(2026, 5, 11));
    assertThrows(IllegalArgumentException.class, () -> dl.nextIntermediateReport(LocalDate.MAX));
    assertThrows(IllegalArgumentException.class, () -> dl.finalReport(LocalDate.MAX));
    assertThrows(IllegalArgumentException.class, () -> IncidentDeadlines.retainUntil(LocalDate.MAX, d(2026, 1, 1)));
  }

  /** The supported range ends with year 999,999,989, ten years before the end of {@link LocalDate}. */
  @Test
  void the_supported_range_ends_ten_years_before_the_end_of_local_date() {
    assertTrue(IncidentDeadlines.supports(LocalDate.of(999_999_989, 12, 31)));
    assertFalse(IncidentDeadlines.supports(LocalDate.of(999_999_990, 1, 1)));
  }
}
