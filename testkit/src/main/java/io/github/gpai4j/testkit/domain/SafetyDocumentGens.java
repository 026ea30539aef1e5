package io.github.gpai4j.testkit.domain;

import io.github.gpai4j.testkit.Gen;
import io.github.gpai4j.testkit.Gens;
import io.github.gpai4j.testkit.Source;
import io.github.gpai4j.taxonomy.evaluation.ModelEvaluation;
import io.github.gpai4j.taxonomy.framework.FrameworkUpdate;
import io.github.gpai4j.taxonomy.framework.OrganisationalLevel;
import io.github.gpai4j.taxonomy.framework.ResourceAllocation;
import io.github.gpai4j.taxonomy.framework.ResourceKind;
import io.github.gpai4j.taxonomy.framework.Responsibility;
import io.github.gpai4j.taxonomy.framework.ResponsibilityAllocation;
import io.github.gpai4j.taxonomy.framework.ResponsibilityAssignment;
import io.github.gpai4j.taxonomy.framework.SafetyAndSecurityFramework;
import io.github.gpai4j.taxonomy.incident.IncidentReportKind;
import io.github.gpai4j.taxonomy.incident.IncidentSeverity;
import io.github.gpai4j.taxonomy.incident.ReportSubmission;
import io.github.gpai4j.taxonomy.incident.SeriousIncidentReport;
import io.github.gpai4j.taxonomy.incident.SimilarIncident;
import io.github.gpai4j.taxonomy.incident.Submitter;
import io.github.gpai4j.taxonomy.mitigation.Mitigation;
import io.github.gpai4j.taxonomy.mitigation.MitigationType;
import io.github.gpai4j.taxonomy.mitigation.SafetyMitigationKind;
import io.github.gpai4j.taxonomy.report.EvaluationSamples;
import io.github.gpai4j.taxonomy.report.InputOutputSample;
import io.github.gpai4j.taxonomy.report.ModelReportUpdate;
import io.github.gpai4j.taxonomy.report.SafetyAndSecurityModelReport;
import io.github.gpai4j.taxonomy.risk.ProceedDecision;
import io.github.gpai4j.taxonomy.risk.RiskAcceptanceDetermination;
import io.github.gpai4j.taxonomy.risk.SystemicRisk;
import io.github.gpai4j.taxonomy.risk.SystemicRiskRecords;
import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.temporal.TemporalAdjusters;
import java.util.ArrayList;
import java.util.List;

/**
 * Generators of the Safety and Security documents of the GPAI Code of Practice that their validators accept without
 * a finding, as of the latest date each states: serious-incident reports (Commitment&nbsp;9) whose every report is on
 * time, Model Reports (Commitment 7) whose risks are all analysed, determined, mitigated where needed and sampled,
 * and Frameworks (Commitments 1 and 8) confirmed, shared and assessed on time with every responsibility assigned;
 * plus a mutant generator of late initial incident reports. The form-derived mutants of each come from
 * {@link FormMutants#of}.
 *
 * <p>Dates are on time by construction, without the deadline calculator of gpai4j-evaluation (which the testkit does not
 * depend on): each report or notification comes no later than the plain count of its period from the event (awareness
 * plus the severity's days, the previous report plus four weeks, resolution plus 60 days, notification plus four
 * weeks, confirmation the same day). Art.&nbsp;3(4) of Regulation No 1182/71 only ever moves a last day later, so a date
 * within the plain count is within the extended one too. evaluation's property tests check that the validators accept
 * every generated document.
 *
 * @since 0.3.0
 */
public final class SafetyDocumentGens {

  private static final LocalDate FIRST = LocalDate.of(2025, 8, 2);
  /** Measure 9.3: intermediate reports at most every four weeks. */
  private static final long INTERMEDIATE_DAYS = 28;
  /** Measure 1.1 (Framework confirmation): no later than four weeks after notification. */
  private static final long CONFIRMATION_AFTER_NOTIFICATION_DAYS = 28;
  /** Measure 1.1 (Framework confirmation): no later than two weeks before placing on the market. */
  private static final long CONFIRMATION_BEFORE_PLACEMENT_DAYS = 14;

