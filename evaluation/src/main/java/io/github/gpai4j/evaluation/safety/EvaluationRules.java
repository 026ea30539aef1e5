package io.github.gpai4j.evaluation.safety;


import io.github.gpai4j.core.Instrument;
import io.github.gpai4j.core.LegalBasis;
import io.github.gpai4j.core.validation.Rule;
import io.github.gpai4j.core.validation.RuleCatalogue;
import io.github.gpai4j.core.validation.Severity;
import java.util.List;

/**
 * The rules a model evaluation is checked against, from Appendix 3 of the Safety and Security chapter of the GPAI
 * Code of Practice, which applies to the evaluations of the full systemic risk assessment and mitigation process
 * (Measure 3.2). Each rule has a stable id, a severity, the Appendix items it implements, the AI Office as the
 * recipient concerned and an English and French message.
 *
 * <p>Every rule is a {@link Severity#WARNING} or {@link Severity#INFO}: Appendix 3 describes what rigorous
 * evaluations have, so a gap is a weakness for the AI Office to weigh, not a breach the record proves. Rule ids
 * are stable and never reworded once released.
 *
 * @since 0.1.0
 */
public final class EvaluationRules {

  /**
   * Appendix 3.1: the evaluation states how internal validity (3.1(1)), external validity (3.1(2)) and
   * reproducibility (3.1(3)) are ensured. One rule covers the three points; the finding's location and its second
   * argument name the one left empty.
   */
  public static final Rule RIGOUR_UNSTATED = SafetyRule.of("TAX-APP3.1-RIGOUR-UNSTATED", Severity.WARNING,
      "A model evaluation states how internal validity, external validity and reproducibility are ensured.",
      appendix("3.1", "1"), appendix("3.1", "2"), appendix("3.1", "3"));

  /** Appendix 3.2: the evaluation names or describes the elicitation techniques used. */
  public static final Rule ELICITATION_UNSTATED = SafetyRule.of("TAX-APP3.2-ELICITATION-UNSTATED",
      Severity.WARNING, "A model evaluation names or describes its elicitation techniques.", appendix("3.2"));

  /**
   * Appendix 3.2: elicitation at least matches that of misuse actors and the expected use context; an unknown
   * match does not count as a match.
   */
  public static final Rule ELICITATION_NOT_MATCHED = SafetyRule.of("TAX-APP3.2-ELICITATION-NOT-MATCHED",
      Severity.WARNING, "A model evaluation's elicitation matches misuse actors and the expected use context.",
      appendix("3.2"));

  /**
   * Appendix 3.4: at least 20 business days is given as appropriate for most risks and methods; an indication,
   * hence {@link Severity#INFO}.
   */
  public static final Rule SHORT_EVALUATION_TIME = SafetyRule.of("TAX-APP3.4-SHORT-TIME", Severity.INFO,
      "A model evaluation allows at least 20 business days, as Appendix 3.4 gives for most risks and methods.",
      appendix("3.4"));

  private static final RuleCatalogue CATALOGUE = RuleCatalogue.of("model evaluation", List.of(RIGOUR_UNSTATED, ELICITATION_UNSTATED, ELICITATION_NOT_MATCHED,
      SHORT_EVALUATION_TIME));

  private EvaluationRules() {}

  /**
   * Returns every model evaluation rule, ordered by rule id.
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
   * @throws IllegalArgumentException if no model evaluation rule has that id
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

  private static LegalBasis appendix(String number, String... subdivisions) {
    return LegalBasis.appendix(Instrument.COP_SAFETY_AND_SECURITY, number, subdivisions);
  }
}
