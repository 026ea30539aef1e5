package io.github.gpai4j.evaluation.safety;

import static org.junit.jupiter.api.Assertions.assertDoesNotThrow;

import io.github.gpai4j.taxonomy.framework.FrameworkUpdate;
import io.github.gpai4j.taxonomy.framework.ResponsibilityAllocation;
import io.github.gpai4j.taxonomy.framework.SafetyAndSecurityFramework;
import io.github.gpai4j.taxonomy.incident.IncidentReportKind;
import io.github.gpai4j.taxonomy.incident.IncidentSeverity;
import io.github.gpai4j.taxonomy.incident.ReportSubmission;
import io.github.gpai4j.taxonomy.incident.SeriousIncidentReport;
import io.github.gpai4j.taxonomy.report.ModelReportUpdate;
import io.github.gpai4j.taxonomy.report.SafetyAndSecurityModelReport;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;

/** Validators and the deadline listing never throw because of what a document says, even at the ends of time. */
class ExtremeDatesTest {

  private static final List<LocalDate> EXTREMES = List.of(LocalDate.MIN, LocalDate.MAX,
      LocalDate.MAX.minusDays(3), LocalDate.MIN.plusDays(3));

  /** Every date of each document at an end of {@link LocalDate}'s range: findings, never an exception. */
  @Test
  void extreme_dates_never_make_a_validator_or_the_listing_throw() {
    SafetyDeadlines lister = SafetyDeadlines.euInstitutions();
    for (LocalDate d : EXTREMES) {
      SeriousIncidentReport incident = SeriousIncidentReport.builder().severity(IncidentSeverity.DEATH)
          .awareOfModelInvolvementOn(d).documentedOn(d).startDate(d).endDate(d).resolvedOn(d)
          .addSubmissions(ReportSubmission.of(IncidentReportKind.INITIAL, d)).build();
      SafetyAndSecurityModelReport report = SafetyAndSecurityModelReport.builder().reportDate(d)
          .unionPlacementDate(d).aiOfficeAccessOn(d).interimReportOn(d).mostCapableModel(true)
          .addUpdates(new ModelReportUpdate("1.1", d, null, null, null)).build();
      SafetyAndSecurityFramework framework = SafetyAndSecurityFramework.builder().notifiedOn(d)
          .firstPlacementDate(d).confirmedOn(d).lastAssessmentOn(d)
          .responsibilityAllocation(ResponsibilityAllocation.builder().workersLastInformedOn(d).build())
          .addUpdates(new FrameworkUpdate("1.1", d, null, null)).build();
      assertDoesNotThrow(() -> SeriousIncidentReportValidator.create().validate(incident), d.toString());
      assertDoesNotThrow(() -> SeriousIncidentReportValidator.asOf(d).validate(incident), d.toString());
      assertDoesNotThrow(() -> ModelReportValidator.asOf(d).validate(report), d.toString());
      assertDoesNotThrow(() -> ModelReportValidator.create().validate(report), d.toString());
      assertDoesNotThrow(() -> FrameworkValidator.asOf(d).validate(framework), d.toString());
      assertDoesNotThrow(() -> FrameworkValidator.create().validate(framework), d.toString());
      assertDoesNotThrow(() -> lister.of(incident, d), d.toString());
      assertDoesNotThrow(() -> lister.of(report, d), d.toString());
      assertDoesNotThrow(() -> lister.of(framework, d), d.toString());
    }
  }
}