  private SafetyDocumentGens() {}

  private static String text(Source source) {
    return DocumentationGens.text(source);
  }

  private static LocalDate date(Source source) {
    return FIRST.plusDays(source.choose(0, 1200));
  }

  /**
   * Returns a generator of complete serious-incident reports whose reports were all on time: the initial report
   * within its severity's period, intermediate reports at most four weeks apart until resolution, the final report
   * within 60 days of it with points 8 and 9, and similar incidents bundled only within the initial period; the
   * documentation date is the last submission.
   *
   * @return the generator
   */
  public static Gen<SeriousIncidentReport> validSeriousIncidentReports() {
    return source -> {
      IncidentSeverity severity = Gens.enums(IncidentSeverity.class).generate(source);
      LocalDate aware = date(source);
      LocalDate start = aware.minusDays(source.choose(0, 20));
      LocalDate initial = aware.plusDays(source.choose(0, severity.initialReportDays()));
      List<ReportSubmission> submissions = new ArrayList<>();
      submissions.add(new ReportSubmission(IncidentReportKind.INITIAL, initial,
          source.chance(0.5) ? "AIO-" + source.choose(1, 9999) : null));
      boolean resolvedCase = source.chance(0.6);
      LocalDate resolved = resolvedCase ? initial.plusDays(source.choose(0, 90)) : null;
      LocalDate previous = initial;
      int intermediates = resolvedCase ? Integer.MAX_VALUE : (int) source.choose(0, 3);
      for (int i = 0; i < intermediates; i++) {
        // the plain count: the real last day is this one or, past a weekend or public holiday, later
        LocalDate due = previous.plusDays(INTERMEDIATE_DAYS);
        if (resolved != null && !resolved.isAfter(due)) {
          break;
        }
        LocalDate next = previous.plusDays(source.choose(1, 28));
        if (resolved != null && next.isAfter(resolved)) {
          next = resolved;
        }
        submissions.add(ReportSubmission.of(IncidentReportKind.INTERMEDIATE, next));
        previous = next;
      }
      boolean finalSubmitted = resolved != null;
      LocalDate last = previous;
      if (finalSubmitted) {
        LocalDate fin = resolved.plusDays(source.choose(0, 60));
        if (fin.isBefore(previous)) {
          fin = previous;
        }
        submissions.add(ReportSubmission.of(IncidentReportKind.FINAL, fin));
        last = fin;
      }
      List<SimilarIncident> bundled = new ArrayList<>();
      if (source.chance(0.3)) {
        long span = severity.initialReportDays();
        bundled.add(new SimilarIncident("SI-" + source.choose(1, 999), aware.plusDays(source.choose(0, span)),
            source.chance(0.5) ? text(source) : null));
      }
      return SeriousIncidentReport.builder()
          .incidentId("SI-" + source.choose(1, 9999))
          .severity(severity)
          .awareOfModelInvolvementOn(aware)
          .documentedOn(last)
          .startDate(start)
          .endDate(source.chance(0.5) ? start.plusDays(source.choose(0, 10)) : null)
          .harm(text(source)).chainOfEvents(text(source)).model(text(source)).evidence(text(source))
          .response(text(source)).recommendation(text(source))
          .rootCauseAnalysis(finalSubmitted || source.chance(0.5) ? text(source) : null)
          .postMarketPatterns(finalSubmitted || source.chance(0.5) ? text(source) : null)
          .submitter(new Submitter(text(source), text(source), source.chance(0.5) ? text(source) : null,
              "incidents@provider.example"))
          .resolvedOn(resolved)
          .submissions(submissions)
          .bundledIncidents(bundled)
          .build();
    };
  }

