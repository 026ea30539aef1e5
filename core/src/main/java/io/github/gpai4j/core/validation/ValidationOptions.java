package io.github.gpai4j.core.validation;

/**
 * How a {@link Validator} runs: collecting every finding (the default, so that an author sees all that a
 * document lacks under Art.&nbsp;53 of Regulation (EU) 2024/1689 in one pass) or stopping at the first error.
 *
 * @param failFast true to stop at the first {@link Severity#ERROR}
 * @since 0.1.0
 */
public record ValidationOptions(boolean failFast) {

  private static final ValidationOptions DEFAULTS = new ValidationOptions(false);
  private static final ValidationOptions FAIL_FAST = new ValidationOptions(true);

  /**
   * Returns the default options: collect all findings.
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
}
