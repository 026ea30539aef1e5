package io.github.gpai4j.evaluation.time;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.time.Period;
import java.util.List;
import org.junit.jupiter.api.Test;

/** Reading and comparing holiday calendars (Art. 2 of Regulation No 1182/71: public holidays of the institution). */
class HolidayCalendarTest {

  private static HolidayCalendar read(String text) throws Exception {
    return HolidayCalendar.read("t", new ByteArrayInputStream(text.getBytes(StandardCharsets.UTF_8)));
  }

  /** Comments and blank lines are ignored; the covered years and each holiday with its provenance are read. */
  @Test
  void reads_covered_years_and_holidays() throws Exception {
    HolidayCalendar c = read("# comment\n\ncovers\t2030\t2031\n2030-05-09\tEurope Day\tOFFICIAL\n"
        + "2031-05-09\tEurope Day\tUNCONFIRMED\n");
    assertEquals(2030, c.firstYear());
    assertEquals(2031, c.lastYear());
    assertEquals(List.of(new PublicHoliday(LocalDate.of(2030, 5, 9), "Europe Day", HolidayProvenance.OFFICIAL),
        new PublicHoliday(LocalDate.of(2031, 5, 9), "Europe Day", HolidayProvenance.UNCONFIRMED)), c.holidays());
    assertEquals("t 2030-2031 (2 holidays)", c.toString());
    assertEquals("t", c.name());
  }

  /** A malformed line is reported with its number, never skipped. */
  @Test
  void rejects_malformed_lines_naming_them() {
    IllegalStateException fields = assertThrows(IllegalStateException.class,
        () -> read("covers\t2030\t2030\n2030-01-01\tNew Year\n"));
    assertTrue(fields.getMessage().startsWith("Line 2 of t has 2 fields"), fields.getMessage());
    IllegalStateException date = assertThrows(IllegalStateException.class,
        () -> read("covers\t2030\t2030\n\n2030-13-01\tX\tOFFICIAL\n"));
    assertTrue(date.getMessage().startsWith("Line 3 of t:"), date.getMessage());
    assertThrows(IllegalStateException.class, () -> read("covers\t2030\t2030\n2030-01-01\tX\tMAYBE\n"));
    assertThrows(IllegalStateException.class, () -> read("covers\t2030\n"));
  }

  /** Without a "covers" line the calendar covers no year, which {@link HolidayCalendar#of} rejects. */
  @Test
  void requires_the_covered_years() {
    assertThrows(IllegalArgumentException.class, () -> read("# nothing\n"));
  }

  /** A calendar covers exactly its first to last year. */
  @Test
  void covers_exactly_its_years() {
    HolidayCalendar c = HolidayCalendar.euInstitutions();
    assertFalse(c.covers(LocalDate.of(2024, 12, 31)));
    assertTrue(c.covers(LocalDate.of(2025, 1, 1)));
    assertTrue(c.covers(LocalDate.of(2027, 12, 31)));
    assertFalse(c.covers(LocalDate.of(2028, 1, 1)));
  }

  /** Calendars are equal when name, years and holidays are. */
  @Test
  void equality_follows_name_years_and_holidays() {
    PublicHoliday h = new PublicHoliday(LocalDate.of(2030, 1, 1), "New Year", HolidayProvenance.OFFICIAL);
    HolidayCalendar a = HolidayCalendar.of("a", 2030, 2030, List.of(h));
    assertEquals(a, HolidayCalendar.of("a", 2030, 2030, List.of(h)));
    assertEquals(a.hashCode(), HolidayCalendar.of("a", 2030, 2030, List.of(h)).hashCode());
    assertNotEquals(a, HolidayCalendar.of("b", 2030, 2030, List.of(h)));
    assertNotEquals(a, HolidayCalendar.of("a", 2029, 2030, List.of(h)));
    assertNotEquals(a, HolidayCalendar.of("a", 2030, 2031, List.of(h)));
    assertNotEquals(a, HolidayCalendar.of("a", 2030, 2030, List.of()));
    assertNotEquals(a.hashCode(), HolidayCalendar.of("a", 2030, 2030, List.of()).hashCode());
    assertNotEquals(a, "a");
  }

  /**
   * Art. 3(4) of Regulation No 1182/71: the extension depends on the calendar of the year of the extended day; a
   * last day covered but extended into an uncovered year, or a period starting in an uncovered year, is flagged.
   */
  @Test
  void flags_results_depending_on_uncovered_days() {
    TimeLimits eu = TimeLimits.euInstitutions();
    TimeLimit intoUncovered = eu.after(LocalDate.of(2027, 12, 17), Period.ofDays(14)).orElseThrow();
    assertEquals(LocalDate.of(2027, 12, 31), intoUncovered.lastDay());
    assertEquals(LocalDate.of(2028, 1, 3), intoUncovered.extendedLastDay());
    assertFalse(intoUncovered.holidaysKnown());
    TimeLimit fromUncovered = eu.after(LocalDate.of(2024, 12, 30), Period.ofDays(14)).orElseThrow();
    assertEquals(LocalDate.of(2025, 1, 13), fromUncovered.lastDay());
    assertFalse(fromUncovered.holidaysKnown());
    assertTrue(eu.after(LocalDate.of(2026, 3, 2), Period.ofDays(14)).orElseThrow().holidaysKnown());
    assertEquals(LocalDate.of(2026, 3, 3), eu.after(LocalDate.of(2026, 3, 2), Period.ofDays(1)).orElseThrow()
        .lastDay());
  }

  /**
   * Art. 3(5): a period of exactly two days whose second day is a working day needs no extension when the first day
   * is one too (Tuesday 3 to Thursday 5 March 2026).
   */
  @Test
  void a_two_day_period_with_two_working_days_is_not_extended() {
    TimeLimit t = TimeLimits.euInstitutions().after(LocalDate.of(2026, 3, 3), Period.ofDays(2)).orElseThrow();
    assertEquals(LocalDate.of(2026, 3, 5), t.lastDay());
    assertEquals(null, t.extendedLastDay());
    assertEquals(java.util.Optional.empty(), t.extension());
    TimeLimit sat = TimeLimits.euInstitutions().after(LocalDate.of(2026, 2, 1), Period.ofDays(14)).orElseThrow();
    assertEquals(java.util.Optional.of(LocalDate.of(2026, 2, 16)), sat.extension());
  }
}