  /**
   * Returns a generator of mutants of Measure&nbsp;9.3's initial-report deadline: an unresolved incident whose only
   * report, the initial one, came one to five days late; it breaks {@code SIR-9.3-INITIAL-LATE} alone. The awareness
   * date is moved so that the initial report falls due on the second Wednesday of February, September or October,
   * months without a public holiday of the EU institutions, so that no extension (Art.&nbsp;3(4) of Regulation
   * No 1182/71) moves the deadline and each day after it is late.
   *
   * @return the generator
   */
  public static Gen<Mutant<SeriousIncidentReport>> lateInitialReports() {
    return source -> {
      SeriousIncidentReport valid = validSeriousIncidentReports().generate(source);
      IncidentSeverity severity = valid.severity();
      if (severity == null) {
        throw new IllegalStateException("a valid report has a severity");
      }
      int month = Gens.elements(2, 9, 10).generate(source);
      LocalDate due = LocalDate.of((int) source.choose(2025, 2027), month, 1)
          .with(TemporalAdjusters.dayOfWeekInMonth(2, DayOfWeek.WEDNESDAY));
      LocalDate aware = due.minusDays(severity.initialReportDays());
      long late = source.choose(1, 5);
      LocalDate day = due.plusDays(late);
      SeriousIncidentReport mutant = SeriousIncidentReport.builder().from(valid)
          .awareOfModelInvolvementOn(aware)
          .startDate(aware.minusDays(source.choose(0, 20)))
          .endDate(null)
          .resolvedOn(null)
          .submissions(List.of(ReportSubmission.of(IncidentReportKind.INITIAL, day)))
          .bundledIncidents(List.of())
          .documentedOn(day)
          .build();
      return new Mutant<>(mutant, "SIR-9.3-INITIAL-LATE", "initial report " + late + " day(s) late");
    };
  }

  /**
   * Returns a generator of complete Model Reports that their validator accepts without a finding: the records of
   * {@link TaxonomyGens#systemicRiskRecords()} with one evaluation per risk (each with five random samples), one
   * determination covering every risk as acceptable, one safety mitigation linked to every risk, external reports,
   * confirmation and access by placing on the market, and updates shared within five business days.
   *
   * @return the generator
   */
  public static Gen<SafetyAndSecurityModelReport> validModelReports() {
    return source -> {
      SystemicRiskRecords base = TaxonomyGens.systemicRiskRecords().generate(source);
      List<String> ids = new ArrayList<>();
      for (SystemicRisk r : base.risks()) {
        ids.add(r.id());
      }
      List<ModelEvaluation> evaluations = new ArrayList<>();
      List<EvaluationSamples> samples = new ArrayList<>();
      for (int i = 0; i < ids.size(); i++) {
        ModelEvaluation.Builder b = ModelEvaluation.builder();
        b.from(TaxonomyGens.modelEvaluations().generate(source));
        evaluations.add(b.id("E-" + (i + 1)).riskIds(List.of(ids.get(i))).build());
        List<InputOutputSample> five = new ArrayList<>();
        for (int j = 0; j < 5; j++) {
          five.add(InputOutputSample.random(text(source), text(source)));
        }
        samples.add(new EvaluationSamples("E-" + (i + 1), five));
      }
      SystemicRiskRecords records = SystemicRiskRecords.builder().from(base)
          .evaluations(evaluations)
          .determinations(List.of(RiskAcceptanceDetermination.builder().riskIds(ids).acceptable(true)
              .decision(ProceedDecision.PROCEED).justification(text(source)).build()))
          .mitigations(List.of(Mitigation.builder().id("M-1").type(MitigationType.SAFETY).description(text(source))
              .riskIds(ids).addSafetyKinds(SafetyMitigationKind.BEHAVIOUR_MODIFICATION).build()))
          .build();
      LocalDate placed = date(source);
      LocalDate confirmed = placed.minusDays(source.choose(0, 30));
      LocalDate access = confirmed.plusDays(source.choose(0, placed.toEpochDay() - confirmed.toEpochDay()));
      List<ModelReportUpdate> updates = new ArrayList<>();
      LocalDate previous = placed;
      for (int i = 0; i < source.choose(0, 2); i++) {
        LocalDate c = previous.plusDays(source.choose(1, 150));
        // access the day of confirmation: within the five business days of Measure 7.7
        updates.add(new ModelReportUpdate("1." + (i + 1), c, c, text(source), text(source)));
        previous = c;
      }
      return SafetyAndSecurityModelReport.builder()
          .modelName(text(source)).reportVersion("1.0").reportDate(confirmed).unionPlacementDate(placed)
          .aiOfficeAccessOn(access).mostCapableModel(source.chance(0.5))
          .modelDescription(text(source)).uses(text(source)).versions(text(source))
          .modelSpecification(text(source)).reasonsForProceeding(text(source))
          .failureConditions(Gens.lists(DocumentationGens.texts(6), 1, 2).generate(source))
          .decisionProcess(text(source)).records(records).evaluationSamples(samples)
          .nextSixMonthsPlans(text(source))
          .externalReports(List.of("https://provider.example/report-" + source.choose(1, 99) + ".pdf"))
          .materialChanges(text(source)).updates(updates)
          .build();
    };
  }

