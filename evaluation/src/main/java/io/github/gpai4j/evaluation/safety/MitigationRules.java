package io.github.gpai4j.evaluation.safety;

import io.github.gpai4j.taxonomy.mitigation.MitigationType;

import io.github.gpai4j.core.Instrument;
import io.github.gpai4j.core.LegalBasis;
import io.github.gpai4j.core.validation.Rule;
import io.github.gpai4j.core.validation.RuleCatalogue;
import io.github.gpai4j.core.validation.Severity;
import java.util.Comparator;
import java.util.List;
import java.util.stream.Stream;

/**
 * The rules Security Goals and mitigations are checked against, from Commitments 5 and 6 and Measure 6.1 of the
 * Safety and Security chapter of the GPAI Code of Practice. Each rule has a stable id, a severity, the provisions
 * it implements, the AI Office as the recipient concerned and an English and French message.
 *
 * <p>Rule ids are stable and never reworded once released. The mitigation rules cite both Commitment 5 (safety
 * mitigations) and Commitment 6 (security mitigations), because they apply to a mitigation of either type.
 *
 * @since 0.1.0
 */
public final class MitigationRules {

  private static final LegalBasis M61 = LegalBasis.measure(Instrument.COP_SAFETY_AND_SECURITY, "6.1");
  private static final LegalBasis C5 = MitigationType.SAFETY.legalBasis();
  private static final LegalBasis C6 = MitigationType.SECURITY.legalBasis();

  /** Measure 6.1: the Security Goal names non-state external threats. */
  public static final Rule GOAL_NEEDS_NON_STATE_EXTERNAL = SafetyRule.of("TAX-6.1-GOAL-NON-STATE-EXTERNAL",
      Severity.ERROR, "The Security Goal names non-state external threats among its threat actors.", M61);

  /** Measure 6.1: the Security Goal names insider threats. */
  public static final Rule GOAL_NEEDS_INSIDER = SafetyRule.of("TAX-6.1-GOAL-INSIDER", Severity.ERROR,
      "The Security Goal names insider threats among its threat actors.", M61);

  /** Measure 6.1: "other" threat actors named in the Security Goal are described. */
  public static final Rule GOAL_OTHER_UNDESCRIBED = SafetyRule.of("TAX-6.1-GOAL-OTHER-UNDESCRIBED",
      Severity.ERROR, "Other threat actors named in the Security Goal are described.", M61);

  /**
   * Measure 6.1: the Security Goal considers current and expected capabilities of the model; a warning, because the
   * goal can take them into account without saying how.
   */
  public static final Rule GOAL_CAPABILITIES_UNSTATED = SafetyRule.of("TAX-6.1-GOAL-CAPABILITIES",
      Severity.WARNING, "The Security Goal says how current and expected model capabilities were considered.", M61);

  /** Commitments 5 and 6: a mitigation is linked to at least one identified systemic risk. */
  public static final Rule MITIGATION_WITHOUT_RISK = SafetyRule.of("TAX-5-MITIGATION-NO-RISK",
      Severity.WARNING, "A mitigation is linked to at least one identified systemic risk.", C5, C6);

  /**
   * Commitments 5 and 6: a safety mitigation lists no Appendix 4 security objectives and a security mitigation no
   * Measure 5.1 safety kinds.
   */
  public static final Rule MITIGATION_TYPE_MISMATCH = SafetyRule.of("TAX-5-MITIGATION-TYPE-MISMATCH",
      Severity.WARNING, "A safety mitigation lists no security objectives and a security mitigation no safety kinds.",
      C5, C6);

  private static final RuleCatalogue CATALOGUE = RuleCatalogue.of("Security Goal and mitigation", List.of(GOAL_NEEDS_NON_STATE_EXTERNAL, GOAL_NEEDS_INSIDER,
      GOAL_OTHER_UNDESCRIBED, GOAL_CAPABILITIES_UNSTATED, MITIGATION_WITHOUT_RISK, MITIGATION_TYPE_MISMATCH));

  private static final List<Rule> GOAL = Stream.of(GOAL_NEEDS_NON_STATE_EXTERNAL, GOAL_NEEDS_INSIDER,
      GOAL_OTHER_UNDESCRIBED, GOAL_CAPABILITIES_UNSTATED).sorted(Comparator.comparing(Rule::id)).toList();

  private static final List<Rule> MITIGATION = Stream.of(MITIGATION_WITHOUT_RISK, MITIGATION_TYPE_MISMATCH)
      .sorted(Comparator.comparing(Rule::id)).toList();

  private MitigationRules() {}

  /**
   * Returns every Security Goal and mitigation rule, ordered by rule id.
   *
   * @return the rules, unmodifiable
   */
  public static List<Rule> all() {
    return CATALOGUE.all();
  }

  /**
   * Returns the rule with an id.
   *
   * @param id the rule id, not null
   * @return the rule
   * @throws IllegalArgumentException if no Security Goal or mitigation rule has that id
   */
  public static Rule byId(String id) {
    return CATALOGUE.byId(id);
  }

  /**
   * Returns the catalogue of these rules.
   *
   * @return the catalogue
   * @since 0.2.0
   */
  public static RuleCatalogue catalogue() {
    return CATALOGUE;
  }

  static List<Rule> securityGoalRules() {
    return GOAL;
  }

  static List<Rule> mitigationRules() {
    return MITIGATION;
  }
}
