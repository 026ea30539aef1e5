package io.github.gpai4j.evaluation.safety;

import static java.util.Objects.requireNonNull;

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
import io.github.gpai4j.evaluation.time.NotificationDeadlines;
import io.github.gpai4j.taxonomy.SpecifiedSystemicRisk;
import io.github.gpai4j.taxonomy.framework.FrameworkUpdate;
import io.github.gpai4j.taxonomy.framework.ResourceAllocation;
import io.github.gpai4j.taxonomy.framework.ResourceKind;
import io.github.gpai4j.taxonomy.framework.Responsibility;
import io.github.gpai4j.taxonomy.framework.ResponsibilityAllocation;
import io.github.gpai4j.taxonomy.framework.ResponsibilityAssignment;
import io.github.gpai4j.taxonomy.framework.SafetyAndSecurityFramework;
import io.github.gpai4j.taxonomy.framework.SafetyAndSecurityFrameworkForms;
import io.github.gpai4j.taxonomy.risk.AcceptanceCriterionType;
import io.github.gpai4j.taxonomy.risk.SystemicRisk;
import java.time.LocalDate;
import java.time.Period;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import java.util.function.BiFunction;
import org.jspecify.annotations.Nullable;

/**
 * Checks a Safety and Security Framework: its form table (Measure 1.1 contents), the tiers of the specified systemic
 * risks, its dates (Measures 1.1, 1.3 and 1.4, business days counted on the EU institutions' calendar through
 * {@link NotificationDeadlines}) and its responsibility allocation (Commitment 8), as of a date.
 *
 * <p>{@link #create()} evaluates as of the latest date the Framework states (confirmation, access, assessment or an
 * update's dates), {@link #asOf(LocalDate)} as of a date the caller gives; nothing reads the clock. A Framework not
 * yet confirmed is late only once the confirmation deadline is before the evaluation date; access not yet given is
 * late only once five business days have passed. Instances are immutable and thread-safe; validation never throws
 * because of what a Framework says.
 *
 * @since 0.3.0
 */
public final class FrameworkValidator implements Validator<SafetyAndSecurityFramework> {

  private static final FrameworkValidator DOCUMENTED = new FrameworkValidator((f, run) -> run != null ? run : statedAsOf(f));

  private final FormValidator<SafetyAndSecurityFramework> delegate;

  private FrameworkValidator(BiFunction<SafetyAndSecurityFramework, @Nullable LocalDate, @Nullable LocalDate> asOf) {
    Form<SafetyAndSecurityFramework> form = SafetyAndSecurityFrameworkForms.COP_FINAL_2025_07;
    this.delegate = FormValidator.of(form, FormRules.of(form.table()),
        List.of(new Checks(asOf, NotificationDeadlines.euInstitutions())));
  }

  /**
   * Returns the validator that evaluates as of the latest date each Framework states,
   * or, when the options of a run give one ({@link ValidationOptions#asOf()}), as of that date.
   *
   * @return the shared instance
   */
  public static FrameworkValidator create() {
    return DOCUMENTED;
  }

  /**
   * Returns a validator that evaluates as of a date.
   *
   * @param asOf the evaluation date, not null
   * @return the validator
   */
  public static FrameworkValidator asOf(LocalDate asOf) {
    requireNonNull(asOf, "asOf");
    return new FrameworkValidator((f, run) -> asOf);
  }

  @Override
  public ValidationReport validate(SafetyAndSecurityFramework framework, ValidationOptions options) {
    return delegate.validate(requireNonNull(framework, "framework"), requireNonNull(options, "options"));
  }

  @Override
  public List<Rule> rules() {
    return delegate.rules();
  }

  /**
   * Returns the latest date a Framework states.
   *
   * @param f the Framework, not null
   * @return the date, or null if it states none
   */
  static @Nullable LocalDate statedAsOf(SafetyAndSecurityFramework f) {
    LocalDate last = null;
    for (LocalDate d : dates(f)) {
      if (d != null && (last == null || d.isAfter(last))) {
        last = d;
      }
    }
    return last;
  }

