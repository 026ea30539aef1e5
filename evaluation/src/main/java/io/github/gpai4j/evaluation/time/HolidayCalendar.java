package io.github.gpai4j.evaluation.time;

import static java.util.Objects.requireNonNull;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import org.jspecify.annotations.Nullable;

/**
 * The public holidays of the institution where an action is to be taken, for the years it covers, with Saturdays
 * and Sundays as the non-working days of every week (Art.&nbsp;2 of Regulation (EEC, Euratom) No 1182/71: working days
 * are all days other than public holidays, Sundays and Saturdays).
 *
 * <p>A calendar knows which years it {@linkplain #covers(LocalDate) covers}: outside them it cannot tell a public
 * holiday from a working day, treats every weekday as a working day and says so, so that a caller can flag the
 * result. Calendars are immutable and thread-safe.
 *
 * <p>{@link #euInstitutions()} ships the public holidays of the EU institutions in Brussels (where the AI Office
 * sits) for 2025 to 2027 as data (resource {@code eu-institutions-holidays.tsv}), each day with its provenance.
 * Sources, as read on 1 December 2026: the Commission adopts the list each year by decision under Art.&nbsp;61 of the
 * Staff Regulations, published in the Official Journal (C series), for example the decision of 25 May 2021 on
 * public holidays in 2023 (OJ C 201 I, 28.5.2021), which shows the recurring pattern (New Year and the day after,
 * Maundy Thursday, Good Friday, Easter Monday, 1 May, 9 May, Ascension Day and the day after, Whit Monday, 21 July
 * for staff in Brussels, 15 August, 1 and 2 November, end-of-year days). The 2025 list was read only in a secondary
 * reproduction of the Commission's list (encyclopaedia article "Public holidays in the European Union"), so its days
 * are {@link HolidayProvenance#SECONDARY}; no list for 2026 or 2027 was found, so those days follow the recurring
 * pattern and are {@link HolidayProvenance#UNCONFIRMED} (the end-of-year days in particular vary: 24 to 31 December
 * in 2025, 25 to 29 December in 2023). Days falling on a Saturday or Sunday are listed for completeness.
 *
 * @since 0.1.0
 */
public final class HolidayCalendar {

  private static final String EU_RESOURCE = "eu-institutions-holidays.tsv";
  private static final HolidayCalendar EU_INSTITUTIONS = load();

  private final String name;
  private final int firstYear;
  private final int lastYear;
  private final Map<LocalDate, PublicHoliday> holidays;

  private HolidayCalendar(String name, int firstYear, int lastYear, Collection<PublicHoliday> holidays) {
    this.name = name;
    this.firstYear = firstYear;
    this.lastYear = lastYear;
    TreeMap<LocalDate, PublicHoliday> m = new TreeMap<>();
    for (PublicHoliday h : holidays) {
      requireNonNull(h, "holiday");
      int y = h.date().getYear();
      if (y < firstYear || y > lastYear) {
        throw new IllegalArgumentException(
            "Holiday " + h.date() + " lies outside the covered years " + firstYear + "-" + lastYear);
      }
      if (m.put(h.date(), h) != null) {
        throw new IllegalArgumentException("Holiday " + h.date() + " is given twice");
      }
    }
    this.holidays = java.util.Collections.unmodifiableMap(m);
  }

  /**
   * Returns a calendar with the given holidays, covering the given years.
   *
   * @param name a name for the calendar, such as {@code "EU institutions (Brussels)"}, not blank
   * @param firstYear the first year the list is complete for
   * @param lastYear the last year the list is complete for, at least {@code firstYear}
   * @param holidays the holidays, each within the covered years, no day twice, not null
   * @return the calendar
   * @throws NullPointerException if an argument or a holiday is null
   * @throws IllegalArgumentException if the name is blank, the years are reversed, or a holiday lies outside them or
   *     is given twice
   */
  public static HolidayCalendar of(String name, int firstYear, int lastYear, Collection<PublicHoliday> holidays) {
    requireNonNull(name, "name");
    requireNonNull(holidays, "holidays");
    if (name.isBlank()) {
      throw new IllegalArgumentException("Calendar name must not be blank");
    }
    if (lastYear < firstYear) {
      throw new IllegalArgumentException("Last year must be at least the first year, was " + firstYear + "-"
          + lastYear);
    }
    return new HolidayCalendar(name, firstYear, lastYear, holidays);
  }

  /**
   * Returns the public holidays of the EU institutions in Brussels for 2025 to 2027 (see the class documentation for
   * the sources and the provenance of each day).
   *
   * @return the calendar, never null
   */
  public static HolidayCalendar euInstitutions() {
    return EU_INSTITUTIONS;
  }

