package io.github.gpai4j.evaluation.safety;

import static java.util.Objects.requireNonNull;

import io.github.gpai4j.core.Document;
import io.github.gpai4j.evaluation.obligations.Obligation;
import io.github.gpai4j.evaluation.obligations.ObligationId;
import io.github.gpai4j.evaluation.obligations.ObligationSchedule;
import io.github.gpai4j.evaluation.time.IncidentDeadlines;
import io.github.gpai4j.evaluation.time.NotificationDeadlines;
import io.github.gpai4j.evaluation.time.TimeLimits;
import io.github.gpai4j.taxonomy.framework.FrameworkUpdate;
import io.github.gpai4j.taxonomy.framework.SafetyAndSecurityFramework;
import io.github.gpai4j.taxonomy.incident.IncidentReportKind;
import io.github.gpai4j.taxonomy.incident.IncidentSeverity;
import io.github.gpai4j.taxonomy.incident.ReportSubmission;
import io.github.gpai4j.taxonomy.incident.SeriousIncidentReport;
import io.github.gpai4j.taxonomy.report.ModelReportUpdate;
import io.github.gpai4j.taxonomy.report.SafetyAndSecurityModelReport;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import org.jspecify.annotations.Nullable;

/**
 * Lists the deadlines of the Safety and Security documents and of a model's Chapter&nbsp;V obligations as of a date:
 * the serious-incident reports of Measure 9.3 and the retention of Measure 9.4 ({@link IncidentDeadlines}), the Model
 * Report's access and updates (Measures 7.6 and 7.7) and the Framework's confirmation, access and assessments
 * (Measures 1.1, 1.3 and 1.4) ({@link NotificationDeadlines}), and the due dates of a profile's applying obligations.
 *
 * <p>Each list is in due-date order. The evaluation date is always the caller's; nothing reads the clock. A
 * deadline whose action was taken is {@link DeadlineStatus#MET} or {@link DeadlineStatus#MET_LATE} whatever the date;
 * one not taken is {@link DeadlineStatus#MISSED} once its due date is before the evaluation date. Instances are
 * immutable and thread-safe.
 *
 * @since 0.3.0
 */
public final class SafetyDeadlines {

  private static final Comparator<Deadline> ORDER = Comparator.comparing(Deadline::due)
      .thenComparing(Deadline::document).thenComparing(Deadline::subject).thenComparing(Deadline::kind);

  private final TimeLimits limits;
  private final NotificationDeadlines notifications;

  /**
   * Returns a lister counting with a given counter.
   *
   * @param limits the counter and its holiday calendar, not null
   */
  public SafetyDeadlines(TimeLimits limits) {
    this.limits = requireNonNull(limits, "limits");
    this.notifications = new NotificationDeadlines(limits);
  }

  /**
   * Returns a lister on the EU institutions' calendar.
   *
   * @return the lister
   */
  public static SafetyDeadlines euInstitutions() {
    return new SafetyDeadlines(TimeLimits.euInstitutions());
  }

  /**
   * Returns the deadlines of any document: those of a serious-incident report, Model Report or Framework; none for
   * another type.
   *
   * @param document the document, not null
   * @param asOf the evaluation date, not null
   * @return the deadlines in due-date order, unmodifiable
   */
  public List<Deadline> of(Document document, LocalDate asOf) {
    requireNonNull(document, "document");
    requireNonNull(asOf, "asOf");
    if (document instanceof SeriousIncidentReport r) {
      return of(r, asOf);
    }
    if (document instanceof SafetyAndSecurityModelReport r) {
      return of(r, asOf);
    }
    if (document instanceof SafetyAndSecurityFramework f) {
      return of(f, asOf);
    }
    return List.of();
  }

