package io.github.gpai4j.evaluation.safety;

import io.github.gpai4j.core.Instrument;
import io.github.gpai4j.core.LegalBasis;
import io.github.gpai4j.core.validation.Rule;
import io.github.gpai4j.core.validation.RuleCatalogue;
import io.github.gpai4j.core.validation.Severity;
import java.util.List;

/**
 * The rules a Safety and Security Model Report is checked against beyond its form table and its records' own rules
 * ({@link SystemicRiskRecordsValidator}): from Commitment&nbsp;7 (Measures 7.3, 7.4, 7.6 and 7.7) and Commitments 3 to 5
 * of the Safety and Security chapter of the GPAI Code of Practice. Each rule has a stable id, a severity, the
 * provisions it implements, the AI Office as recipient, and an English and French message.
 *
 * @since 0.3.0
 */
public final class ModelReportRules {

  /** Measure 3.2 and 7.3(1)(e): each identified risk is analysed by at least one model evaluation. */
  public static final Rule RISK_NOT_ANALYSED = SafetyRule.of("MR-7.3-RISK-NOT-ANALYSED", Severity.ERROR,
      "Each identified systemic risk is analysed by at least one model evaluation that refers to it.",
      m("3.2"), m("7.3", "1", "e"));

  /** Measure 4.1: each identified risk is covered by an acceptance determination. */
  public static final Rule RISK_NOT_DETERMINED = SafetyRule.of("MR-7.3-RISK-NOT-DETERMINED", Severity.ERROR,
      "Each identified systemic risk is covered by a systemic risk acceptance determination.", m("4.1"),
      m("7.3", "1", "d"));

  /**
   * Commitment 5 and Measure 7.3(2): a risk that has reached a systemic risk tier, or was determined not
   * acceptable, has a mitigation linked to it.
   */
  public static final Rule RISK_NOT_MITIGATED = SafetyRule.of("MR-7.3-RISK-NOT-MITIGATED", Severity.ERROR,
      "A systemic risk that reached a tier or was determined not acceptable has a mitigation linked to it.",
      LegalBasis.commitment(Instrument.COP_SAFETY_AND_SECURITY, "5"), m("7.3", "2"));

  /** Measure 7.3(1)(f): at least five random input and output samples per relevant evaluation. */
  public static final Rule TOO_FEW_SAMPLES = SafetyRule.of("MR-7.3-TOO-FEW-SAMPLES", Severity.ERROR,
      "Each model evaluation of the report comes with at least five randomly drawn input and output samples.",
      m("7.3", "1", "f"));

  /** Measure 7.4: external reports, or the justification for their absence. */
  public static final Rule NO_EXTERNAL_REPORT = SafetyRule.of("MR-7.4-NO-EXTERNAL-REPORT", Severity.ERROR,
      "The report lists the external evaluation and security review reports or justifies their absence.",
      m("7.4", "1"), m("7.4", "2"));

  /**
   * Measure 7.7: the report exists and is confirmed no later than placing on the market. Commitment 7 says the
   * report is created "before" placing on the market and Measure 7.7 that the AI Office has it "by the time of"
   * placing; reading both as "no later than the day of placing" (a report confirmed on that day passes) is
   * UNCONFIRMED.
   */
  public static final Rule NOT_BY_PLACEMENT = SafetyRule.of("MR-7.7-NOT-BY-PLACEMENT", Severity.ERROR,
      "The Model Report is confirmed no later than the model is placed on the market.", m("7.7"));

  /**
   * Measure 7.7: the AI Office has access by placing on the market, or within 15 business days of it with an interim
   * report given no later than placement.
   */
  public static final Rule ACCESS_LATE = SafetyRule.of("MR-7.7-ACCESS-LATE", Severity.ERROR,
      "The AI Office has access to the Model Report by placing on the market, or within 15 business days with an"
          + " interim report.", m("7.7"));

  /** Measure 7.7: the AI Office has access to each confirmed update within 5 business days. */
  public static final Rule UPDATE_ACCESS_LATE = SafetyRule.of("MR-7.7-UPDATE-ACCESS-LATE", Severity.ERROR,
      "The AI Office has access to each confirmed update of the Model Report within 5 business days.", m("7.7"));

  /**
   * Measure 7.6: the most capable models' report is updated at least every six months; a warning, since the measure
   * lists exceptions (no change since the last report, a more capable model within a month, similarly safe or safer).
   * The six months run from the confirmation of the last report or update; counting them from the day the AI Office
   * received it instead is a possible reading, so this one is UNCONFIRMED.
   */
  public static final Rule SIX_MONTHLY_UPDATE = SafetyRule.of("MR-7.6-SIX-MONTHLY-UPDATE", Severity.WARNING,
      "The Model Report of one of the most capable models is updated at least every six months.", m("7.6"));

  /** Measure 7.6: each updated report has a changelog (with its version number and date). */
  public static final Rule UPDATE_WITHOUT_CHANGELOG = SafetyRule.of("MR-7.6-UPDATE-WITHOUT-CHANGELOG",
      Severity.ERROR, "Each update of the Model Report has a changelog saying what changed.", m("7.6"));

  private static final RuleCatalogue CATALOGUE = RuleCatalogue.of("model report", List.of(RISK_NOT_ANALYSED,
      RISK_NOT_DETERMINED, RISK_NOT_MITIGATED, TOO_FEW_SAMPLES, NO_EXTERNAL_REPORT, NOT_BY_PLACEMENT, ACCESS_LATE,
      UPDATE_ACCESS_LATE, SIX_MONTHLY_UPDATE, UPDATE_WITHOUT_CHANGELOG));

  private ModelReportRules() {}

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