  private static HolidayCalendar load() {
    try (InputStream in = HolidayCalendar.class.getResourceAsStream(EU_RESOURCE)) {
      if (in == null) {
        throw new IllegalStateException("Missing resource " + EU_RESOURCE);
      }
      return read("EU institutions (Brussels)", in);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /**
   * Reads a calendar from UTF-8 text in the format of the bundled resource: a line {@code covers TAB first TAB last}
   * giving the covered years, and one line {@code date TAB name TAB provenance} per holiday (ISO date, English name,
   * a {@link HolidayProvenance} constant); blank lines and lines starting with {@code #} are ignored.
   *
   * @param name the calendar's name, not blank
   * @param in the text, not null; not closed
   * @return the calendar
   * @throws IOException if the text cannot be read
   * @throws IllegalStateException if a line is malformed, naming the line
   * @throws IllegalArgumentException if the holidays are inconsistent (see {@link #of})
   */
  public static HolidayCalendar read(String name, InputStream in) throws IOException {
    BufferedReader r = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8));
    List<PublicHoliday> list = new ArrayList<>();
    int first = 0;
    int last = -1;
    String line;
    int n = 0;
    while ((line = r.readLine()) != null) {
      n++;
      String l = line.strip();
      if (l.isEmpty() || l.startsWith("#")) {
        continue;
      }
      String[] f = l.split("\t");
      try {
        if (f[0].equals("covers") && f.length == 3) {
          first = Integer.parseInt(f[1]);
          last = Integer.parseInt(f[2]);
        } else if (f.length == 3) {
          list.add(new PublicHoliday(LocalDate.parse(f[0]), f[1], HolidayProvenance.valueOf(f[2])));
        } else {
          throw new IllegalStateException("Line " + n + " of " + name + " has " + f.length + " fields");
        }
      } catch (DateTimeParseException | IllegalArgumentException e) {
        throw new IllegalStateException("Line " + n + " of " + name + ": " + e.getMessage(), e);
      }
    }
    return of(name, first, last, list);
  }

  /**
   * Returns the calendar's name.
   *
   * @return the name, never null
   */
  public String name() {
    return name;
  }

  /**
   * Returns the first year the calendar's list of holidays is complete for.
   *
   * @return the year
   */
  public int firstYear() {
    return firstYear;
  }

  /**
   * Returns the last year the calendar's list of holidays is complete for.
   *
   * @return the year
   */
  public int lastYear() {
    return lastYear;
  }

  /**
   * Returns the holidays in date order.
   *
   * @return the holidays, never null
   */
  public List<PublicHoliday> holidays() {
    return List.copyOf(holidays.values());
  }

  /**
   * Returns whether the calendar knows the public holidays of the day's year.
   *
   * @param day the day, not null
   * @return true if the year is within {@link #firstYear()} and {@link #lastYear()}
   */
  public boolean covers(LocalDate day) {
    int y = day.getYear();
    return y >= firstYear && y <= lastYear;
  }

  /**
   * Returns the public holiday on a day, if the calendar lists one.
   *
   * @param day the day, not null
   * @return the holiday, or empty
   */
  public Optional<PublicHoliday> holiday(LocalDate day) {
    return Optional.ofNullable(holidays.get(requireNonNull(day, "day")));
  }

  /**
   * Returns whether a day is a Saturday or a Sunday.
   *
   * @param day the day, not null
   * @return true for Saturdays and Sundays
   */
  public static boolean isWeekend(LocalDate day) {
    DayOfWeek d = day.getDayOfWeek();
    return d == DayOfWeek.SATURDAY || d == DayOfWeek.SUNDAY;
  }

  /**
   * Returns whether a day is a working day: neither a Saturday, a Sunday nor a listed public holiday (Art.&nbsp;2(2) of
   * Regulation No 1182/71). Outside the covered years only weekends are known.
   *
   * @param day the day, not null
   * @return true for a working day
   */
  public boolean isWorkingDay(LocalDate day) {
    return !isWeekend(day) && !holidays.containsKey(day);
  }

  @Override
  public boolean equals(@Nullable Object o) {
    return o instanceof HolidayCalendar c && c.name.equals(name) && c.firstYear == firstYear
        && c.lastYear == lastYear && c.holidays.equals(holidays);
  }

  @Override
  public int hashCode() {
    return name.hashCode() * 31 + holidays.hashCode();
  }

  @Override
  public String toString() {
    return name + " " + firstYear + "-" + lastYear + " (" + holidays.size() + " holidays)";
  }
}