  /**
   * Returns the deadlines of a serious incident: the initial report, the intermediate reports (each four weeks after
   * the previous report, until the incident is resolved by that day; after a missed one nothing further is listed),
   * the final report and the retention of its documentation. Without a severity or awareness day there is none.
   *
   * @param report the report, not null
   * @param asOf the evaluation date, not null
   * @return the deadlines in due-date order, unmodifiable
   */
  public List<Deadline> of(SeriousIncidentReport report, LocalDate asOf) {
    requireNonNull(report, "report");
    requireNonNull(asOf, "asOf");
    List<Deadline> out = new ArrayList<>();
    IncidentSeverity severity = report.severity();
    LocalDate aware = report.awareOfModelInvolvementOn();
    if (severity == null || aware == null || !supported(report)) {
      return List.of();
    }
    String doc = SeriousIncidentReport.DOCUMENT_TYPE;
    String subject = report.incidentId() == null ? "-" : report.incidentId();
    IncidentDeadlines d = IncidentDeadlines.of(severity, aware, limits);
    Optional<ReportSubmission> initial = report.first(IncidentReportKind.INITIAL);
    LocalDate initialOn = initial.map(ReportSubmission::submittedOn).orElse(null);
    out.add(deadline(doc, subject, DeadlineKind.INCIDENT_INITIAL_REPORT, d.initialReportDue(), initialOn, asOf));
    LocalDate resolved = report.resolvedOn();
    if (initialOn != null) {
      LocalDate previous = initialOn;
      while (true) {
        LocalDate due = d.nextIntermediateReport(previous).lastDay();
        if (resolved != null && !resolved.isAfter(due)) {
          break;
        }
        ReportSubmission next = next(report, previous);
        Deadline item = deadline(doc, subject, DeadlineKind.INCIDENT_INTERMEDIATE_REPORT, due,
            next == null ? null : next.submittedOn(), asOf);
        out.add(item);
        if (next == null || next.kind() == IncidentReportKind.FINAL) {
          break;
        }
        previous = next.submittedOn();
      }
    }
    if (resolved != null) {
      LocalDate fin = report.first(IncidentReportKind.FINAL).map(ReportSubmission::submittedOn).orElse(null);
      out.add(deadline(doc, subject, DeadlineKind.INCIDENT_FINAL_REPORT, d.finalReport(resolved).lastDay(), fin,
          asOf));
    }
    LocalDate documented = report.documentedOn();
    LocalDate incident = report.endDate() != null ? report.endDate() : report.startDate();
    if (documented != null && incident != null && IncidentDeadlines.supports(documented)
        && IncidentDeadlines.supports(incident)) {
      out.add(new Deadline(doc, subject, DeadlineKind.INCIDENT_RETENTION,
          IncidentDeadlines.retainUntil(documented, incident), null, DeadlineStatus.RETAIN_UNTIL,
          DeadlineKind.INCIDENT_RETENTION.legalBases()));
    }
    out.sort(ORDER);
    return List.copyOf(out);
  }

  /**
   * Returns the deadlines of a Model Report: access by placing on the market (15 business days later with an interim
   * report), access to each update within five business days, and, for the most capable models, the next
   * six-monthly update.
   *
   * @param report the report, not null
   * @param asOf the evaluation date, not null
   * @return the deadlines in due-date order, unmodifiable
   */
  public List<Deadline> of(SafetyAndSecurityModelReport report, LocalDate asOf) {
    requireNonNull(report, "report");
    requireNonNull(asOf, "asOf");
    List<Deadline> out = new ArrayList<>();
    String doc = SafetyAndSecurityModelReport.DOCUMENT_TYPE;
    String subject = report.reportVersion() == null ? "-" : report.reportVersion();
    if (!supported(report)) {
      return List.of();
    }
    LocalDate placed = report.unionPlacementDate();
    if (placed != null) {
      LocalDate interim = report.interimReportOn();
      LocalDate due = interim != null && !interim.isAfter(placed) ? notifications.modelReportDelayLimit(placed)
          : placed;
      out.add(deadline(doc, subject, DeadlineKind.MODEL_REPORT_ACCESS, due, report.aiOfficeAccessOn(), asOf));
    }
    for (ModelReportUpdate u : report.updates()) {
      out.add(deadline(doc, u.version(), DeadlineKind.MODEL_REPORT_UPDATE_ACCESS,
          notifications.modelReportUpdateAccessDue(u.confirmedOn()), u.aiOfficeAccessOn(), asOf));
    }
    LocalDate last = ModelReportValidator.lastDate(report);
    if (Boolean.TRUE.equals(report.mostCapableModel()) && last != null) {
      out.add(deadline(doc, subject, DeadlineKind.MODEL_REPORT_SIX_MONTHLY_UPDATE,
          notifications.modelReportUpdateDue(last), null, asOf));
    }
    out.sort(ORDER);
    return List.copyOf(out);
  }

  /**
   * Returns the deadlines of a Framework: its confirmation, the AI Office's access to it and to each update, and
   * the next Framework assessment.
   *
   * @param framework the Framework, not null
   * @param asOf the evaluation date, not null
   * @return the deadlines in due-date order, unmodifiable
   */
  public List<Deadline> of(SafetyAndSecurityFramework framework, LocalDate asOf) {
    requireNonNull(framework, "framework");
    requireNonNull(asOf, "asOf");
    List<Deadline> out = new ArrayList<>();
    String doc = SafetyAndSecurityFramework.DOCUMENT_TYPE;
    String subject = framework.frameworkVersion() == null ? "-" : framework.frameworkVersion();
    if (!supported(framework)) {
      return List.of();
    }
    LocalDate confirmed = framework.confirmedOn();
    LocalDate due = notifications.frameworkConfirmationDue(framework.notifiedOn(), framework.firstPlacementDate());
    if (due != null) {
      out.add(deadline(doc, subject, DeadlineKind.FRAMEWORK_CONFIRMATION, due, confirmed, asOf));
    }
    if (confirmed != null) {
      out.add(deadline(doc, subject, DeadlineKind.FRAMEWORK_ACCESS, notifications.frameworkAccessDue(confirmed),
          framework.aiOfficeAccessOn(), asOf));
    }
    for (FrameworkUpdate u : framework.updates()) {
      out.add(deadline(doc, u.version(), DeadlineKind.FRAMEWORK_UPDATE_ACCESS,
          notifications.frameworkAccessDue(u.confirmedOn()), u.aiOfficeAccessOn(), asOf));
    }
    LocalDate from = framework.lastAssessmentOn() != null ? framework.lastAssessmentOn()
        : framework.firstPlacementDate();
    if (from != null) {
      out.add(deadline(doc, subject, DeadlineKind.FRAMEWORK_ASSESSMENT, notifications.frameworkAssessmentDue(from),
          null, asOf));
    }
    out.sort(ORDER);
    return List.copyOf(out);
  }

