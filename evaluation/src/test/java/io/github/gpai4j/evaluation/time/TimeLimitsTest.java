package io.github.gpai4j.evaluation.time;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.Period;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;

/** Periods, extensions and working days as Regulation (EEC, Euratom) No 1182/71 counts them. */
class TimeLimitsTest {

  private final TimeLimits eu = TimeLimits.euInstitutions();

  private static LocalDate d(int y, int m, int day) {
    return LocalDate.of(y, m, day);
  }

  /**
   * Art. 3(1), second subparagraph, and 3(2)(b): a period of weeks from an event ends on the same weekday; the event
   * day is not counted. Two weeks from Monday 12 January 2026 end on Monday 26 January 2026, a working day.
   */
  @Test
  void two_weeks_from_a_monday_end_on_the_monday_two_weeks_later() {
    TimeLimit t = eu.after(d(2026, 1, 12), Period.ofDays(14)).orElseThrow();
    assertEquals(d(2026, 1, 26), t.lastDay());
    assertFalse(t.isExtended());
    assertTrue(t.holidaysKnown());
  }

  /**
   * Art. 3(4): "where the last day of a period ... is a public holiday, Sunday or Saturday, the period shall end with
   * the expiry of the last hour of the following working day". 16 August 2025 is a Saturday; the next working day is
   * Monday 18 August 2025.
   */
  @Test
  void a_last_day_on_a_saturday_extends_to_the_monday() {
    TimeLimit t = eu.after(d(2025, 8, 2), Period.ofDays(14)).orElseThrow();
    assertEquals(DayOfWeek.SATURDAY, t.lastDay().getDayOfWeek());
    assertEquals(d(2025, 8, 16), t.lastDay());
    assertEquals(d(2025, 8, 18), t.extendedLastDay());
    assertTrue(t.isMetBy(d(2025, 8, 18)));
    assertTrue(t.isMetOnlyByExtension(d(2025, 8, 18)));
    assertFalse(t.isMetBy(d(2025, 8, 19)));
    assertFalse(t.isMetOnlyByExtension(d(2025, 8, 16)));
  }

  /** Art. 3(4): a last day on a Sunday also extends to the Monday. */
  @Test
  void a_last_day_on_a_sunday_extends_to_the_monday() {
    TimeLimit t = eu.after(d(2026, 2, 1), Period.ofDays(14)).orElseThrow();
    assertEquals(d(2026, 2, 15), t.lastDay());
    assertEquals(d(2026, 2, 16), t.extendedLastDay());
  }

  /**
   * Art. 3(4) with the institutions' holidays: 24 December 2026 to 1 January 2027 are holidays and 2-3 January 2027 a
   * weekend, so a period ending on 24 December 2026 ends on Monday 4 January 2027.
   */
  @Test
  void a_last_day_in_the_end_of_year_days_extends_past_new_year() {
    TimeLimit t = eu.after(d(2026, 12, 10), Period.ofDays(14)).orElseThrow();
    assertEquals(d(2026, 12, 24), t.lastDay());
    assertEquals(d(2027, 1, 4), t.extendedLastDay());
  }

  /**
   * Art. 3(2)(c): a period in months ends on the same date, or on the last day of a shorter month: six months from
   * 31 August 2026 end on 28 February 2027 (a Sunday, so extended to Monday 1 March 2027).
   */
  @Test
  void six_months_from_the_thirty_first_of_august_end_on_the_last_day_of_february() {
    TimeLimit t = eu.after(d(2026, 8, 31), Period.ofMonths(6)).orElseThrow();
    assertEquals(d(2027, 2, 28), t.lastDay());
    assertEquals(d(2027, 3, 1), t.extendedLastDay());
  }

  /**
   * Art. 3(5): "any period of two days or more shall include at least two working days". Two days from Wednesday
   * 23 December 2026 end on Friday 25 December, a holiday; Art. 3(4) moves the end to 4 January 2027, the only
   * working day in the period, so the period ends on the second working day, 5 January 2027. From Tuesday
   * 22 December the period already includes 23 December and 4 January, and ends on 4 January.
   */
  @Test
  void a_period_of_two_days_includes_at_least_two_working_days() {
    TimeLimit t = eu.after(d(2026, 12, 23), Period.ofDays(2)).orElseThrow();
    assertEquals(d(2026, 12, 25), t.lastDay());
    assertEquals(d(2027, 1, 5), t.extendedLastDay());
    assertEquals(d(2027, 1, 4), eu.after(d(2026, 12, 22), Period.ofDays(2)).orElseThrow().extendedLastDay());
  }

  /** A calendar covering 2025-2027 cannot tell holidays in 2028; the time limit says so. */
  @Test
  void a_last_day_outside_the_calendar_is_flagged() {
    TimeLimit t = eu.after(d(2028, 3, 1), Period.ofDays(14)).orElseThrow();
    assertFalse(t.holidaysKnown());
  }

  /** Nothing throws for a date the JDK accepts: a period ending beyond {@link LocalDate#MAX} is empty. */
  @Test
  void a_period_beyond_the_last_supported_date_is_empty() {
    assertEquals(Optional.empty(), eu.after(LocalDate.MAX, Period.ofDays(14)));
    assertEquals(Optional.empty(), eu.after(d(999_999_990, 1, 1), Period.ofYears(10)));
    assertEquals(Optional.empty(), eu.plusWorkingDays(LocalDate.MAX.minusDays(3), 5));
    TimeLimit zero = eu.after(LocalDate.MAX, Period.ZERO).orElseThrow();
    assertEquals(LocalDate.MAX, zero.lastDay());
  }

