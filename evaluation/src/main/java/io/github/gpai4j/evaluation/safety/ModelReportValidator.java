package io.github.gpai4j.evaluation.safety;

import static java.util.Objects.requireNonNull;

import io.github.gpai4j.core.form.Form;
import io.github.gpai4j.core.validation.Finding;
import io.github.gpai4j.core.validation.JsonPointer;
import io.github.gpai4j.core.validation.Rule;
import io.github.gpai4j.core.validation.Severity;
import io.github.gpai4j.core.validation.ValidationOptions;
import io.github.gpai4j.core.validation.ValidationReport;
import io.github.gpai4j.core.validation.Validator;
import io.github.gpai4j.evaluation.form.CrossCheck;
import io.github.gpai4j.evaluation.form.FormRules;
import io.github.gpai4j.evaluation.form.FormValidator;
import io.github.gpai4j.evaluation.time.IncidentDeadlines;
import io.github.gpai4j.evaluation.time.NotificationDeadlines;
import io.github.gpai4j.taxonomy.evaluation.ModelEvaluation;
import io.github.gpai4j.taxonomy.report.EvaluationSamples;
import io.github.gpai4j.taxonomy.report.ModelReportUpdate;
import io.github.gpai4j.taxonomy.report.SafetyAndSecurityModelReport;
import io.github.gpai4j.taxonomy.report.SafetyAndSecurityModelReportForms;
import io.github.gpai4j.taxonomy.risk.AcceptanceCriterion;
import io.github.gpai4j.taxonomy.risk.RiskAcceptanceDetermination;
import io.github.gpai4j.taxonomy.risk.SystemicRisk;
import io.github.gpai4j.taxonomy.risk.SystemicRiskRecords;
import io.github.gpai4j.taxonomy.mitigation.Mitigation;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.BiFunction;
import org.jspecify.annotations.Nullable;

/**
 * Checks a Safety and Security Model Report: its form table (Measures 7.1, 7.2, 7.3 and 7.5), the records it
 * documents with every rule of {@link SystemicRiskRecordsValidator} (located under {@code /records}), and the rules
 * of {@link ModelReportRules}, as of a date.
 *
 * <p>Per identified risk (by index under {@code /records/risks}): an evaluation refers to it (analysis), a
 * determination covers it, and, if one of its tiers is reached or a covering determination found it not acceptable, a
 * mitigation is linked to it. Per evaluation that is not lighter-touch: at least five randomly drawn samples. Then
 * the external reports, and the dates: confirmed by placing on the market, access by then (or within 15 business
 * days with an interim report), each update's changelog and access within 5 business days, and the six-monthly
 * update of the most capable models. {@link #create()} evaluates as of the latest date the report states (a
 * confirmation, access or interim date of the report or an update), {@link #asOf(LocalDate)} as of a date the caller
 * gives; nothing reads the clock. Business days are counted on the EU institutions' calendar
 * ({@link NotificationDeadlines#euInstitutions()}). Instances are immutable and thread-safe; validation never throws
 * because of what a report says.
 *
 * @since 0.3.0
 */
public final class ModelReportValidator implements Validator<SafetyAndSecurityModelReport> {

  private static final ModelReportValidator DOCUMENTED = new ModelReportValidator((r, run) -> run != null ? run : statedAsOf(r));

  private final FormValidator<SafetyAndSecurityModelReport> delegate;

  private ModelReportValidator(BiFunction<SafetyAndSecurityModelReport, @Nullable LocalDate, @Nullable LocalDate> asOf) {
    Form<SafetyAndSecurityModelReport> form = SafetyAndSecurityModelReportForms.COP_FINAL_2025_07;
    this.delegate = FormValidator.of(form, FormRules.of(form.table()),
        List.of(new RecordsCheck(), new Coverage(), new Timing(asOf, NotificationDeadlines.euInstitutions())));
  }

  /**
   * Returns the validator that evaluates as of the latest date each report states,
   * or, when the options of a run give one ({@link ValidationOptions#asOf()}), as of that date.
   *
   * @return the shared instance
   */
  public static ModelReportValidator create() {
    return DOCUMENTED;
  }

  /**
   * Returns a validator that evaluates as of a date.
   *
   * @param asOf the evaluation date, not null
   * @return the validator
   */
  public static ModelReportValidator asOf(LocalDate asOf) {
    requireNonNull(asOf, "asOf");
    return new ModelReportValidator((r, run) -> asOf);
  }

  @Override
  public ValidationReport validate(SafetyAndSecurityModelReport report, ValidationOptions options) {
    return delegate.validate(requireNonNull(report, "report"), requireNonNull(options, "options"));
  }

  @Override
  public List<Rule> rules() {
    return delegate.rules();
  }

  /**
   * Returns the latest date a report states: its confirmation or the confirmation of its last update.
   *
   * @param report the report, not null
   * @return the date, or null if it states none
   */
  static @Nullable LocalDate lastDate(SafetyAndSecurityModelReport report) {
    LocalDate last = report.reportDate();
    for (ModelReportUpdate u : report.updates()) {
      if (last == null || u.confirmedOn().isAfter(last)) {
        last = u.confirmedOn();
      }
    }
    return last;
  }

