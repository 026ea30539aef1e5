package io.github.gpai4j.evaluation.safety;

import static java.util.Objects.requireNonNull;

import io.github.gpai4j.core.form.Answers;
import io.github.gpai4j.core.form.Form;
import io.github.gpai4j.core.validation.Finding;
import io.github.gpai4j.core.validation.JsonPointer;
import io.github.gpai4j.core.validation.Rule;
import io.github.gpai4j.core.validation.ValidationOptions;
import io.github.gpai4j.core.validation.ValidationReport;
import io.github.gpai4j.core.validation.Validator;
import io.github.gpai4j.evaluation.form.CrossCheck;
import io.github.gpai4j.evaluation.form.FormRules;
import io.github.gpai4j.evaluation.form.FormValidator;
import io.github.gpai4j.evaluation.time.IncidentDeadlines;
import io.github.gpai4j.evaluation.time.TimeLimits;
import io.github.gpai4j.taxonomy.incident.IncidentReportKind;
import io.github.gpai4j.taxonomy.incident.IncidentSeverity;
import io.github.gpai4j.taxonomy.incident.ReportSubmission;
import io.github.gpai4j.taxonomy.incident.SeriousIncidentReport;
import io.github.gpai4j.taxonomy.incident.SeriousIncidentReportForms;
import io.github.gpai4j.taxonomy.incident.SimilarIncident;
import java.time.LocalDate;
import java.util.List;
import java.util.function.BiFunction;
import org.jspecify.annotations.Nullable;

/**
 * Checks a serious-incident report against its form table (fields 1 to 7 and 10 of the Commission's template, the
 * severity and the dates the deadlines need) and against the rules of {@link SeriousIncidentRules}, as of a date.
 *
 * <p>The deadlines come from {@link SafetyDeadlines} and {@link IncidentDeadlines} (Measure 9.3, calendar days, the
 * day of awareness not counted), so that the validator and the {@code deadlines} listing agree: a report submitted after its deadline is late whatever the evaluation date; a report not yet submitted
 * is missing only once its deadline is before the evaluation date. {@link #create()} evaluates as of the report's
 * own documentation date ({@code documentedOn}: what the document knew when it was written), so that the registry
 * and the conformance corpus give the same answer every day; {@link #asOf(LocalDate)} evaluates as of a date the
 * caller gives. Nothing here reads the clock.
 *
 * <p>The checks, in order: the form table's completeness rules; the order of the dates; the initial report; the
 * intermediate reports (from the initial report, each next report due four weeks after the previous one until the
 * incident is resolved by that day; only the first missing report is reported); the final report (60 days after
 * resolution) and its points 8 and 9; the bundled incidents. Instances are immutable and thread-safe; validation
 * never throws because of what a report says.
 *
 * @since 0.3.0
 */
public final class SeriousIncidentReportValidator implements Validator<SeriousIncidentReport> {

  private static final SeriousIncidentReportValidator DOCUMENTED =
      new SeriousIncidentReportValidator((r, run) -> run != null ? run : r.documentedOn(), TimeLimits.euInstitutions());

  private final FormValidator<SeriousIncidentReport> delegate;

  private SeriousIncidentReportValidator(BiFunction<SeriousIncidentReport, @Nullable LocalDate, @Nullable LocalDate> asOf,
      TimeLimits limits) {
    Form<SeriousIncidentReport> form = SeriousIncidentReportForms.TEMPLATE_2025_11;
    this.delegate = FormValidator.of(form, FormRules.of(form.table()), List.of(new Timeliness(asOf, limits)));
  }

  /**
   * Returns the validator that checks the deadlines as of each report's documentation date,
   * or, when the options of a run give one ({@link ValidationOptions#asOf()}), as of that date.
   *
   * @return the shared instance
   */
  public static SeriousIncidentReportValidator create() {
    return DOCUMENTED;
  }

  /**
   * Returns a validator that checks the deadlines as of a date, with the EU institutions' calendar.
   *
   * @param asOf the evaluation date, not null
   * @return the validator
   */
  public static SeriousIncidentReportValidator asOf(LocalDate asOf) {
    requireNonNull(asOf, "asOf");
    return new SeriousIncidentReportValidator((r, run) -> asOf, TimeLimits.euInstitutions());
  }

  @Override
  public ValidationReport validate(SeriousIncidentReport report, ValidationOptions options) {
    return delegate.validate(requireNonNull(report, "report"), requireNonNull(options, "options"));
  }

  @Override
  public List<Rule> rules() {
    return delegate.rules();
  }

  /** The date and deadline checks of {@link SeriousIncidentRules}. */
  private static final class Timeliness implements CrossCheck<SeriousIncidentReport> {

    private static final JsonPointer SUBMISSIONS = JsonPointer.of("submissions");

    private final BiFunction<SeriousIncidentReport, @Nullable LocalDate, @Nullable LocalDate> asOf;
    private final TimeLimits limits;
    private final SafetyDeadlines lister;

    Timeliness(BiFunction<SeriousIncidentReport, @Nullable LocalDate, @Nullable LocalDate> asOf, TimeLimits limits) {
      this.asOf = asOf;
      this.limits = limits;
      this.lister = new SafetyDeadlines(limits);
    }

    @Override
    public List<Rule> rules() {
      return SeriousIncidentRules.all();
    }

