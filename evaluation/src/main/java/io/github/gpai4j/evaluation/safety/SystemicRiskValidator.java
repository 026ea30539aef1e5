package io.github.gpai4j.evaluation.safety;

import io.github.gpai4j.taxonomy.risk.AcceptanceCriterionType;
import io.github.gpai4j.taxonomy.risk.SystemicRisk;
import io.github.gpai4j.taxonomy.risk.AcceptanceCriterion;
import static java.util.Objects.requireNonNull;

import io.github.gpai4j.core.validation.JsonPointer;
import io.github.gpai4j.core.validation.Rule;
import io.github.gpai4j.core.validation.ValidationOptions;
import io.github.gpai4j.core.validation.ValidationReport;
import io.github.gpai4j.core.validation.Validator;
import io.github.gpai4j.taxonomy.SpecifiedSystemicRisk;
import java.util.List;
import org.jspecify.annotations.Nullable;

/**
 * Checks one identified systemic risk against Measures 2.2 and 4.1 of the Safety and Security chapter of the GPAI
 * Code of Practice: it has scenarios (Measure 2.2) and acceptance criteria that are systemic risk tiers defined in
 * terms of model capabilities, measurable, and including at least one tier not yet reached; other criteria are
 * allowed only where tiers are unsuitable, with a justification, and never for a specified systemic risk (Measure
 * 4.1).
 *
 * <p>The checks run in this order (which matters only for fail-fast): scenarios, presence of criteria (without
 * criteria nothing more is checked), then each criterion by index (type, then for a tier its capabilities and
 * measurement), then the unreached tier. Unknown never counts as satisfied: a tier whose status is unknown is not
 * a tier "not yet reached". Messages name the risk by its id, else its name, else its specified-risk code.
 *
 * <p>Instances are immutable and thread-safe; validation never throws because of what the risk says. Locations
 * are JSON Pointers into the risk's JSON form.
 *
 * @since 0.1.0
 */
public final class SystemicRiskValidator implements Validator<SystemicRisk> {

  private static final SystemicRiskValidator INSTANCE = new SystemicRiskValidator();
  private static final JsonPointer CRITERIA = JsonPointer.of("acceptanceCriteria");

  private SystemicRiskValidator() {}

  /**
   * Returns the validator.
   *
   * @return the shared instance
   */
  public static SystemicRiskValidator create() {
    return INSTANCE;
  }

  @Override
  public ValidationReport validate(SystemicRisk risk, ValidationOptions options) {
    requireNonNull(risk, "risk");
    requireNonNull(options, "options");
    ValidationReport.Collector out = ValidationReport.collector(options);
    String name = label(risk);
    if (risk.scenarios().isEmpty()
        && !out.add(SystemicRiskRules.NO_SCENARIO.finding(JsonPointer.of("scenarios"), name))) {
      return out.report();
    }
    List<AcceptanceCriterion> criteria = risk.acceptanceCriteria();
    if (criteria.isEmpty()) {
      out.add(SystemicRiskRules.NO_CRITERIA.finding(CRITERIA, name));
      return out.report();
    }
    boolean anyTier = false;
    boolean anyUnreached = false;
    boolean otherReported = false;
    for (int i = 0; i < criteria.size() && !out.isStopped(); i++) {
      AcceptanceCriterion c = criteria.get(i);
      JsonPointer at = CRITERIA.append(i);
      AcceptanceCriterionType type = c.type();
      if (type == null) {
        out.add(SystemicRiskRules.CRITERION_TYPE_MISSING.finding(at.append("type"), name));
      } else if (type == AcceptanceCriterionType.OTHER_CRITERION) {
        SpecifiedSystemicRisk specified = risk.specifiedRisk();
        if (specified != null) {
          out.add(SystemicRiskRules.SPECIFIED_RISK_OTHER_CRITERION.finding(at.append("type"), specified.code()));
        } else if (isBlank(risk.tiersUnsuitableJustification()) && !otherReported) {
          out.add(SystemicRiskRules.OTHER_CRITERION_UNJUSTIFIED.finding(
              JsonPointer.of("tiersUnsuitableJustification"), name));
          otherReported = true;
        }
      } else {
        anyTier = true;
        if (c.definingCapabilities().isEmpty()) {
          out.add(SystemicRiskRules.TIER_WITHOUT_CAPABILITY.finding(at.append("definingCapabilities"),
              tierName(c, i)));
        }
        if (isBlank(c.measurement())) {
          out.add(SystemicRiskRules.TIER_NOT_MEASURABLE.finding(at.append("measurement"), tierName(c, i)));
        }
        if (Boolean.FALSE.equals(c.reached())) {
          anyUnreached = true;
        }
      }
    }
    if (anyTier && !anyUnreached) {
      out.add(SystemicRiskRules.NO_UNREACHED_TIER.finding(CRITERIA, name));
    }
    return out.report();
  }

  @Override
  public List<Rule> rules() {
    return SystemicRiskRules.riskRules();
  }

  private static String label(SystemicRisk risk) {
    if (risk.id() != null) {
      return risk.id();
    }
    if (risk.name() != null) {
      return risk.name();
    }
    SpecifiedSystemicRisk s = risk.specifiedRisk();
    return s != null ? s.code() : "?";
  }

  private static String tierName(AcceptanceCriterion c, int index) {
    String n = c.name();
    return n != null ? n : "#" + index;
  }

  private static boolean isBlank(@Nullable String s) {
    return s == null || s.isBlank();
  }
}
