package io.github.gpai4j.evaluation.time;

import static java.util.Objects.requireNonNull;

import java.time.LocalDate;

/**
 * A public holiday within the meaning of Art.&nbsp;2(1) of Regulation (EEC, Euratom) No 1182/71: a day designated as a
 * public holiday by the institution (or Member State) where an action is to be taken.
 *
 * @param date the day, not null
 * @param name the holiday's English name, not blank
 * @param provenance how far the day has been verified, not null
 * @since 0.1.0
 */
public record PublicHoliday(LocalDate date, String name, HolidayProvenance provenance) {

  /**
   * Checks the components.
   *
   * @param date the day, not null
   * @param name the holiday's English name, not blank
   * @param provenance how far the day has been verified, not null
   * @throws NullPointerException if a component is null
   * @throws IllegalArgumentException if the name is blank
   */
  public PublicHoliday {
    requireNonNull(date, "date");
    requireNonNull(name, "name");
    requireNonNull(provenance, "provenance");
    if (name.isBlank()) {
      throw new IllegalArgumentException("Holiday name must not be blank");
    }
  }
}