  private static List<@Nullable LocalDate> dates(SafetyAndSecurityFramework f) {
    List<@Nullable LocalDate> all = new ArrayList<>();
    all.add(f.confirmedOn());
    all.add(f.aiOfficeAccessOn());
    all.add(f.lastAssessmentOn());
    all.add(f.notifiedOn());
    for (FrameworkUpdate u : f.updates()) {
      all.add(u.confirmedOn());
      all.add(u.aiOfficeAccessOn());
    }
    ResponsibilityAllocation r = f.responsibilityAllocation();
    if (r != null) {
      all.add(r.workersLastInformedOn());
    }
    return all;
  }

  /** The cross-item checks of {@link FrameworkRules}. */
  private static final class Checks implements CrossCheck<SafetyAndSecurityFramework> {

    private final BiFunction<SafetyAndSecurityFramework, @Nullable LocalDate, @Nullable LocalDate> asOf;
    private final NotificationDeadlines deadlines;

    Checks(BiFunction<SafetyAndSecurityFramework, @Nullable LocalDate, @Nullable LocalDate> asOf, NotificationDeadlines deadlines) {
      this.asOf = asOf;
      this.deadlines = deadlines;
    }

    @Override
    public List<Rule> rules() {
      return FrameworkRules.all();
    }

    @Override
    public void check(SafetyAndSecurityFramework f, Form<SafetyAndSecurityFramework> form,
        ValidationReport.Collector out) {
      if (!tiers(f, out) || !supported(f)) {
        return;
      }
      LocalDate at = asOf.apply(f, out.asOf());
      if (!dates(f, at, out)) {
        return;
      }
      ResponsibilityAllocation r = f.responsibilityAllocation();
      if (r != null) {
        responsibilities(r, at, out);
      }
    }

    private static boolean supported(SafetyAndSecurityFramework f) {
      for (LocalDate d : FrameworkValidator.dates(f)) {
        if (d != null && !IncidentDeadlines.supports(d)) {
          return false;
        }
      }
      LocalDate placed = f.firstPlacementDate();
      return placed == null || IncidentDeadlines.supports(placed) && placed.getYear() > LocalDate.MIN.getYear() + 1;
    }

    private static boolean tiers(SafetyAndSecurityFramework f, ValidationReport.Collector out) {
      if (f.risks().isEmpty()) {
        return true; // the form's completeness rule reports the missing item
      }
      Set<SpecifiedSystemicRisk> tiered = EnumSet.noneOf(SpecifiedSystemicRisk.class);
      for (SystemicRisk r : f.risks()) {
        SpecifiedSystemicRisk s = r.specifiedRisk();
        if (s != null && r.acceptanceCriteria().stream()
            .anyMatch(c -> c.type() == AcceptanceCriterionType.SYSTEMIC_RISK_TIER)) {
          tiered.add(s);
        }
      }
      for (SpecifiedSystemicRisk s : SpecifiedSystemicRisk.values()) {
        if (!tiered.contains(s)
            && !out.add(FrameworkRules.SPECIFIED_RISK_WITHOUT_TIERS.finding(JsonPointer.of("risks"), s.code()))) {
          return false;
        }
      }
      return true;
    }

