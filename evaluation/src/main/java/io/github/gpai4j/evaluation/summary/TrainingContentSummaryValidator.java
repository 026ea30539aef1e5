package io.github.gpai4j.evaluation.summary;

import static java.util.Objects.requireNonNull;

import io.github.gpai4j.core.summary.TrainingContentSummaries;
import io.github.gpai4j.core.summary.TrainingContentSummary;
import io.github.gpai4j.core.validation.JsonPointer;
import io.github.gpai4j.core.validation.Rule;
import io.github.gpai4j.core.validation.RuleCatalogue;
import io.github.gpai4j.core.validation.Severity;
import io.github.gpai4j.core.validation.ValidationOptions;
import io.github.gpai4j.core.validation.ValidationReport;
import io.github.gpai4j.core.validation.Validator;
import io.github.gpai4j.evaluation.form.FormRules;
import io.github.gpai4j.evaluation.form.FormValidator;
import io.github.gpai4j.evaluation.rules.GpaiRuleSet;
import java.time.LocalDate;
import java.time.Period;
import java.util.ArrayList;
import java.util.List;
import org.jspecify.annotations.Nullable;

/**
 * Validates a public summary of training content (Art.&nbsp;53(1)(d) of Regulation (EU) 2024/1689) against the
 * Commission's template: every item the template asks ({@code TCS-REQ-*}, follow-up items only when their yes/no
 * question is answered yes, the authorised representative only for a provider established outside the Union,
 * Art.&nbsp;54(1)), {@code N/A} nowhere ({@code TCS-NA-NOT-ALLOWED}), and the cross-item rules: sizes and types of
 * content per modality ({@code TCS-1.3-*}, {@code TCS-CONS-1.3-*}), a collection period that runs forwards
 * ({@code TCS-CONS-2.3d-*}), links ({@code TCS-2.1c-LINK}, {@code TCS-2.3b-PURPOSE}, {@code TCS-LINK-SUMMARY}),
 * the domain list of footnote 16 ({@code TCS-2.3g-*}, {@link TopDomainRule}) and, as of a date, the update cadence.
 *
 * <p><b>Update cadence.</b> While the model is trained on new data, the summary is updated at least every six
 * months ({@link GpaiRuleSet#trainingContentSummaryUpdateInterval()}; the clause is known from secondary sources
 * only, UNCONFIRMED). {@code TCS-UPDATE-CADENCE} warns when the last update is more than that before the evaluation
 * date, which comes from {@link #asOf(LocalDate)} or {@link ValidationOptions#asOf()}; without a date the rule is
 * not evaluated, since gpai4j never reads the clock.
 *
 * <p>Instances are immutable and thread-safe; validation never throws because of document content, and its cost is
 * linear in the size of the summary (100,000 crawled domains included).
 *
 * @since 0.3.0
 */
public final class TrainingContentSummaryValidator implements Validator<TrainingContentSummary> {

  /** The summary is updated at least every six months while training on new data continues. */
  static final Rule UPDATE_CADENCE = new Rule("TCS-UPDATE-CADENCE", Severity.WARNING,
      List.of(SummaryChecks.ART_53_1_D), List.of(io.github.gpai4j.core.Recipient.PUBLIC), "tcs.update.cadence",
      "While the model is trained on new data, the summary was last updated no more than six months before the "
          + "evaluation date.", SummaryMessages.MESSAGES);

  private static final FormValidator<TrainingContentSummary> DELEGATE = FormValidator.of(
      TrainingContentSummaries.TEMPLATE, FormRules.of(TrainingContentSummaries.TEMPLATE.table()),
      SummaryChecks.all());

  private static final List<Rule> RULES;

  static {
    List<Rule> all = new ArrayList<>(DELEGATE.rules());
    all.add(UPDATE_CADENCE);
    RULES = RuleCatalogue.of("Public Summary of Training Content", all).all();
  }

  private static final TrainingContentSummaryValidator UNDATED = new TrainingContentSummaryValidator(null,
      GpaiRuleSet.current().trainingContentSummaryUpdateInterval());

  private final @Nullable LocalDate asOf;
  private final Period interval;

  private TrainingContentSummaryValidator(@Nullable LocalDate asOf, Period interval) {
    this.asOf = asOf;
    this.interval = interval;
  }

  /**
   * Returns the validator that takes the evaluation date from the options, if any.
   *
   * @return the validator
   */
  public static TrainingContentSummaryValidator create() {
    return UNDATED;
  }

  /**
   * Returns a validator that evaluates the date-dependent rules as of a date, unless the options give another.
   *
   * @param date the evaluation date, not null
   * @return the validator
   */
  public static TrainingContentSummaryValidator asOf(LocalDate date) {
    return new TrainingContentSummaryValidator(requireNonNull(date, "date"),
        GpaiRuleSet.current().trainingContentSummaryUpdateInterval());
  }

  /**
   * Returns the catalogue validator of the template with the cross-item checks, without the date-dependent rule.
   *
   * @return the form validator
   */
  public static FormValidator<TrainingContentSummary> formValidator() {
    return DELEGATE;
  }

  @Override
  public List<Rule> rules() {
    return RULES;
  }

  @Override
  public ValidationReport validate(TrainingContentSummary summary, ValidationOptions options) {
    requireNonNull(summary, "summary");
    requireNonNull(options, "options");
    ValidationReport report = DELEGATE.validate(summary, options);
    LocalDate date = options.asOf() != null ? options.asOf() : asOf;
    if (date == null || report.stoppedEarly()) {
      return report;
    }
    LocalDate last = summary.lastUpdated();
    if (last != null && Boolean.TRUE.equals(summary.trainingData().continuousTraining())
        && last.plus(interval).isBefore(date)) {
      return report.merge(ValidationReport.of(List.of(UPDATE_CADENCE.finding(JsonPointer.parse("/lastUpdated"),
          last.toString(), Integer.toString(interval.getMonths() + 12 * interval.getYears()), date.toString()))));
    }
    return report;
  }
}