  /**
   * Returns the latest date a report states at all: confirmations, access and interim dates of the report and its
   * updates; what the document knew when it was last written.
   *
   * @param report the report, not null
   * @return the date, or null if it states none
   */
  static @Nullable LocalDate statedAsOf(SafetyAndSecurityModelReport report) {
    LocalDate last = lastDate(report);
    List<@Nullable LocalDate> more = new ArrayList<>();
    more.add(report.aiOfficeAccessOn());
    more.add(report.interimReportOn());
    for (ModelReportUpdate u : report.updates()) {
      more.add(u.aiOfficeAccessOn());
    }
    for (LocalDate d : more) {
      if (d != null && (last == null || d.isAfter(last))) {
        last = d;
      }
    }
    return last;
  }

  /** The records' own rules, relocated under {@code /records}. */
  private static final class RecordsCheck implements CrossCheck<SafetyAndSecurityModelReport> {

    private static final JsonPointer RECORDS = JsonPointer.of("records");

    @Override
    public List<Rule> rules() {
      return SystemicRiskRecordsValidator.create().rules();
    }

    @Override
    public void check(SafetyAndSecurityModelReport doc, Form<SafetyAndSecurityModelReport> form,
        ValidationReport.Collector out) {
      SystemicRiskRecords records = doc.records();
      if (records == null) {
        return;
      }
      ValidationReport nested = SystemicRiskRecordsValidator.create().validate(records, ValidationOptions.defaults());
      List<Finding> ordered = new ArrayList<>(nested.findings());
      ordered.sort((a, b) -> Boolean.compare(a.severity() == Severity.ERROR, b.severity() == Severity.ERROR));
      for (Finding f : ordered) {
        if (!out.add(new Finding(f.rule(), RECORDS.append(f.location()), f.recipients(), f.arguments()))) {
          return;
        }
      }
    }
  }

  /** Analysis, determination, mitigation and samples per risk and evaluation. */
  private static final class Coverage implements CrossCheck<SafetyAndSecurityModelReport> {

    @Override
    public List<Rule> rules() {
      return List.of(ModelReportRules.RISK_NOT_ANALYSED, ModelReportRules.RISK_NOT_DETERMINED,
          ModelReportRules.RISK_NOT_MITIGATED, ModelReportRules.TOO_FEW_SAMPLES,
          ModelReportRules.NO_EXTERNAL_REPORT);
    }

    @Override
    public void check(SafetyAndSecurityModelReport doc, Form<SafetyAndSecurityModelReport> form,
        ValidationReport.Collector out) {
      SystemicRiskRecords records = doc.records();
      if (records != null && !risks(records, out) || !samples(doc, records, out)) {
        return;
      }
      if (doc.externalReports().isEmpty() && isBlank(doc.noExternalEvaluatorJustification())) {
        out.add(ModelReportRules.NO_EXTERNAL_REPORT.finding(JsonPointer.of("externalReports")));
      }
    }

    private static boolean risks(SystemicRiskRecords records, ValidationReport.Collector out) {
      Set<String> analysed = new HashSet<>();
      for (ModelEvaluation e : records.evaluations()) {
        analysed.addAll(e.riskIds());
      }
      Map<String, Boolean> determined = new HashMap<>();
      for (RiskAcceptanceDetermination d : records.determinations()) {
        for (String id : d.riskIds()) {
          determined.merge(id, Boolean.FALSE.equals(d.acceptable()), Boolean::logicalOr);
        }
      }
      Set<String> mitigated = new HashSet<>();
      for (Mitigation m : records.mitigations()) {
        mitigated.addAll(m.riskIds());
      }
      for (int i = 0; i < records.risks().size(); i++) {
        SystemicRisk risk = records.risks().get(i);
        String id = risk.id();
        if (id == null) {
          continue;
        }
        JsonPointer at = JsonPointer.of("records", "risks").append(i).append("id");
        if (!analysed.contains(id) && !out.add(ModelReportRules.RISK_NOT_ANALYSED.finding(at, id))) {
          return false;
        }
        if (!determined.containsKey(id) && !out.add(ModelReportRules.RISK_NOT_DETERMINED.finding(at, id))) {
          return false;
        }
        boolean reached = risk.acceptanceCriteria().stream().map(AcceptanceCriterion::reached)
            .anyMatch(Boolean.TRUE::equals);
        boolean unacceptable = determined.getOrDefault(id, false);
        if ((reached || unacceptable) && !mitigated.contains(id)
            && !out.add(ModelReportRules.RISK_NOT_MITIGATED.finding(at, id))) {
          return false;
        }
      }
      return true;
    }