    private boolean dates(SafetyAndSecurityFramework f, @Nullable LocalDate at, ValidationReport.Collector out) {
      LocalDate confirmed = f.confirmedOn();
      LocalDate due = deadlines.frameworkConfirmationDue(f.notifiedOn(), f.firstPlacementDate());
      if (due != null && (confirmed != null ? confirmed.isAfter(due) : at != null && at.isAfter(due))
          && !out.add(FrameworkRules.CONFIRMATION_LATE.finding(JsonPointer.of("confirmedOn"), due.toString(),
              confirmed == null ? "-" : confirmed.toString()))) {
        return false;
      }
      if (confirmed != null && !access(deadlines.frameworkAccessDue(confirmed), f.aiOfficeAccessOn(), at,
          FrameworkRules.ACCESS_LATE, JsonPointer.of("aiOfficeAccessOn"), null, out)) {
        return false;
      }
      for (int i = 0; i < f.updates().size(); i++) {
        FrameworkUpdate u = f.updates().get(i);
        JsonPointer base = JsonPointer.of("updates").append(i);
        if (isBlank(u.changelog()) && !out.add(FrameworkRules.UPDATE_WITHOUT_CHANGELOG.finding(
            base.append("changelog"), u.version()))) {
          return false;
        }
        if (!access(deadlines.frameworkAccessDue(u.confirmedOn()), u.aiOfficeAccessOn(), at,
            FrameworkRules.UPDATE_ACCESS_LATE, base.append("aiOfficeAccessOn"), u.version(), out)) {
          return false;
        }
      }
      LocalDate from = f.lastAssessmentOn() != null ? f.lastAssessmentOn() : f.firstPlacementDate();
      if (from != null && at != null) {
        LocalDate assessmentDue = deadlines.frameworkAssessmentDue(from);
        if (at.isAfter(assessmentDue) && !out.add(FrameworkRules.ASSESSMENT_OVERDUE.finding(
            JsonPointer.of("lastAssessmentOn"), assessmentDue.toString(), from.toString(), at.toString()))) {
          return false;
        }
      }
      return true;
    }

    private static boolean access(LocalDate due, @Nullable LocalDate given, @Nullable LocalDate at, Rule rule,
        JsonPointer where, @Nullable String version, ValidationReport.Collector out) {
      boolean late = given != null ? given.isAfter(due) : at != null && at.isAfter(due);
      if (!late) {
        return true;
      }
      String givenText = given == null ? "-" : given.toString();
      return version == null ? out.add(rule.finding(where, due.toString(), givenText))
          : out.add(rule.finding(where, version, due.toString(), givenText));
    }

    private static void responsibilities(ResponsibilityAllocation r, @Nullable LocalDate at,
        ValidationReport.Collector out) {
      JsonPointer base = JsonPointer.of("responsibilityAllocation");
      Set<Responsibility> assigned = EnumSet.noneOf(Responsibility.class);
      boolean independentSupport = false;
      boolean anySupport = false;
      for (ResponsibilityAssignment a : r.assignments()) {
        assigned.add(a.responsibility());
        if (a.responsibility() == Responsibility.SUPPORT_AND_MONITORING) {
          anySupport = true;
          independentSupport |= Boolean.FALSE.equals(a.riskProducing());
        }
      }
      for (Responsibility x : Responsibility.values()) {
        if (!assigned.contains(x) && !out.add(FrameworkRules.RESPONSIBILITY_UNASSIGNED.finding(
            base.append("assignments"), x.name()))) {
          return;
        }
      }
      if (anySupport && !independentSupport && !out.add(FrameworkRules.SUPPORT_RISK_PRODUCING.finding(
          base.append("assignments")))) {
        return;
      }
      Set<ResourceKind> kinds = EnumSet.noneOf(ResourceKind.class);
      for (ResourceAllocation a : r.resources()) {
        kinds.add(a.kind());
      }
      for (ResourceKind k : ResourceKind.values()) {
        if (!kinds.contains(k) && !out.add(FrameworkRules.RESOURCE_MISSING.finding(base.append("resources"),
            k.name()))) {
          return;
        }
      }
      LocalDate informed = r.workersLastInformedOn();
      if (informed == null || at != null && at.isAfter(informed.plus(Period.ofYears(1)))) {
        out.add(FrameworkRules.WHISTLEBLOWER_NOT_ANNUAL.finding(base.append("workersLastInformedOn"),
            informed == null ? "-" : informed.toString()));
      }
    }
  }

  private static boolean isBlank(@Nullable String s) {
    return s == null || s.isBlank();
  }
}
