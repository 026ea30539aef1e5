package io.github.gpai4j.evaluation.safety;

import io.github.gpai4j.taxonomy.mitigation.Mitigation;
import io.github.gpai4j.taxonomy.mitigation.MitigationType;
import static java.util.Objects.requireNonNull;

import io.github.gpai4j.core.validation.JsonPointer;
import io.github.gpai4j.core.validation.Rule;
import io.github.gpai4j.core.validation.ValidationOptions;
import io.github.gpai4j.core.validation.ValidationReport;
import io.github.gpai4j.core.validation.Validator;
import java.util.List;

/**
 * Checks a mitigation against Commitments 5 and 6 of the Safety and Security chapter of the GPAI Code of Practice:
 * it addresses at least one identified systemic risk, and a safety mitigation (Commitment 5) lists no Appendix 4
 * security objectives, nor a security mitigation (Commitment 6) Measure 5.1 safety kinds. Both rules are warnings
 * ({@link MitigationRules#MITIGATION_WITHOUT_RISK}, {@link MitigationRules#MITIGATION_TYPE_MISMATCH}).
 *
 * <p>Whether the risk ids name identified risks is a check across records, made by
 * {@link io.github.gpai4j.evaluation.safety.SystemicRiskRecordsValidator}.
 *
 * <p>Instances are immutable and thread-safe; validation never throws because of what the mitigation says.
 * Locations are JSON Pointers into the mitigation's JSON form.
 *
 * @since 0.1.0
 */
public final class MitigationValidator implements Validator<Mitigation> {

  private static final MitigationValidator INSTANCE = new MitigationValidator();

  private MitigationValidator() {}

  /**
   * Returns the validator.
   *
   * @return the shared instance
   */
  public static MitigationValidator create() {
    return INSTANCE;
  }

  @Override
  public ValidationReport validate(Mitigation mitigation, ValidationOptions options) {
    requireNonNull(mitigation, "mitigation");
    requireNonNull(options, "options");
    ValidationReport.Collector out = ValidationReport.collector(options);
    MitigationType type = mitigation.type();
    if (mitigation.riskIds().isEmpty()) {
      out.add(MitigationRules.MITIGATION_WITHOUT_RISK.finding(JsonPointer.of("riskIds"),
          String.valueOf(mitigation.id())));
    }
    if (type == MitigationType.SAFETY && !mitigation.securityObjectives().isEmpty()) {
      out.add(MitigationRules.MITIGATION_TYPE_MISMATCH.finding(JsonPointer.of("securityObjectives"), type.name()));
    }
    if (type == MitigationType.SECURITY && !mitigation.safetyKinds().isEmpty()) {
      out.add(MitigationRules.MITIGATION_TYPE_MISMATCH.finding(JsonPointer.of("safetyKinds"), type.name()));
    }
    return out.report();
  }

  @Override
  public List<Rule> rules() {
    return MitigationRules.mitigationRules();
  }
}
