package io.github.gpai4j.evaluation.copyright;

import static java.util.Objects.requireNonNull;

import io.github.gpai4j.core.Instrument;
import io.github.gpai4j.core.LegalBasis;
import io.github.gpai4j.core.Recipient;
import io.github.gpai4j.core.copyright.CopyrightPolicies;
import io.github.gpai4j.core.copyright.CopyrightPolicy;
import io.github.gpai4j.core.copyright.Justification;
import io.github.gpai4j.core.validation.Finding;
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
import java.util.ArrayList;
import java.util.List;
import org.jspecify.annotations.Nullable;

/**
 * Validates a copyright policy (Art.&nbsp;53(1)(c) of Regulation (EU) 2024/1689) against the Code of Practice's
 * Copyright chapter, Measures 1.1 to 1.5: every item answered unless its measure is explicitly justified
 * ({@code CP-REQ-*}), every yes/no commitment answered yes ({@code CP-MEASURE-NOT-MET}), crawlers that follow
 * robots.txt per RFC 9309, state their purpose and honour other reservation protocols ({@code CP-1.3-*}), an
 * electronic point of contact ({@code CP-1.5-ELECTRONIC}), a consistent complaint register ({@code CP-COMPLAINT-*}),
 * justifications with a reason, gaps for models placed before 2&nbsp;August&nbsp;2025 only for such models
 * ({@code CP-LEGACY-GAP}) and, as of a date, only until 2&nbsp;August&nbsp;2027 ({@code CP-LEGACY-GAP-EXPIRED},
 * {@link GpaiRuleSet#legacyComplianceDeadline()}).
 *
 * <p>The Code's Copyright chapter was read through secondary sources and verbatim fragments (gpai-reference.md
 * section 6.3); the measures' titles are confirmed, and the rules check only what those sources agree on.
 *
 * <p>Instances are immutable and thread-safe; validation never throws because of document content, and its cost is
 * linear in the size of the policy.
 *
 * @since 0.3.0
 */
public final class CopyrightPolicyValidator implements Validator<CopyrightPolicy> {

  /** Gaps for models placed before 2 August 2025 are allowed only until the legacy deadline. */
  static final Rule LEGACY_EXPIRED = new Rule("CP-LEGACY-GAP-EXPIRED", Severity.ERROR,
      List.of(CopyrightChecks.ART_53_1_C, LegalBasis.section(Instrument.COMMISSION_GUIDELINES, "5.3")),
      List.of(Recipient.PUBLIC), "cp.legacy.expired", "Gaps disclosed for models placed before 2 August 2025 are "
          + "no longer relied on from 2 August 2027.", CopyrightChecks.MESSAGES);

  private static final FormValidator<CopyrightPolicy> DELEGATE = FormValidator.of(CopyrightPolicies.CODE_2025_07,
      FormRules.of(CopyrightPolicies.CODE_2025_07.table()), CopyrightChecks.all());

  private static final List<Rule> RULES;

  static {
    List<Rule> all = new ArrayList<>(DELEGATE.rules());
    all.add(LEGACY_EXPIRED);
    RULES = RuleCatalogue.of("Copyright Policy", all).all();
  }

  private static final CopyrightPolicyValidator UNDATED = new CopyrightPolicyValidator(null);

  private final @Nullable LocalDate asOf;

  private CopyrightPolicyValidator(@Nullable LocalDate asOf) {
    this.asOf = asOf;
  }

  /**
   * Returns the validator that takes the evaluation date from the options, if any.
   *
   * @return the validator
   */
  public static CopyrightPolicyValidator create() {
    return UNDATED;
  }

  /**
   * Returns a validator that evaluates the date-dependent rule as of a date, unless the options give another.
   *
   * @param date the evaluation date, not null
   * @return the validator
   */
  public static CopyrightPolicyValidator asOf(LocalDate date) {
    return new CopyrightPolicyValidator(requireNonNull(date, "date"));
  }

  @Override
  public List<Rule> rules() {
    return RULES;
  }

  @Override
  public ValidationReport validate(CopyrightPolicy policy, ValidationOptions options) {
    requireNonNull(policy, "policy");
    requireNonNull(options, "options");
    ValidationReport report = DELEGATE.validate(policy, options);
    LocalDate date = options.asOf() != null ? options.asOf() : asOf;
    if (date == null || report.stoppedEarly()) {
      return report;
    }
    LocalDate deadline = GpaiRuleSet.current().legacyComplianceDeadline();
    if (date.isBefore(deadline)) {
      return report;
    }
    List<Finding> expired = new ArrayList<>();
    List<Justification> list = policy.justifications();
    for (int i = 0; i < list.size(); i++) {
      if (list.get(i).legacyGap()) {
        expired.add(LEGACY_EXPIRED.finding(JsonPointer.parse("/justifications").append(i).append("legacyGap"),
            list.get(i).measure(), date.toString(), deadline.toString()));
      }
    }
    return expired.isEmpty() ? report : report.merge(ValidationReport.of(expired));
  }
}