    private static boolean samples(SafetyAndSecurityModelReport doc, @Nullable SystemicRiskRecords records,
        ValidationReport.Collector out) {
      if (records == null) {
        return true;
      }
      Map<String, Long> random = new HashMap<>();
      for (EvaluationSamples s : doc.evaluationSamples()) {
        random.merge(s.evaluationId(), s.randomCount(), Long::sum);
      }
      for (int i = 0; i < records.evaluations().size(); i++) {
        ModelEvaluation e = records.evaluations().get(i);
        String id = e.id();
        if (id == null || e.lighterTouch()) {
          continue;
        }
        long n = random.getOrDefault(id, 0L);
        if (n < 5 && !out.add(ModelReportRules.TOO_FEW_SAMPLES.finding(
            JsonPointer.of("records", "evaluations").append(i).append("id"), id, Long.toString(n)))) {
          return false;
        }
      }
      return true;
    }
  }

  /** The dates of Measures 7.6 and 7.7. */
  private static final class Timing implements CrossCheck<SafetyAndSecurityModelReport> {

    private final BiFunction<SafetyAndSecurityModelReport, @Nullable LocalDate, @Nullable LocalDate> asOf;
    private final NotificationDeadlines deadlines;

    Timing(BiFunction<SafetyAndSecurityModelReport, @Nullable LocalDate, @Nullable LocalDate> asOf, NotificationDeadlines deadlines) {
      this.asOf = asOf;
      this.deadlines = deadlines;
    }

    @Override
    public List<Rule> rules() {
      return List.of(ModelReportRules.NOT_BY_PLACEMENT, ModelReportRules.ACCESS_LATE,
          ModelReportRules.UPDATE_WITHOUT_CHANGELOG, ModelReportRules.UPDATE_ACCESS_LATE,
          ModelReportRules.SIX_MONTHLY_UPDATE);
    }

    @Override
    public void check(SafetyAndSecurityModelReport doc, Form<SafetyAndSecurityModelReport> form,
        ValidationReport.Collector out) {
      if (!supported(doc)) {
        return;
      }
      LocalDate placed = doc.unionPlacementDate();
      LocalDate confirmed = doc.reportDate();
      LocalDate at = asOf.apply(doc, out.asOf());
      if (placed != null && confirmed != null && confirmed.isAfter(placed) && !out.add(
          ModelReportRules.NOT_BY_PLACEMENT.finding(JsonPointer.of("reportDate"), confirmed.toString(),
              placed.toString()))) {
        return;
      }
      if (placed != null && !access(doc, placed, at, out)) {
        return;
      }
      for (int i = 0; i < doc.updates().size(); i++) {
        ModelReportUpdate u = doc.updates().get(i);
        String changelog = u.changelog();
        if ((changelog == null || changelog.isBlank()) && !out.add(ModelReportRules.UPDATE_WITHOUT_CHANGELOG.finding(
            JsonPointer.of("updates").append(i).append("changelog"), u.version()))) {
          return;
        }
        LocalDate due = deadlines.modelReportUpdateAccessDue(u.confirmedOn());
        LocalDate given = u.aiOfficeAccessOn();
        boolean late = given != null ? given.isAfter(due) : at != null && at.isAfter(due);
        if (late && !out.add(ModelReportRules.UPDATE_ACCESS_LATE.finding(
            JsonPointer.of("updates").append(i).append("aiOfficeAccessOn"), u.version(), due.toString(),
            given == null ? "-" : given.toString()))) {
          return;
        }
      }
      LocalDate last = lastDate(doc);
      if (Boolean.TRUE.equals(doc.mostCapableModel()) && last != null && at != null) {
        LocalDate due = deadlines.modelReportUpdateDue(last);
        if (at.isAfter(due)) {
          out.add(ModelReportRules.SIX_MONTHLY_UPDATE.finding(JsonPointer.of("updates"), due.toString(),
              last.toString(), at.toString()));
        }
      }
    }

    private boolean access(SafetyAndSecurityModelReport doc, LocalDate placed, @Nullable LocalDate at,
        ValidationReport.Collector out) {
      LocalDate given = doc.aiOfficeAccessOn();
      LocalDate interim = doc.interimReportOn();
      LocalDate due = interim != null && !interim.isAfter(placed) ? deadlines.modelReportDelayLimit(placed) : placed;
      boolean late = given != null ? given.isAfter(due) : at != null && at.isAfter(due);
      return !late || out.add(ModelReportRules.ACCESS_LATE.finding(JsonPointer.of("aiOfficeAccessOn"),
          due.toString(), given == null ? "-" : given.toString()));
    }

    private static boolean supported(SafetyAndSecurityModelReport doc) {
      List<@Nullable LocalDate> days = new ArrayList<>();
      days.add(doc.unionPlacementDate());
      days.add(doc.reportDate());
      for (ModelReportUpdate u : doc.updates()) {
        days.add(u.confirmedOn());
      }
      for (LocalDate d : days) {
        if (d != null && !IncidentDeadlines.supports(d)) {
          return false;
        }
      }
      return true;
    }
  }

  private static boolean isBlank(@Nullable String s) {
    return s == null || s.isBlank();
  }
}
