package io.github.gpai4j.evaluation.time;

import static java.util.Objects.requireNonNull;

import java.time.DateTimeException;
import java.time.LocalDate;
import java.time.Period;
import java.util.Optional;
import org.jspecify.annotations.Nullable;

/**
 * Counts time limits and working days as Regulation (EEC, Euratom) No 1182/71 determines them, against one
 * {@link HolidayCalendar}.
 *
 * <ul>
 *   <li>Art.&nbsp;3(1), second subparagraph: a period in days, weeks, months or years calculated from an event is counted
 *       from the day after the event; the event day itself does not count.
 *   <li>Art.&nbsp;3(2)(b)-(c): a period in days ends at the end of its last day; one in weeks, months or years ends at the
 *       end of the day in the last week, month or year that has the same name or date as the event day, or, if that
 *       month has no such date, at the end of its last day ({@link LocalDate#plus(java.time.temporal.TemporalAmount)}
 *       does exactly this: 31 August plus six months is the last day of February).
 *   <li>Art.&nbsp;3(3): periods include public holidays, Sundays and Saturdays.
 *   <li>Art.&nbsp;3(4): where the last day is a public holiday, Sunday or Saturday, the period ends at the end of the
 *       following working day; gpai4j reports that day as the extended last day.
 *   <li>Art.&nbsp;3(5): a period of two days or more includes at least two working days; where it would not, the end is
 *       extended to the second working day.
 * </ul>
 *
 * <p>Working days (Art.&nbsp;2(2)) are the days other than Saturdays, Sundays and the calendar's public holidays; the same
 * counting serves deadlines expressed in working ("business") days, such as the Code of Practice's serious-incident
 * and Model Report clocks. Nothing here throws because of a date: a result beyond {@link LocalDate#MAX} is empty.
 * Instances are immutable and thread-safe.
 *
 * @since 0.1.0
 */
public final class TimeLimits {

  private final HolidayCalendar calendar;

  /**
   * Returns a counter using a calendar.
   *
   * @param calendar the holiday calendar of the place where the action is to be taken, not null
   * @throws NullPointerException if the calendar is null
   */
  public TimeLimits(HolidayCalendar calendar) {
    this.calendar = requireNonNull(calendar, "calendar");
  }

  /**
   * Returns a counter using the EU institutions' public holidays ({@link HolidayCalendar#euInstitutions()}).
   *
   * @return the counter
   */
  public static TimeLimits euInstitutions() {
    return new TimeLimits(HolidayCalendar.euInstitutions());
  }

  /**
   * Returns the calendar this counter uses.
   *
   * @return the calendar, never null
   */
  public HolidayCalendar calendar() {
    return calendar;
  }

  /**
   * Returns the time limit of a period running from an event.
   *
   * @param eventDay the day of the event (not counted), not null
   * @param period the period, not null, not negative
   * @return the time limit, or empty if its last day, or the extended day, lies beyond {@link LocalDate#MAX}
   * @throws NullPointerException if an argument is null
   * @throws IllegalArgumentException if the period is negative
   */
  public Optional<TimeLimit> after(LocalDate eventDay, Period period) {
    requireNonNull(eventDay, "eventDay");
    requireNonNull(period, "period");
    if (period.isNegative()) {
      throw new IllegalArgumentException("Period must not be negative, was " + period);
    }
    LocalDate last = plus(eventDay, period);
    if (last == null) {
      return Optional.empty();
    }
    boolean known = calendar.covers(last);
    LocalDate extended = null;
    if (!calendar.isWorkingDay(last)) {
      extended = nextWorkingDay(last);
      if (extended == null) {
        return Optional.empty();
      }
      known &= calendar.covers(extended);
    }
    if (period.isZero() || !last.isAfter(eventDay.plusDays(1))) {
      return Optional.of(new TimeLimit(eventDay, period, last, extended, known, calendar.name()));
    }
    // Art. 3(5): a period of two days or more includes at least two working days.
    LocalDate end = extended != null ? extended : last;
    int working = 0;
    for (LocalDate d = eventDay; working < 2 && d.isBefore(end); ) {
      d = d.plusDays(1);
      if (calendar.isWorkingDay(d)) {
        working++;
      }
      known &= calendar.covers(d);
    }
    if (working < 2) {
      LocalDate second = end;
      while (working < 2) {
        second = nextWorkingDay(second);
        if (second == null) {
          return Optional.empty();
        }
        working++;
      }
      extended = second;
    }
    return Optional.of(new TimeLimit(eventDay, period, last, extended, known, calendar.name()));
  }

  /**
   * Returns the day that is the given number of working days after a day (the day itself not counted): 1 is the next
   * working day.
   *
   * @param day the starting day, not counted, not null
   * @param workingDays the number of working days, not negative
   * @return the day, or empty if it would lie beyond {@link LocalDate#MAX}; the day itself for zero
   * @throws IllegalArgumentException if the number is negative
   */
  public Optional<LocalDate> plusWorkingDays(LocalDate day, int workingDays) {
    requireNonNull(day, "day");
    if (workingDays < 0) {
      throw new IllegalArgumentException("Working days must not be negative, was " + workingDays);
    }
    LocalDate d = day;
    for (int i = 0; i < workingDays; i++) {
      d = nextWorkingDay(d);
      if (d == null) {
        return Optional.empty();
      }
    }
    return Optional.of(d);
  }

  /**
   * Counts the working days after one day up to and including another.
   *
   * @param fromExclusive the day after which counting starts, not null
   * @param toInclusive the last day counted, not null
   * @return the number of working days, zero if {@code toInclusive} is not after {@code fromExclusive}
   */
  public long workingDaysBetween(LocalDate fromExclusive, LocalDate toInclusive) {
    requireNonNull(fromExclusive, "fromExclusive");
    requireNonNull(toInclusive, "toInclusive");
    long n = 0;
    LocalDate d = fromExclusive;
    while (d.isBefore(toInclusive)) {
      d = d.plusDays(1);
      if (calendar.isWorkingDay(d)) {
        n++;
      }
    }
    return n;
  }

  /**
   * Returns whether a day is a working day in this counter's calendar.
   *
   * @param day the day, not null
   * @return true for a working day
   */
  public boolean isWorkingDay(LocalDate day) {
    return calendar.isWorkingDay(requireNonNull(day, "day"));
  }

  /**
   * Adds a period to a day without throwing for a result beyond the supported range.
   *
   * @param day the day, not null
   * @param period the period, not null
   * @return the day plus the period, or null if out of range
   */
  static @Nullable LocalDate plus(LocalDate day, Period period) {
    try {
      return day.plus(period);
    } catch (DateTimeException | ArithmeticException e) {
      return null;
    }
  }

  private @Nullable LocalDate nextWorkingDay(LocalDate day) {
    LocalDate d = day;
    do {
      if (d.equals(LocalDate.MAX)) {
        return null;
      }
      d = d.plusDays(1);
    } while (!calendar.isWorkingDay(d));
    return d;
  }
}
