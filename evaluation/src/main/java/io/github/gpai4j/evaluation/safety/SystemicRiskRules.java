package io.github.gpai4j.evaluation.safety;


import io.github.gpai4j.core.Instrument;
import io.github.gpai4j.core.LegalBasis;
import io.github.gpai4j.core.validation.Rule;
import io.github.gpai4j.core.validation.RuleCatalogue;
import io.github.gpai4j.core.validation.Severity;
import java.util.Comparator;
import java.util.List;
import java.util.stream.Stream;

/**
 * The rules systemic risk records are checked against, from Commitments 2 to 6 and Measures 2.1, 2.2, 3.2, 4.1 and
 * 4.2 of the Safety and Security chapter of the GPAI Code of Practice. Each rule has a stable id, a severity, the
 * provisions it implements, the AI Office as the recipient concerned and an English and French message. Every rule
 * here is an {@link Severity#ERROR}: each states something the Code requires.
 *
 * <p>Rule ids are stable and never reworded once released. {@link SystemicRiskValidator} applies the rules on one
 * risk, {@link RiskAcceptanceDeterminationValidator} the rule on a determination, and
 * {@link SystemicRiskRecordsValidator} the rules across records.
 *
 * @since 0.1.0
 */
public final class SystemicRiskRules {

  private static final LegalBasis M21_2 = measure("2.1", "2");
  private static final LegalBasis M22 = measure("2.2");
  private static final LegalBasis M32 = measure("3.2");
  private static final LegalBasis M41 = measure("4.1");
  private static final LegalBasis M42 = measure("4.2");
  private static final LegalBasis C2 = commitment("2");

  /** Measure 2.1(2): every specified systemic risk of Appendix 1.4 is among the identified risks. */
  public static final Rule SPECIFIED_RISK_NOT_IDENTIFIED = SafetyRule.of("TAX-2.1-SPECIFIED-NOT-IDENTIFIED",
      Severity.ERROR, "Every specified systemic risk of Appendix 1.4 is among the identified systemic risks.", M21_2);

  /** Measure 2.2: each identified risk has at least one risk scenario. */
  public static final Rule NO_SCENARIO = SafetyRule.of("TAX-2.2-NO-SCENARIO", Severity.ERROR,
      "Each identified systemic risk has at least one risk scenario.", M22);

  /** Measure 4.1: each identified risk has acceptance criteria. */
  public static final Rule NO_CRITERIA = SafetyRule.of("TAX-4.1-NO-CRITERIA", Severity.ERROR,
      "Each identified systemic risk has acceptance criteria.", M41);

  /** Measure 4.1: every acceptance criterion says whether it is a systemic risk tier or another criterion. */
  public static final Rule CRITERION_TYPE_MISSING = SafetyRule.of("TAX-4.1-CRITERION-TYPE-MISSING",
      Severity.ERROR, "Every acceptance criterion says whether it is a systemic risk tier or another criterion.",
      M41);

  /** Measure 4.1: a specified systemic risk uses systemic risk tiers, never other criteria. */
  public static final Rule SPECIFIED_RISK_OTHER_CRITERION = SafetyRule.of("TAX-4.1-SPECIFIED-OTHER-CRITERION",
      Severity.ERROR, "A specified systemic risk uses systemic risk tiers, never other acceptance criteria.", M41);

  /** Measure 4.1: other acceptance criteria come with a justification why tiers are unsuitable. */
  public static final Rule OTHER_CRITERION_UNJUSTIFIED = SafetyRule.of("TAX-4.1-OTHER-CRITERION-UNJUSTIFIED",
      Severity.ERROR, "Other acceptance criteria come with a justification why systemic risk tiers are unsuitable.",
      M41);

  /** Measure 4.1: a systemic risk tier is defined in terms of model capabilities. */
  public static final Rule TIER_WITHOUT_CAPABILITY = SafetyRule.of("TAX-4.1-TIER-WITHOUT-CAPABILITY",
      Severity.ERROR, "A systemic risk tier is defined in terms of model capabilities.", M41);

  /** Measure 4.1: a systemic risk tier is measurable. */
  public static final Rule TIER_NOT_MEASURABLE = SafetyRule.of("TAX-4.1-TIER-NOT-MEASURABLE", Severity.ERROR,
      "A systemic risk tier says how it is measured.", M41);

  /** Measure 4.1: at least one systemic risk tier is known not yet to be reached; unknown does not count. */
  public static final Rule NO_UNREACHED_TIER = SafetyRule.of("TAX-4.1-NO-UNREACHED-TIER", Severity.ERROR,
      "At least one systemic risk tier of a risk is known not yet to be reached.", M41);

  /** Measure 4.2: proceed only if the systemic risks were determined acceptable. */
  public static final Rule PROCEED_NOT_ACCEPTABLE = SafetyRule.of("TAX-4.2-PROCEED-NOT-ACCEPTABLE",
      Severity.ERROR, "A decision to proceed rests on systemic risks determined acceptable.", M42);

  /** Commitment 2: identified risks have distinct identifiers so that other records can refer to them. */
  public static final Rule DUPLICATE_RISK_ID = SafetyRule.of("TAX-2-DUPLICATE-RISK-ID", Severity.ERROR,
      "Identified systemic risks have distinct ids.", C2);

  /**
   * Commitments 2 to 6: a record refers only to identified risks. The rule cites where each kind of record refers
   * to risks: model evaluations (Measure 3.2), acceptance determinations (Measure 4.1), safety and security
   * mitigations (Commitments 5 and 6).
   */
  public static final Rule UNKNOWN_RISK_REFERENCE = SafetyRule.of("TAX-2-UNKNOWN-RISK-REFERENCE", Severity.ERROR,
      "Mitigations, evaluations and determinations refer only to identified systemic risks.", C2, M32, M41,
      commitment("5"), commitment("6"));

  private static final RuleCatalogue CATALOGUE = RuleCatalogue.of("systemic risk", List.of(SPECIFIED_RISK_NOT_IDENTIFIED, NO_SCENARIO, NO_CRITERIA,
      CRITERION_TYPE_MISSING, SPECIFIED_RISK_OTHER_CRITERION, OTHER_CRITERION_UNJUSTIFIED, TIER_WITHOUT_CAPABILITY,
      TIER_NOT_MEASURABLE, NO_UNREACHED_TIER, PROCEED_NOT_ACCEPTABLE, DUPLICATE_RISK_ID, UNKNOWN_RISK_REFERENCE));

  private static final List<Rule> RISK = Stream.of(NO_SCENARIO, NO_CRITERIA, CRITERION_TYPE_MISSING,
      SPECIFIED_RISK_OTHER_CRITERION, OTHER_CRITERION_UNJUSTIFIED, TIER_WITHOUT_CAPABILITY, TIER_NOT_MEASURABLE,
      NO_UNREACHED_TIER).sorted(Comparator.comparing(Rule::id)).toList();

  private SystemicRiskRules() {}

  /**
   * Returns every systemic risk rule, ordered by rule id.
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
   * @throws IllegalArgumentException if no systemic risk rule has that id
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

  static List<Rule> riskRules() {
    return RISK;
  }

  private static LegalBasis measure(String number, String... subdivisions) {
    return LegalBasis.measure(Instrument.COP_SAFETY_AND_SECURITY, number, subdivisions);
  }

  private static LegalBasis commitment(String number) {
    return LegalBasis.commitment(Instrument.COP_SAFETY_AND_SECURITY, number);
  }
}
