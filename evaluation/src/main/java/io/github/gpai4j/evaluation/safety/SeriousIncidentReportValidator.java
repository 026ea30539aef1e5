package io.github.gpai4j.evaluation.safety;

import static java.util.Objects.requireNonNull;

import io.github.gpai4j.core.form.Answers;
import io.github.gpai4j.core.form.Form;
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
import java.util.Optional;
import java.util.function.Function;
import org.jspecify.annotations.Nullable;

/**
 * Checks a serious-incident report against its form table (fields 1 to 7 and 10 of the Commission's template, the
 * severity and the dates the deadlines need) and against the rules of {@link SeriousIncidentRules}, as of a date.
 *
 * <p>The deadlines come from {@link IncidentDeadlines} (Measure 9.3, calendar days, the day of awareness not
 * counted): a report submitted after its deadline is late whatever the evaluation date; a report not yet submitted
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
      new SeriousIncidentReportValidator(SeriousIncidentReport::documentedOn, TimeLimits.euInstitutions());

  private final FormValidator<SeriousIncidentReport> delegate;

  private SeriousIncidentReportValidator(Function<SeriousIncidentReport, @Nullable LocalDate> asOf,
      TimeLimits limits) {
    Form<SeriousIncidentReport> form = SeriousIncidentReportForms.TEMPLATE_2025_11;
    this.delegate = FormValidator.of(form, FormRules.of(form.table()), List.of(new Timeliness(asOf, limits)));
  }

  /**
   * Returns the validator that checks the deadlines as of each report's documentation date.
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
    return new SeriousIncidentReportValidator(r -> asOf, TimeLimits.euInstitutions());
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

    private final Function<SeriousIncidentReport, @Nullable LocalDate> asOf;
    private final TimeLimits limits;

    Timeliness(Function<SeriousIncidentReport, @Nullable LocalDate> asOf, TimeLimits limits) {
      this.asOf = asOf;
      this.limits = limits;
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
      if (severity == null || aware == null || !supported(doc)) {
        return;
      }
      IncidentDeadlines deadlines = IncidentDeadlines.of(severity, aware, limits);
      @Nullable LocalDate at = asOf.apply(doc);
      Optional<ReportSubmission> initial = doc.first(IncidentReportKind.INITIAL);
      LocalDate initialDue = deadlines.initialReportDue();
      if (initial.isPresent()) {
        if (initial.get().submittedOn().isAfter(initialDue)
            && !out.add(SeriousIncidentRules.INITIAL_LATE.finding(pointer(doc, initial.get()), initialDue.toString(),
                String.valueOf(severity.initialReportDays()), aware.toString(),
                initial.get().submittedOn().toString()))) {
          return;
        }
        if (!intermediates(doc, deadlines, initial.get(), at, out)) {
          return;
        }
      } else if (at != null && at.isAfter(initialDue) && !out.add(SeriousIncidentRules.INITIAL_MISSING.finding(
          SUBMISSIONS, initialDue.toString(), String.valueOf(severity.initialReportDays()), aware.toString(),
          at.toString()))) {
        return;
      }
      if (!finalReport(doc, deadlines, at, out)) {
        return;
      }
      for (int i = 0; i < doc.bundledIncidents().size(); i++) {
        SimilarIncident s = doc.bundledIncidents().get(i);
        if (!deadlines.canBundle(s.awareOn()) && !out.add(SeriousIncidentRules.BUNDLE_OUTSIDE_TIMELINE.finding(
            JsonPointer.of("bundledIncidents").append(i).append("awareOn"), s.id(), s.awareOn().toString(),
            initialDue.toString()))) {
          return;
        }
      }
    }

    private static boolean supported(SeriousIncidentReport doc) {
      for (LocalDate d : new LocalDate[] {doc.awareOfModelInvolvementOn(), doc.resolvedOn()}) {
        if (d != null && !IncidentDeadlines.supports(d)) {
          return false;
        }
      }
      for (ReportSubmission s : doc.submissions()) {
        if (!IncidentDeadlines.supports(s.submittedOn())) {
          return false;
        }
      }
      return true;
    }

    /** Reports the intermediate reports; false once fail-fast has stopped. */
    private static boolean intermediates(SeriousIncidentReport doc, IncidentDeadlines deadlines,
        ReportSubmission initial, @Nullable LocalDate at, ValidationReport.Collector out) {
      List<ReportSubmission> ordered = doc.submissionsInOrder();
      LocalDate previous = initial.submittedOn();
      LocalDate resolved = doc.resolvedOn();
      while (true) {
        LocalDate due = deadlines.nextIntermediateReport(previous).lastDay();
        if (resolved != null && !resolved.isAfter(due)) {
          return true;
        }
        ReportSubmission next = null;
        for (ReportSubmission s : ordered) {
          if (s.submittedOn().isAfter(previous) && s.kind() != IncidentReportKind.INITIAL) {
            next = s;
            break;
          }
        }
        if (next == null) {
          return at == null || !at.isAfter(due) || out.add(SeriousIncidentRules.INTERMEDIATE_MISSING.finding(
              SUBMISSIONS, due.toString(), previous.toString(), at.toString()));
        }
        if (next.submittedOn().isAfter(due) && !out.add(SeriousIncidentRules.INTERMEDIATE_LATE.finding(
            pointer(doc, next), due.toString(), previous.toString(), next.submittedOn().toString()))) {
          return false;
        }
        if (next.kind() == IncidentReportKind.FINAL) {
          return true;
        }
        previous = next.submittedOn();
      }
    }

    /** Reports the final report's timing and content; false once fail-fast has stopped. */
    private static boolean finalReport(SeriousIncidentReport doc, IncidentDeadlines deadlines,
        @Nullable LocalDate at, ValidationReport.Collector out) {
      Optional<ReportSubmission> fin = doc.first(IncidentReportKind.FINAL);
      LocalDate resolved = doc.resolvedOn();
      if (resolved != null) {
        LocalDate due = deadlines.finalReport(resolved).lastDay();
        if (fin.isPresent()) {
          if (fin.get().submittedOn().isAfter(due) && !out.add(SeriousIncidentRules.FINAL_LATE.finding(
              pointer(doc, fin.get()), due.toString(), resolved.toString(), fin.get().submittedOn().toString()))) {
            return false;
          }
        } else if (at != null && at.isAfter(due) && !out.add(SeriousIncidentRules.FINAL_MISSING.finding(
            SUBMISSIONS, due.toString(), resolved.toString(), at.toString()))) {
          return false;
        }
      }
      if (fin.isPresent()) {
        if (!Answers.isAnswered(doc.rootCauseAnalysis()) && !out.add(SeriousIncidentRules.FINAL_INCOMPLETE.finding(
            JsonPointer.of("rootCauseAnalysis"), "8"))) {
          return false;
        }
        if (!Answers.isAnswered(doc.postMarketPatterns()) && !out.add(SeriousIncidentRules.FINAL_INCOMPLETE
            .finding(JsonPointer.of("postMarketPatterns"), "9"))) {
          return false;
        }
      }
      return true;
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

    private static JsonPointer pointer(SeriousIncidentReport doc, ReportSubmission s) {
      return SUBMISSIONS.append(doc.submissions().indexOf(s));
    }
  }
}
