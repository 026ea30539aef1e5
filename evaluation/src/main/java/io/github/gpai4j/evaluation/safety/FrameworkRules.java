package io.github.gpai4j.evaluation.safety;

import io.github.gpai4j.core.Instrument;
import io.github.gpai4j.core.LegalBasis;
import io.github.gpai4j.core.validation.Rule;
import io.github.gpai4j.core.validation.RuleCatalogue;
import io.github.gpai4j.core.validation.Severity;
import java.util.List;

/**
 * The rules a Safety and Security Framework is checked against beyond its form table: the dates of Measures&nbsp;1.1,
 * 1.3 and 1.4, the tiers of the specified systemic risks (Measures 1.1(2)(a) and 4.1), and the responsibility
 * allocation of Commitment 8 (Measures 8.1 to 8.3) of the Safety and Security chapter of the GPAI Code of Practice.
 * Each rule has a stable id, a severity, the provisions it implements, the AI Office as recipient, and an English and
 * French message.
 *
 * @since 0.3.0
 */
public final class FrameworkRules {

  /** Measure 1.1: confirmed no later than 4 weeks after notification and 2 weeks before placing on the market. */
  public static final Rule CONFIRMATION_LATE = SafetyRule.of("FW-1.1-CONFIRMATION-LATE", Severity.ERROR,
      "The Framework is confirmed no later than four weeks after the notification and two weeks before placing on"
          + " the market.", m("1.1"));

  /** Measures 1.1(2)(a) and 4.1: each specified systemic risk has systemic risk tiers in the Framework. */
  public static final Rule SPECIFIED_RISK_WITHOUT_TIERS = SafetyRule.of("FW-1.1-SPECIFIED-RISK-WITHOUT-TIERS",
      Severity.ERROR, "The Framework defines systemic risk tiers for every specified systemic risk.", m("1.1", "2", "a"),
      m("4.1"));

  /**
   * Measure 1.3: a Framework assessment at least every 12 months from placing on the market. gpai4j counts the next
   * 12 months from the last assessment once there is one, and from the first placing on the market before that; the
   * measure names only placing on the market, so the restart from each assessment is UNCONFIRMED.
   */
  public static final Rule ASSESSMENT_OVERDUE = SafetyRule.of("FW-1.3-ASSESSMENT-OVERDUE", Severity.ERROR,
      "A Framework assessment takes place at least every 12 months from placing on the market.", m("1.3"));

  /** Measure 1.3: each update has a changelog. */
  public static final Rule UPDATE_WITHOUT_CHANGELOG = SafetyRule.of("FW-1.3-UPDATE-WITHOUT-CHANGELOG",
      Severity.ERROR, "Each Framework update has a changelog saying how and why the Framework changed.", m("1.3"));

  /** Measure 1.4: unredacted access within 5 business days of confirmation. */
  public static final Rule ACCESS_LATE = SafetyRule.of("FW-1.4-ACCESS-LATE", Severity.ERROR,
      "The AI Office has unredacted access to the Framework within 5 business days of its confirmation.", m("1.4"));

  /** Measure 1.4: unredacted access to each update within 5 business days of its confirmation. */
  public static final Rule UPDATE_ACCESS_LATE = SafetyRule.of("FW-1.4-UPDATE-ACCESS-LATE", Severity.ERROR,
      "The AI Office has unredacted access to each Framework update within 5 business days of its confirmation.",
      m("1.4"));

  /** Measure 8.1: oversight, ownership, support and monitoring, and assurance are each assigned. */
  public static final Rule RESPONSIBILITY_UNASSIGNED = SafetyRule.of("FW-8.1-RESPONSIBILITY-UNASSIGNED",
      Severity.ERROR, "Oversight, ownership, support and monitoring, and assurance are each assigned.", m("8.1"));

  /**
   * Measure 8.1: the presumption of fulfilment wants support and monitoring held by someone not responsible for
   * risk-producing activities; a warning, the presumption being one way to comply.
   */
  public static final Rule SUPPORT_RISK_PRODUCING = SafetyRule.of("FW-8.1-SUPPORT-RISK-PRODUCING",
      Severity.WARNING, "Support and monitoring is held by someone not responsible for risk-producing activities.",
      m("8.1"));

  /** Measure 8.2: human, financial, information and computational resources are each allocated. */
  public static final Rule RESOURCE_MISSING = SafetyRule.of("FW-8.2-RESOURCE-MISSING", Severity.WARNING,
      "Human, financial, information and knowledge, and computational resources are each allocated.", m("8.2"));

  /** Measure 8.3: workers are informed of the whistleblower protection policy at least annually. */
  public static final Rule WHISTLEBLOWER_NOT_ANNUAL = SafetyRule.of("FW-8.3-WHISTLEBLOWER-NOT-ANNUAL",
      Severity.WARNING, "Workers are informed of the whistleblower protection policy at least once a year.",
      m("8.3"));

  private static final RuleCatalogue CATALOGUE = RuleCatalogue.of("framework", List.of(CONFIRMATION_LATE,
      SPECIFIED_RISK_WITHOUT_TIERS, ASSESSMENT_OVERDUE, UPDATE_WITHOUT_CHANGELOG, ACCESS_LATE, UPDATE_ACCESS_LATE,
      RESPONSIBILITY_UNASSIGNED, SUPPORT_RISK_PRODUCING, RESOURCE_MISSING, WHISTLEBLOWER_NOT_ANNUAL));

  private FrameworkRules() {}

  private static LegalBasis m(String number, String... subdivisions) {
    return LegalBasis.measure(Instrument.COP_SAFETY_AND_SECURITY, number, subdivisions);
  }

  /**
   * Returns every rule, ordered by rule id.
   *
   * @return the rules, unmodifiable
   */
  public static List<Rule> all() {
    return CATALOGUE.all();
  }

  /**
   * Returns the catalogue of these rules.
   *
   * @return the catalogue
   */
  public static RuleCatalogue catalogue() {
    return CATALOGUE;
  }
}