  /**
   * Returns the due dates of the applying obligations of a profile's schedule, evaluated as of the schedule's date;
   * an obligation without a due date is left out. The profile says nothing of whether an obligation was met, so a
   * past due date is {@link DeadlineStatus#PASSED}, not missed; the documents given next to the profile show what
   * was done.
   *
   * @param schedule the schedule, not null
   * @return the deadlines in due-date order, unmodifiable
   */
  public List<Deadline> of(ObligationSchedule schedule) {
    requireNonNull(schedule, "schedule");
    List<Deadline> out = new ArrayList<>();
    for (Obligation o : schedule.applying()) {
      LocalDate due = o.dueDate();
      if (due != null) {
        out.add(new Deadline("model-profile", o.id().name(), DeadlineKind.OBLIGATION, due, null,
            schedule.asOf().isAfter(due) ? DeadlineStatus.PASSED : DeadlineStatus.UPCOMING, o.legalBases()));
      }
    }
    out.sort(ORDER);
    return List.copyOf(out);
  }

  /**
   * Returns the Model Report deadline a profile implies when no Model Report is at hand: where Art.&nbsp;55(1)(b)
   * applies to the model, Measure 7.7 wants the AI Office to have the Model Report by the time of placing on the
   * (Union) market; listed as missed after that date, upcoming before it.
   *
   * @param schedule the profile's schedule, not null
   * @param placedOn the day the model is (to be) placed on the Union market, or null if unknown
   * @return the deadline, or empty if the obligation does not apply or the placement date is unknown
   */
  public Optional<Deadline> expectedModelReport(ObligationSchedule schedule, @Nullable LocalDate placedOn) {
    requireNonNull(schedule, "schedule");
    Obligation o = schedule.get(ObligationId.ART_55_1_B_SYSTEMIC_RISK_MITIGATION);
    if (!o.applies() || placedOn == null) {
      return Optional.empty();
    }
    return Optional.of(new Deadline(SafetyAndSecurityModelReport.DOCUMENT_TYPE, "-",
        DeadlineKind.MODEL_REPORT_ACCESS, placedOn, null, Deadline.statusOf(placedOn, null, schedule.asOf()),
        DeadlineKind.MODEL_REPORT_ACCESS.legalBases()));
  }

  private static Deadline deadline(String doc, String subject, DeadlineKind kind, LocalDate due,
      @Nullable LocalDate metOn, LocalDate asOf) {
    return new Deadline(doc, subject, kind, due, metOn, Deadline.statusOf(due, metOn, asOf), kind.legalBases());
  }

  /** The first report after a day that is not an initial report. */
  static @Nullable ReportSubmission next(SeriousIncidentReport report, LocalDate previous) {
    for (ReportSubmission s : report.submissionsInOrder()) {
      if (s.submittedOn().isAfter(previous) && s.kind() != IncidentReportKind.INITIAL) {
        return s;
      }
    }
    return null;
  }

  private static boolean supported(SeriousIncidentReport r) {
    List<@Nullable LocalDate> days = new ArrayList<>();
    days.add(r.awareOfModelInvolvementOn());
    days.add(r.resolvedOn());
    for (ReportSubmission s : r.submissions()) {
      days.add(s.submittedOn());
    }
    return allSupported(days);
  }

  private static boolean supported(SafetyAndSecurityModelReport r) {
    List<@Nullable LocalDate> days = new ArrayList<>();
    days.add(r.reportDate());
    days.add(r.unionPlacementDate());
    for (ModelReportUpdate u : r.updates()) {
      days.add(u.confirmedOn());
    }
    return allSupported(days);
  }

  private static boolean supported(SafetyAndSecurityFramework f) {
    List<@Nullable LocalDate> days = new ArrayList<>();
    days.add(f.confirmedOn());
    days.add(f.notifiedOn());
    days.add(f.lastAssessmentOn());
    LocalDate placed = f.firstPlacementDate();
    if (placed != null && placed.getYear() <= LocalDate.MIN.getYear() + 1) {
      return false;
    }
    days.add(placed);
    for (FrameworkUpdate u : f.updates()) {
      days.add(u.confirmedOn());
    }
    return allSupported(days);
  }

  private static boolean allSupported(List<@Nullable LocalDate> days) {
    for (LocalDate d : days) {
      if (d != null && !IncidentDeadlines.supports(d)) {
        return false;
      }
    }
    return true;
  }
}
