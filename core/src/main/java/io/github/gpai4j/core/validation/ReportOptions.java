package io.github.gpai4j.core.validation;

/**
 * How a {@link ValidationReport} is rendered: every finding (the default), or at most a number of findings per rule
 * id, followed by a count of what was left out, so that a document with hundreds of thousands of findings of one
 * rule yields a report a person can read and a machine can hold. Counts and validity always describe every finding.
 *
 * @param findingsPerRule the most findings written per rule id, at least 1; {@link Integer#MAX_VALUE} for all
 * @since 0.1.0
 */
public record ReportOptions(int findingsPerRule) {

  private static final ReportOptions ALL = new ReportOptions(Integer.MAX_VALUE);

  /**
   * Checks the cap.
   *
   * @param findingsPerRule the most findings written per rule id, at least 1
   * @throws IllegalArgumentException if the cap is less than 1
   */
  public ReportOptions {
    if (findingsPerRule < 1) {
      throw new IllegalArgumentException("findingsPerRule must be at least 1, was " + findingsPerRule);
    }
  }

  /**
   * Returns the options that write every finding.
   *
   * @return the options
   */
  public static ReportOptions all() {
    return ALL;
  }

  /**
   * Returns options that write at most {@code n} findings per rule id (the first in report order) and count the
   * others.
   *
   * @param n the most findings per rule id, at least 1
   * @return the options
   * @throws IllegalArgumentException if {@code n} is less than 1
   */
  public static ReportOptions maxFindingsPerRule(int n) {
    return new ReportOptions(n);
  }

  /**
   * Returns whether findings may be left out.
   *
   * @return true unless every finding is written
   */
  public boolean caps() {
    return findingsPerRule != Integer.MAX_VALUE;
  }
}