  /**
   * Returns a generator of complete Frameworks that their validator accepts without a finding: tiers for the four
   * specified systemic risks, confirmation by the earlier of four weeks after notification and two weeks before
   * placement, access on the day of confirmation, updates with changelogs shared the same day within the first
   * year after placement, and every responsibility and resource of Commitment 8 allocated.
   *
   * @return the generator
   */
  public static Gen<SafetyAndSecurityFramework> validFrameworks() {
    return source -> {
      LocalDate notified = date(source);
      LocalDate placed = notified.plusWeeks(source.choose(6, 30));
      // the earlier of the two plain counts; the real last days are these or later
      LocalDate afterNotification = notified.plusDays(CONFIRMATION_AFTER_NOTIFICATION_DAYS);
      LocalDate beforePlacement = placed.minusDays(CONFIRMATION_BEFORE_PLACEMENT_DAYS);
      LocalDate due = afterNotification.isBefore(beforePlacement) ? afterNotification : beforePlacement;
      LocalDate confirmed = due.minusDays(source.choose(0, due.toEpochDay() - notified.toEpochDay()));
      List<FrameworkUpdate> updates = new ArrayList<>();
      LocalDate last = confirmed;
      for (int i = 0; i < source.choose(0, 2); i++) {
        LocalDate c = placed.plusDays(source.choose(1, 300));
        if (c.isBefore(last)) {
          c = last;
        }
        updates.add(new FrameworkUpdate("1." + (i + 1), c, text(source), c));
        last = c;
      }
      List<ResponsibilityAssignment> assignments = new ArrayList<>();
      for (Responsibility r : Responsibility.values()) {
        assignments.add(new ResponsibilityAssignment(r, Gens.enums(OrganisationalLevel.class).generate(source),
            text(source), r == Responsibility.OWNERSHIP));
      }
      List<ResourceAllocation> resources = new ArrayList<>();
      for (ResourceKind k : ResourceKind.values()) {
        resources.add(new ResourceAllocation(k, text(source)));
      }
      return SafetyAndSecurityFramework.builder()
          .providerName(text(source)).frameworkVersion("1." + updates.size())
          .notifiedOn(notified).firstPlacementDate(placed).confirmedOn(confirmed).aiOfficeAccessOn(confirmed)
          .processes(text(source)).triggerPoints(text(source))
          .risks(TaxonomyGens.systemicRiskRecords().generate(source).risks())
          .tierTimelineEstimates(text(source)).externalActorsInfluence(text(source))
          .responsibilityAllocation(ResponsibilityAllocation.builder().assignments(assignments).resources(resources)
              .riskCultureIndicators(List.of(text(source))).whistleblowerPolicy(text(source))
              .workersLastInformedOn(last).build())
          .updateProcess(text(source))
          .updates(updates)
          .build();
    };
  }
}
