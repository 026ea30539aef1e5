package io.github.gpai4j.evaluation.time;

/**
 * How far a public holiday in a {@link HolidayCalendar} has been verified.
 *
 * @since 0.1.0
 */
public enum HolidayProvenance {
  /** Read in the official decision that lays down the holiday (for example a Commission decision in the OJ). */
  OFFICIAL,
  /** Read only in a secondary source that reproduces the official list. */
  SECONDARY,
  /**
   * Not read in any list for that year: derived from the recurring pattern of earlier official lists (fixed dates
   * and dates that follow Easter), so the official list may differ.
   */
  UNCONFIRMED
}
