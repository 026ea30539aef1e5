package io.github.gpai4j.evaluation.safety;

import io.github.gpai4j.taxonomy.risk.SystemicRiskRecords;
import io.github.gpai4j.taxonomy.risk.RiskAcceptanceDetermination;
import io.github.gpai4j.taxonomy.risk.SystemicRisk;
import static java.util.Objects.requireNonNull;

import io.github.gpai4j.core.validation.Finding;
import io.github.gpai4j.core.validation.JsonPointer;
import io.github.gpai4j.core.validation.Rule;
import io.github.gpai4j.core.validation.Severity;
import io.github.gpai4j.core.validation.ValidationOptions;
import io.github.gpai4j.core.validation.ValidationReport;
import io.github.gpai4j.core.validation.Validator;
import io.github.gpai4j.taxonomy.SpecifiedSystemicRisk;
import io.github.gpai4j.taxonomy.mitigation.SecurityGoal;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.EnumSet;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

/**
 * Checks the records of a systemic risk assessment and mitigation process ({@link SystemicRiskRecords}) against
 * the Safety and Security chapter of the GPAI Code of Practice, each record on its own and the records against
 * each other. It applies every rule of {@link SystemicRiskRules}, {@link MitigationRules} and
 * {@link EvaluationRules}; locations are JSON Pointers into the records' JSON form, such as
 * {@code /mitigations/0/riskIds/1}.
 *
 * <p>The checks, in the order they run (which matters only for fail-fast):
 * <ol>
 *   <li>every specified systemic risk of Appendix 1.4 is identified (Measure 2.1(2)), one finding at
 *       {@code /risks} per missing risk, in Appendix 1.4 order;</li>
 *   <li>each risk, by index: the checks of {@link SystemicRiskValidator} under {@code /risks/<i>}, then whether
 *       its id repeats an earlier one (Commitment 2);</li>
 *   <li>each mitigation, evaluation and determination, in that order and by index: the checks of
 *       {@link MitigationValidator}, {@link ModelEvaluationValidator} and
 *       {@link RiskAcceptanceDeterminationValidator}, then every risk id it names that no identified risk has;</li>
 *   <li>the Security Goal, if given, with {@link SecurityGoalValidator} under {@code /securityGoal}.</li>
 * </ol>
 *
 * <p>A risk without an id cannot be referred to and is not reported as a duplicate. Instances are immutable and
 * thread-safe; validation never throws because of what the records say, and its cost is linear in their size.
 *
 * @since 0.1.0
 */
public final class SystemicRiskRecordsValidator implements Validator<SystemicRiskRecords> {

  private static final SystemicRiskRecordsValidator INSTANCE = new SystemicRiskRecordsValidator();
  private static final JsonPointer RISKS = JsonPointer.of("risks");

  private static final List<Rule> RULES;

  static {
    List<Rule> all = new ArrayList<>(SystemicRiskRules.all());
    all.addAll(MitigationRules.all());
    all.addAll(EvaluationRules.all());
    all.sort(Comparator.comparing(Rule::id));
    RULES = List.copyOf(all);
  }

  private SystemicRiskRecordsValidator() {}

  /**
   * Returns the validator.
   *
   * @return the shared instance
   */
  public static SystemicRiskRecordsValidator create() {
    return INSTANCE;
  }

  @Override
  public ValidationReport validate(SystemicRiskRecords records, ValidationOptions options) {
    requireNonNull(records, "records");
    requireNonNull(options, "options");
    ValidationReport.Collector out = ValidationReport.collector(options);
    run(records, options, out);
    return out.report();
  }

  @Override
  public List<Rule> rules() {
    return RULES;
  }

  private static void run(SystemicRiskRecords records, ValidationOptions options, ValidationReport.Collector out) {
    List<SystemicRisk> risks = records.risks();
    Set<SpecifiedSystemicRisk> specified = EnumSet.noneOf(SpecifiedSystemicRisk.class);
    for (SystemicRisk r : risks) {
      SpecifiedSystemicRisk s = r.specifiedRisk();
      if (s != null) {
        specified.add(s);
      }
    }
    for (SpecifiedSystemicRisk s : SpecifiedSystemicRisk.values()) {
      if (!specified.contains(s) && !out.add(SystemicRiskRules.SPECIFIED_RISK_NOT_IDENTIFIED.finding(RISKS,
          s.code()))) {
        return;
      }
    }
    Set<String> ids = new HashSet<>();
    for (int i = 0; i < risks.size(); i++) {
      SystemicRisk risk = risks.get(i);
      JsonPointer at = RISKS.append(i);
      if (!nested(SystemicRiskValidator.create().validate(risk, options), at, out)) {
        return;
      }
      String id = risk.id();
      if (id != null && !ids.add(id) && !out.add(SystemicRiskRules.DUPLICATE_RISK_ID.finding(at.append("id"), id))) {
        return;
      }
    }
    JsonPointer mitigations = JsonPointer.of("mitigations");
    for (int i = 0; i < records.mitigations().size(); i++) {
      JsonPointer at = mitigations.append(i);
      if (!nested(MitigationValidator.create().validate(records.mitigations().get(i), options), at, out)
          || !references(ids, records.mitigations().get(i).riskIds(), at, out)) {
        return;
      }
    }
    JsonPointer evaluations = JsonPointer.of("evaluations");
    for (int i = 0; i < records.evaluations().size(); i++) {
      JsonPointer at = evaluations.append(i);
      if (!nested(ModelEvaluationValidator.create().validate(records.evaluations().get(i), options), at, out)
          || !references(ids, records.evaluations().get(i).riskIds(), at, out)) {
        return;
      }
    }
    JsonPointer determinations = JsonPointer.of("determinations");
    for (int i = 0; i < records.determinations().size(); i++) {
      JsonPointer at = determinations.append(i);
      RiskAcceptanceDetermination d = records.determinations().get(i);
      if (!nested(RiskAcceptanceDeterminationValidator.create().validate(d, options), at, out)
          || !references(ids, d.riskIds(), at, out)) {
        return;
      }
    }
    SecurityGoal goal = records.securityGoal();
    if (goal != null) {
      nested(SecurityGoalValidator.create().validate(goal, options), JsonPointer.of("securityGoal"), out);
    }
  }

  /** Reports every risk id in {@code refs} that no identified risk has; false once fail-fast has stopped. */
  private static boolean references(Set<String> ids, List<String> refs, JsonPointer record,
      ValidationReport.Collector out) {
    JsonPointer at = record.append("riskIds");
    for (int j = 0; j < refs.size(); j++) {
      String ref = refs.get(j);
      if (!ids.contains(ref) && !out.add(SystemicRiskRules.UNKNOWN_RISK_REFERENCE.finding(at.append(j), ref))) {
        return false;
      }
    }
    return true;
  }

  /**
   * Adds the findings of a record's own report, located under the record's pointer; false once fail-fast has
   * stopped. A fail-fast report holds at most one error, the last one found, so errors are added after the
   * warnings and information that preceded it.
   */
  private static boolean nested(ValidationReport report, JsonPointer base, ValidationReport.Collector out) {
    for (Finding f : report.findings()) {
      if (f.severity() != Severity.ERROR) {
        out.add(relocated(f, base));
      }
    }
    for (Finding f : report.findings(Severity.ERROR)) {
      out.add(relocated(f, base));
    }
    return !out.isStopped();
  }

  private static Finding relocated(Finding f, JsonPointer base) {
    return new Finding(f.rule(), base.append(f.location()), f.recipients(), f.arguments());
  }
}
