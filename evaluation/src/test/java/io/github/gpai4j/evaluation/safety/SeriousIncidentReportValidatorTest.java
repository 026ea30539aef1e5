package io.github.gpai4j.evaluation.safety;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.github.gpai4j.core.validation.Finding;
import io.github.gpai4j.core.validation.ValidationReport;
import io.github.gpai4j.taxonomy.incident.IncidentReportKind;
import io.github.gpai4j.taxonomy.incident.IncidentSeverity;
import io.github.gpai4j.taxonomy.incident.ReportSubmission;
import io.github.gpai4j.taxonomy.incident.SeriousIncidentReport;
import io.github.gpai4j.taxonomy.incident.Submitter;
import java.time.LocalDate;
import java.util.List;
import java.util.Locale;
import org.junit.jupiter.api.Test;

/** The deadline rules of Measure 9.3 of the Safety and Security chapter, evaluated as of a date the caller gives. */
class SeriousIncidentReportValidatorTest {

  private static LocalDate d(int y, int m, int day) {
    return LocalDate.of(y, m, day);
  }

  /** A critical-infrastructure incident known on Wednesday 3 June 2026, complete but with no report yet. */
  private static SeriousIncidentReport.Builder incident() {
    SeriousIncidentReport.Builder b = SeriousIncidentReport.builder();
    b.incidentId("SI-1").severity(IncidentSeverity.CRITICAL_INFRASTRUCTURE_DISRUPTION)
        .awareOfModelInvolvementOn(d(2026, 6, 3)).documentedOn(d(2026, 6, 3)).startDate(d(2026, 6, 2))
        .harm("Grid operator's dispatch halted").chainOfEvents("Agent issued commands").model("Lattice-4")
        .evidence("Logs").response("Access revoked").recommendation("Alert operators")
        .submitter(new Submitter("Aurora Lattice AI SE", "M. Okafor", "Head of Safety", "si@example.org"));
    return b;
  }

  private static List<String> ids(ValidationReport r) {
    return r.ruleIds();
  }

  /**
   * Measure 9.3(1): "not later than 2 days" after awareness. As of day 2 (Friday 5 June) nothing is overdue; as of
   * day 3 the initial report is missing, and the message gives the due date.
   */
  @Test
  void a_missing_initial_report_is_an_error_from_day_three_not_on_day_two() {
    SeriousIncidentReport r = incident().build();
    assertEquals(List.of(), ids(SeriousIncidentReportValidator.asOf(d(2026, 6, 5)).validate(r)));
    ValidationReport late = SeriousIncidentReportValidator.asOf(d(2026, 6, 6)).validate(r);
    assertEquals(List.of("SIR-9.3-INITIAL-MISSING"), ids(late));
    Finding f = late.findings().get(0);
    assertTrue(f.message(Locale.ENGLISH).contains("2026-06-05"), f.message(Locale.ENGLISH));
    assertTrue(f.message(Locale.FRENCH).contains("2026-06-05"), f.message(Locale.FRENCH));
  }

  /** Measure 9.3(1): an initial report submitted on day 3 is late whatever the evaluation date. */
  @Test
  void an_initial_report_on_day_three_is_late() {
    SeriousIncidentReport r = incident()
        .addSubmissions(ReportSubmission.of(IncidentReportKind.INITIAL, d(2026, 6, 6))).build();
    assertEquals(List.of("SIR-9.3-INITIAL-LATE"), ids(SeriousIncidentReportValidator.asOf(d(2026, 6, 6))
        .validate(r)));
  }

  /**
   * Measure 9.3: intermediate reports "at least every 4 weeks" while unresolved. After an initial report on 5 June,
   * nothing is missing as of 3 July (the 28th day); as of 4 July an intermediate report is missing.
   */
  @Test
  void an_unresolved_incident_needs_a_report_four_weeks_after_the_last_one() {
    SeriousIncidentReport r = incident()
        .addSubmissions(ReportSubmission.of(IncidentReportKind.INITIAL, d(2026, 6, 5))).build();
    assertEquals(List.of(), ids(SeriousIncidentReportValidator.asOf(d(2026, 7, 3)).validate(r)));
    assertEquals(List.of("SIR-9.3-INTERMEDIATE-MISSING"),
        ids(SeriousIncidentReportValidator.asOf(d(2026, 7, 4)).validate(r)));
  }

  /** Measure 9.3: an incident resolved before the four weeks are up needs no intermediate report. */
  @Test
  void an_incident_resolved_within_four_weeks_needs_no_intermediate_report() {
    SeriousIncidentReport r = incident().resolvedOn(d(2026, 7, 3))
        .addSubmissions(ReportSubmission.of(IncidentReportKind.INITIAL, d(2026, 6, 5))).build();
    assertEquals(List.of(), ids(SeriousIncidentReportValidator.asOf(d(2026, 7, 20)).validate(r)));
  }

  /**
   * Measure 9.3: the final report "no later than 60 days" after resolution. Resolved on 3 July 2026, it is due by 1
   * September; as of 2 September it is missing.
   */
  @Test
  void a_final_report_is_missing_from_the_sixty_first_day_after_resolution() {
    SeriousIncidentReport r = incident().resolvedOn(d(2026, 7, 3))
        .addSubmissions(ReportSubmission.of(IncidentReportKind.INITIAL, d(2026, 6, 5))).build();
    assertEquals(List.of(), ids(SeriousIncidentReportValidator.asOf(d(2026, 9, 1)).validate(r)));
    ValidationReport late = SeriousIncidentReportValidator.asOf(d(2026, 9, 2)).validate(r);
    assertEquals(List.of("SIR-9.3-FINAL-MISSING"), ids(late));
    assertTrue(late.findings().get(0).message(Locale.ENGLISH).contains("2026-09-01"));
  }

  /** The registry's validator evaluates as of the report's own documentation date, never the clock. */
  @Test
  void the_default_validator_evaluates_as_of_the_documentation_date() {
    SeriousIncidentReport r = incident().documentedOn(d(2026, 6, 6)).build();
    assertEquals(List.of("SIR-9.3-INITIAL-MISSING"), ids(SeriousIncidentReportValidator.create().validate(r)));
  }

  /** A draft without severity or awareness has its gaps reported, and the deadline checks wait for them. */
  @Test
  void a_draft_without_dates_reports_the_missing_items_and_no_deadline() {
    ValidationReport r = SeriousIncidentReportValidator.asOf(d(2030, 1, 1)).validate(
        SeriousIncidentReport.builder().build());
    assertTrue(r.ruleIds().contains("SIR-REQ-0.1"));
    assertTrue(r.ruleIds().stream().noneMatch(id -> id.startsWith("SIR-9.3")), r.ruleIds().toString());
  }
}