    @Override
    public void check(SeriousIncidentReport doc, Form<SeriousIncidentReport> form, ValidationReport.Collector out) {
      if (!datesInOrder(doc, out)) {
        return;
      }
      IncidentSeverity severity = doc.severity();
      LocalDate aware = doc.awareOfModelInvolvementOn();
      if (severity == null || aware == null) {
        return;
      }
      @Nullable LocalDate given = asOf.apply(doc, out.asOf());
      LocalDate at = given == null ? LocalDate.MIN : given; // unknown: nothing is missing yet, late is still late
      List<Deadline> deadlines = lister.of(doc, at);
      if (deadlines.isEmpty()) {
        return; // dates beyond the supported range
      }
      for (Deadline d : deadlines) {
        if (!d.isBreached()) {
          continue;
        }
        String due = d.due().toString();
        String atText = at.toString();
        @Nullable Finding f = switch (d.kind()) {
          case INCIDENT_INITIAL_REPORT -> d.metOn() != null
              ? SeriousIncidentRules.INITIAL_LATE.finding(pointer(doc, d.metOn()), due,
                  String.valueOf(severity.initialReportDays()), aware.toString(), d.metOn().toString())
              : SeriousIncidentRules.INITIAL_MISSING.finding(SUBMISSIONS, due,
                  String.valueOf(severity.initialReportDays()), aware.toString(), atText);
          case INCIDENT_INTERMEDIATE_REPORT -> {
            String previous = d.due().minus(IncidentDeadlines.INTERMEDIATE_INTERVAL).toString();
            yield d.metOn() != null
                ? SeriousIncidentRules.INTERMEDIATE_LATE.finding(pointer(doc, d.metOn()), due, previous,
                    d.metOn().toString())
                : SeriousIncidentRules.INTERMEDIATE_MISSING.finding(SUBMISSIONS, due, previous, atText);
          }
          case INCIDENT_FINAL_REPORT -> {
            String resolved = String.valueOf(doc.resolvedOn());
            yield d.metOn() != null
                ? SeriousIncidentRules.FINAL_LATE.finding(pointer(doc, d.metOn()), due, resolved,
                    d.metOn().toString())
                : SeriousIncidentRules.FINAL_MISSING.finding(SUBMISSIONS, due, resolved, atText);
          }
          default -> null;
        };
        if (f != null && !out.add(f)) {
          return;
        }
      }
      if (!finalContent(doc, out)) {
        return;
      }
      IncidentDeadlines clock = IncidentDeadlines.of(severity, aware, limits);
      for (int i = 0; i < doc.bundledIncidents().size(); i++) {
        SimilarIncident s = doc.bundledIncidents().get(i);
        if (!clock.canBundle(s.awareOn()) && !out.add(SeriousIncidentRules.BUNDLE_OUTSIDE_TIMELINE.finding(
            JsonPointer.of("bundledIncidents").append(i).append("awareOn"), s.id(), s.awareOn().toString(),
            clock.initialReportDue().toString()))) {
          return;
        }
      }
    }

    /** Reports a final report without points 8 and 9 of Measure 9.2; false once fail-fast has stopped. */
    private static boolean finalContent(SeriousIncidentReport doc, ValidationReport.Collector out) {
      if (doc.first(IncidentReportKind.FINAL).isEmpty()) {
        return true;
      }
      if (!Answers.isAnswered(doc.rootCauseAnalysis()) && !out.add(SeriousIncidentRules.FINAL_INCOMPLETE.finding(
          JsonPointer.of("rootCauseAnalysis"), "8"))) {
        return false;
      }
      return Answers.isAnswered(doc.postMarketPatterns()) || out.add(SeriousIncidentRules.FINAL_INCOMPLETE.finding(
          JsonPointer.of("postMarketPatterns"), "9"));
    }

    /** Reports dates in an impossible order; false once fail-fast has stopped. */
    private static boolean datesInOrder(SeriousIncidentReport doc, ValidationReport.Collector out) {
      LocalDate start = doc.startDate();
      LocalDate aware = doc.awareOfModelInvolvementOn();
      if (start != null) {
        if (!before(start, "startDate", doc.endDate(), "endDate", out)
            || !before(start, "startDate", doc.resolvedOn(), "resolvedOn", out)
            || !before(start, "startDate", aware, "awareOfModelInvolvementOn", out)) {
          return false;
        }
      }
      if (aware != null) {
        for (int i = 0; i < doc.submissions().size(); i++) {
          ReportSubmission s = doc.submissions().get(i);
          if (s.submittedOn().isBefore(aware) && !out.add(SeriousIncidentRules.DATES_ORDER.finding(
              SUBMISSIONS.append(i).append("submittedOn"), "submittedOn", s.submittedOn().toString(),
              "awareOfModelInvolvementOn", aware.toString()))) {
            return false;
          }
        }
      }
      return true;
    }

    private static boolean before(LocalDate first, String firstName, @Nullable LocalDate second, String secondName,
        ValidationReport.Collector out) {
      return second == null || !second.isBefore(first) || out.add(SeriousIncidentRules.DATES_ORDER.finding(
          JsonPointer.of(secondName), secondName, second.toString(), firstName, first.toString()));
    }

    /** The first submission made on a day (the deadlines name submissions by their day). */
    private static JsonPointer pointer(SeriousIncidentReport doc, LocalDate day) {
      for (int i = 0; i < doc.submissions().size(); i++) {
        if (doc.submissions().get(i).submittedOn().equals(day)) {
          return SUBMISSIONS.append(i);
        }
      }
      return SUBMISSIONS;
    }
  }
}
