package io.github.gpai4j.testkit;

import static java.util.Objects.requireNonNull;

import io.github.gpai4j.core.validation.Finding;
import io.github.gpai4j.core.validation.ValidationReport;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.TreeSet;

/**
 * Assertions on validation reports for users' tests (inside a property or not), with failure messages that say
 * which rule ids were expected, which came, which are missing and which are unexpected, and list every finding
 * with its severity, JSON Pointer and English message. They throw {@link AssertionError}, which every test engine
 * reports as a failure; no test engine is needed.
 *
 * <pre>{@code
 * ReportAssertions.assertFindings(validator.validate(mutant.value()), mutant.ruleId());
 * }</pre>
 *
 * @since 0.1.0
 */
public final class ReportAssertions {
  private ReportAssertions() {}

  /**
   * Asserts that a report has no finding at all.
   *
   * @param report the report, not null
   * @throws AssertionError listing the findings if there are any
   */
  public static void assertValid(ValidationReport report) {
    requireNonNull(report, "report");
    if (!report.findings().isEmpty()) {
      throw new AssertionError("Expected no finding, but the report has " + report.findings().size() + ":"
          + listing(report));
    }
  }

  /**
   * Asserts that a report's findings have exactly the given rule ids (each at least once, no other).
   *
   * @param report the report, not null
   * @param ruleIds the expected rule ids, not null
   * @throws AssertionError naming the missing and unexpected rule ids and listing the findings
   */
  public static void assertFindings(ValidationReport report, String... ruleIds) {
    requireNonNull(report, "report");
    Set<String> expected = new TreeSet<>(List.of(ruleIds));
    Set<String> actual = new TreeSet<>(report.ruleIds());
    if (!expected.equals(actual)) {
      throw new AssertionError("Expected findings of exactly " + expected + " but the report has " + actual
          + difference(expected, actual) + listing(report));
    }
  }

  /**
   * Asserts that a report has findings of at least the given rule ids (others may come too).
   *
   * @param report the report, not null
   * @param ruleIds the rule ids that must be found, not null
   * @throws AssertionError naming the missing rule ids and listing the findings
   */
  public static void assertHasFindings(ValidationReport report, String... ruleIds) {
    requireNonNull(report, "report");
    Set<String> expected = new TreeSet<>(List.of(ruleIds));
    Set<String> actual = new TreeSet<>(report.ruleIds());
    Set<String> missing = new TreeSet<>(expected);
    missing.removeAll(actual);
    if (!missing.isEmpty()) {
      throw new AssertionError("Expected findings of at least " + expected + " but the report has " + actual
          + "\n  missing: " + missing + listing(report));
    }
  }

  /**
   * Asserts that a report has no finding of the given rule ids.
   *
   * @param report the report, not null
   * @param ruleIds the rule ids that must not be found, not null
   * @throws AssertionError naming the rule ids found and listing the findings
   */
  public static void assertNoFindings(ValidationReport report, String... ruleIds) {
    requireNonNull(report, "report");
    Set<String> forbidden = new LinkedHashSet<>(List.of(ruleIds));
    Set<String> found = new TreeSet<>(report.ruleIds());
    found.retainAll(forbidden);
    if (!found.isEmpty()) {
      throw new AssertionError("Expected no finding of " + new TreeSet<>(forbidden) + " but the report has "
          + found + listing(report));
    }
  }

  private static String difference(Set<String> expected, Set<String> actual) {
    Set<String> missing = new TreeSet<>(expected);
    missing.removeAll(actual);
    Set<String> unexpected = new TreeSet<>(actual);
    unexpected.removeAll(expected);
    StringBuilder text = new StringBuilder();
    if (!missing.isEmpty()) {
      text.append("\n  missing: ").append(missing);
    }
    if (!unexpected.isEmpty()) {
      text.append("\n  unexpected: ").append(unexpected);
    }
    return text.toString();
  }

  private static String listing(ValidationReport report) {
    if (report.findings().isEmpty()) {
      return "\n  (no findings)";
    }
    List<String> lines = new ArrayList<>();
    for (Finding finding : report.findings()) {
      lines.add("\n    " + finding.severity() + " " + finding.ruleId() + " at " + finding.location() + ": "
          + finding.message(Locale.ENGLISH));
    }
    return "\n  findings:" + String.join("", lines);
  }
}
