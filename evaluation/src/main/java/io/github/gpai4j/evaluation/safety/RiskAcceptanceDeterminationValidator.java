package io.github.gpai4j.evaluation.safety;

import io.github.gpai4j.taxonomy.risk.RiskAcceptanceDetermination;
import io.github.gpai4j.taxonomy.risk.ProceedDecision;
import static java.util.Objects.requireNonNull;

import io.github.gpai4j.core.validation.JsonPointer;
import io.github.gpai4j.core.validation.Rule;
import io.github.gpai4j.core.validation.ValidationOptions;
import io.github.gpai4j.core.validation.ValidationReport;
import io.github.gpai4j.core.validation.Validator;
import java.util.List;

/**
 * Checks a systemic risk acceptance determination against Measure 4.2 of the Safety and Security chapter of the
 * GPAI Code of Practice, which lets a signatory proceed with development and market placement only if the systemic
 * risks were determined acceptable: a decision to proceed with risks determined unacceptable, or not determined,
 * is {@link SystemicRiskRules#PROCEED_NOT_ACCEPTABLE}. Restricting, withdrawing or not proceeding is never a
 * finding.
 *
 * <p>Instances are immutable and thread-safe; validation never throws because of what the determination says.
 *
 * @since 0.1.0
 */
public final class RiskAcceptanceDeterminationValidator implements Validator<RiskAcceptanceDetermination> {

  private static final RiskAcceptanceDeterminationValidator INSTANCE = new RiskAcceptanceDeterminationValidator();
  private static final List<Rule> RULES = List.of(SystemicRiskRules.PROCEED_NOT_ACCEPTABLE);

  private RiskAcceptanceDeterminationValidator() {}

  /**
   * Returns the validator.
   *
   * @return the shared instance
   */
  public static RiskAcceptanceDeterminationValidator create() {
    return INSTANCE;
  }

  @Override
  public ValidationReport validate(RiskAcceptanceDetermination determination, ValidationOptions options) {
    requireNonNull(determination, "determination");
    requireNonNull(options, "options");
    ValidationReport.Collector out = ValidationReport.collector(options);
    if (determination.decision() == ProceedDecision.PROCEED && !Boolean.TRUE.equals(determination.acceptable())) {
      out.add(SystemicRiskRules.PROCEED_NOT_ACCEPTABLE.finding(JsonPointer.of("decision"),
          String.valueOf(determination.acceptable())));
    }
    return out.report();
  }

  @Override
  public List<Rule> rules() {
    return RULES;
  }
}