  /** A negative period is a programmer error. */
  @Test
  void rejects_a_negative_period() {
    assertThrows(IllegalArgumentException.class, () -> eu.after(d(2026, 1, 1), Period.ofDays(-1)));
    assertThrows(IllegalArgumentException.class, () -> eu.plusWorkingDays(d(2026, 1, 1), -1));
  }

  /**
   * Art. 2(2): working days are all days other than public holidays, Sundays and Saturdays. Five working days after
   * Wednesday 1 April 2026 skip Maundy Thursday, Good Friday, the weekend and Easter Monday (2, 3 and 6 April, the
   * institutions' holidays): 7, 8, 9, 10 and 13 April, so the fifth is 13 April 2026.
   */
  @Test
  void working_days_skip_weekends_and_holidays() {
    assertEquals(d(2026, 4, 13), eu.plusWorkingDays(d(2026, 4, 1), 5).orElseThrow());
    assertEquals(5, eu.workingDaysBetween(d(2026, 4, 1), d(2026, 4, 13)));
    assertEquals(0, eu.workingDaysBetween(d(2026, 4, 13), d(2026, 4, 1)));
    assertEquals(d(2026, 4, 1), eu.plusWorkingDays(d(2026, 4, 1), 0).orElseThrow());
    assertFalse(eu.isWorkingDay(d(2026, 4, 6)));
    assertTrue(eu.isWorkingDay(d(2026, 4, 7)));
  }

  /**
   * The shipped data: the 2025 list as reproduced from the Commission's (SECONDARY), 2026-2027 following the pattern
   * (UNCONFIRMED), with the Easter-dependent days on the dates Easter gives (Easter Sunday 20 April 2025, 5 April
   * 2026, 28 March 2027).
   */
  @Test
  void shipped_calendar_has_the_recurring_days_with_their_provenance() {
    HolidayCalendar c = HolidayCalendar.euInstitutions();
    assertEquals(2025, c.firstYear());
    assertEquals(2027, c.lastYear());
    for (int[] easter : new int[][] {{2025, 4, 20}, {2026, 4, 5}, {2027, 3, 28}}) {
      LocalDate e = d(easter[0], easter[1], easter[2]);
      for (LocalDate day : List.of(e.minusDays(3), e.minusDays(2), e.plusDays(1), e.plusDays(39), e.plusDays(40),
          e.plusDays(50))) {
        assertTrue(c.holiday(day).isPresent(), day.toString());
      }
      assertTrue(c.holiday(d(easter[0], 5, 9)).isPresent());
      assertTrue(c.holiday(d(easter[0], 7, 21)).isPresent());
    }
    assertEquals(HolidayProvenance.SECONDARY, c.holiday(d(2025, 6, 9)).orElseThrow().provenance());
    assertEquals(HolidayProvenance.UNCONFIRMED, c.holiday(d(2026, 5, 25)).orElseThrow().provenance());
    assertTrue(c.holiday(d(2026, 3, 2)).isEmpty());
  }

  /** A caller's own calendar: the holidays given, the years it covers, and programmer errors rejected. */
  @Test
  void a_configured_calendar_uses_its_own_holidays() {
    HolidayCalendar c = HolidayCalendar.of("test", 2030, 2030,
        List.of(new PublicHoliday(d(2030, 3, 15), "Test day", HolidayProvenance.OFFICIAL)));
    TimeLimits t = new TimeLimits(c);
    assertEquals(d(2030, 3, 18), t.after(d(2030, 3, 1), Period.ofDays(14)).orElseThrow().extendedLastDay());
    assertEquals("test", t.after(d(2030, 3, 1), Period.ofDays(14)).orElseThrow().calendarName());
    assertEquals(c, t.calendar());
    assertThrows(IllegalArgumentException.class, () -> HolidayCalendar.of("x", 2030, 2029, List.of()));
    assertThrows(IllegalArgumentException.class, () -> HolidayCalendar.of(" ", 2030, 2030, List.of()));
    assertThrows(IllegalArgumentException.class, () -> HolidayCalendar.of("x", 2030, 2030,
        List.of(new PublicHoliday(d(2031, 1, 1), "Late", HolidayProvenance.OFFICIAL))));
    PublicHoliday h = new PublicHoliday(d(2030, 1, 1), "New Year", HolidayProvenance.OFFICIAL);
    assertThrows(IllegalArgumentException.class, () -> HolidayCalendar.of("x", 2030, 2030, List.of(h, h)));
    assertThrows(IllegalArgumentException.class, () -> new PublicHoliday(d(2030, 1, 1), " ", HolidayProvenance.OFFICIAL));
    assertNull(t.after(d(2030, 3, 4), Period.ofDays(14)).orElseThrow().extendedLastDay());
  }

  /** A time limit's days must be in order. */
  @Test
  void time_limit_rejects_days_out_of_order() {
    assertThrows(IllegalArgumentException.class,
        () -> new TimeLimit(d(2026, 1, 2), Period.ofDays(1), d(2026, 1, 1), null, true, "x"));
    assertThrows(IllegalArgumentException.class,
        () -> new TimeLimit(d(2026, 1, 1), Period.ofDays(1), d(2026, 1, 2), d(2026, 1, 2), true, "x"));
    assertThrows(IllegalArgumentException.class,
        () -> new TimeLimit(d(2026, 1, 1), Period.ofDays(-1), d(2026, 1, 2), null, true, "x"));
  }
}
