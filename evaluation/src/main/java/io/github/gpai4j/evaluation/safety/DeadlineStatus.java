package io.github.gpai4j.evaluation.safety;

import java.util.Locale;
import java.util.ResourceBundle;

/**
 * Where a deadline stands as of an evaluation date.
 *
 * @since 0.3.0
 */
public enum DeadlineStatus {
  /** Met: the action was taken on or before the due date. */
  MET,
  /** Met late: the action was taken, after the due date. */
  MET_LATE,
  /** Missed: the due date is before the evaluation date and the action has not been taken. */
  MISSED,
  /** Upcoming: the action has not been taken and the due date is on or after the evaluation date. */
  UPCOMING,
  /**
   * Passed: the due date is before the evaluation date and the input does not record whether the action was taken
   * (an obligation derived from a model profile).
   */
  PASSED,
  /** A retention period: the documentation is kept until the date given. */
  RETAIN_UNTIL;

  /**
   * Returns the label of this status.
   *
   * @param locale English or French, not null
   * @return the label
   */
  public String label(Locale locale) {
    java.util.Objects.requireNonNull(locale, "locale");
    return ResourceBundle.getBundle("io.github.gpai4j.evaluation.safety.deadlines", locale).getString(name());
  }
}
