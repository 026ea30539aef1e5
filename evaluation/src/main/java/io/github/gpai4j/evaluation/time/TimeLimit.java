package io.github.gpai4j.evaluation.time;

import static java.util.Objects.requireNonNull;

import java.time.LocalDate;
import java.time.Period;
import java.util.Optional;
import org.jspecify.annotations.Nullable;

/**
 * A time limit counted under Regulation (EEC, Euratom) No 1182/71: the period runs from the day after the event
 * (Art.&nbsp;3(1), second subparagraph) and ends at the end of its {@link #lastDay()} (Art.&nbsp;3(2)); where that day is a
 * Saturday, Sunday or public holiday, Art.&nbsp;3(4) moves the end to the end of the following working day, reported as
 * {@link #extendedLastDay()}.
 *
 * <p>Whether Regulation No 1182/71 governs the periods of Regulation (EU) 2024/1689 in a provider's dealings with the
 * AI Office is gpai4j's interpretation (the Regulation applies to acts of the Council and Commission "save as
 * otherwise provided"); the extended day is therefore reported next to the nominal one, never instead of it.
 *
 * @param eventDay the day of the event from which the period runs (not itself counted), not null
 * @param period the period, not null, not negative
 * @param lastDay the nominal last day: the event day plus the period (a month without the same date ends on its last
 *     day, Art.&nbsp;3(2)(c)), not null
 * @param extendedLastDay the working day to which Art.&nbsp;3(4) (or the two-working-day rule of Art.&nbsp;3(5)) moves the end,
 *     or null when the nominal last day is a working day
 * @param holidaysKnown whether the calendar covers every day the result depends on; if not, only Saturdays and Sundays
 *     were taken into account for the uncovered days
 * @param calendarName the name of the holiday calendar used, not null
 * @since 0.1.0
 */
public record TimeLimit(
    LocalDate eventDay,
    Period period,
    LocalDate lastDay,
    @Nullable LocalDate extendedLastDay,
    boolean holidaysKnown,
    String calendarName) {

  /**
   * Checks the components.
   *
   * @param eventDay the day of the event, not null
   * @param period the period, not null, not negative
   * @param lastDay the nominal last day, not null, not before the event day
   * @param extendedLastDay the extended last day, or null; when given, after the nominal last day
   * @param holidaysKnown whether the calendar covers the days the result depends on
   * @param calendarName the name of the holiday calendar used, not null
   * @throws NullPointerException if a non-nullable component is null
   * @throws IllegalArgumentException if the period is negative or the days are out of order
   */
  public TimeLimit {
    requireNonNull(eventDay, "eventDay");
    requireNonNull(period, "period");
    requireNonNull(lastDay, "lastDay");
    requireNonNull(calendarName, "calendarName");
    if (period.isNegative()) {
      throw new IllegalArgumentException("Period must not be negative, was " + period);
    }
    if (lastDay.isBefore(eventDay)) {
      throw new IllegalArgumentException("Last day " + lastDay + " is before the event day " + eventDay);
    }
    if (extendedLastDay != null && !extendedLastDay.isAfter(lastDay)) {
      throw new IllegalArgumentException(
          "Extended last day " + extendedLastDay + " must be after the last day " + lastDay);
    }
  }

  /**
   * Returns whether the end was extended to a later working day.
   *
   * @return true if {@link #extendedLastDay()} is given
   */
  public boolean isExtended() {
    return extendedLastDay != null;
  }

  /**
   * Returns the last day on which an action is on time: the extended last day if any, else the nominal one.
   *
   * @return the day, never null
   */
  public LocalDate latestDay() {
    return extendedLastDay != null ? extendedLastDay : lastDay;
  }

  /**
   * Returns the extended last day, if any.
   *
   * @return the day, or empty when the nominal last day is a working day
   */
  public Optional<LocalDate> extension() {
    return Optional.ofNullable(extendedLastDay);
  }

  /**
   * Returns whether an action taken on a day is within the limit, counting the extension.
   *
   * @param actionDay the day of the action, not null
   * @return true if the action is not after {@link #latestDay()}
   */
  public boolean isMetBy(LocalDate actionDay) {
    return !actionDay.isAfter(latestDay());
  }

  /**
   * Returns whether an action taken on a day is within the limit only because of the extension.
   *
   * @param actionDay the day of the action, not null
   * @return true if the action is after the nominal last day and not after the extended one
   */
  public boolean isMetOnlyByExtension(LocalDate actionDay) {
    return actionDay.isAfter(lastDay) && isMetBy(actionDay);
  }
}
