package io.github.gpai4j.core.validation;

import static java.util.Objects.requireNonNull;

import java.time.LocalDate;
import org.jspecify.annotations.Nullable;

/**
 * How a {@link Validator} runs: collecting every finding (the default, so that an author sees all that a
 * document lacks under Art.&nbsp;53 of Regulation (EU) 2024/1689 in one pass) or stopping at the first error, and
 * the date as of which date-dependent rules are evaluated.
 *
 * <p>Rules that depend on the day they are evaluated (a summary of training content last updated more than six
 * months ago while training continues) run only when the caller gives that day: gpai4j never reads the clock.
 *
 * @param failFast true to stop at the first {@link Severity#ERROR}
 * @param asOf the date as of which date-dependent rules are evaluated, or null to skip them
 * @since 0.1.0
 */
public record ValidationOptions(boolean failFast, @Nullable LocalDate asOf) {

  private static final ValidationOptions DEFAULTS = new ValidationOptions(false, null);
  private static final ValidationOptions FAIL_FAST = new ValidationOptions(true, null);

  /**
   * Returns options without an evaluation date, as before the date existed.
   *
   * @param failFast true to stop at the first {@link Severity#ERROR}
   */
  public ValidationOptions(boolean failFast) {
    this(failFast, null);
  }

  /**
   * Returns the default options: collect all findings, no evaluation date.
   *
   * @return the options
   */
  public static ValidationOptions defaults() {
    return DEFAULTS;
  }

  /**
   * Returns options that stop at the first error. The report then holds the findings collected up to and
   * including that error and says it stopped early ({@link ValidationReport#stoppedEarly()}).
   *
   * @return the options
   */
  public static ValidationOptions stopAtFirstError() {
    return FAIL_FAST;
  }

  /**
   * Returns these options with the date as of which date-dependent rules are evaluated.
   *
   * @param date the evaluation date, not null
   * @return the options
   * @since 0.3.0
   */
  public ValidationOptions withAsOf(LocalDate date) {
    return new ValidationOptions(failFast, requireNonNull(date, "date"));
  }
}
