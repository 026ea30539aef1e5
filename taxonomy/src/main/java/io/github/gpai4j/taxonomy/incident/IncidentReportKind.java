package io.github.gpai4j.taxonomy.incident;

/**
 * The kinds of report Measure&nbsp;9.3 of the Safety and Security chapter asks for about one serious incident: an
 * initial report with the information of Measure 9.2 points 1 to 7, intermediate reports at least every four weeks
 * while the incident is unresolved, and a final report with all the information of Measure 9.2.
 *
 * @since 0.3.0
 */
public enum IncidentReportKind {
  /** The initial report, due 2, 5, 10 or 15 days after awareness depending on the severity. */
  INITIAL,
  /** An intermediate report, due at least every four weeks after the initial report while unresolved. */
  INTERMEDIATE,
  /** The final report, due no later than 60 days after the incident is resolved. */
  FINAL
}
