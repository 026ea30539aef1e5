package io.github.gpai4j.evaluation.safety;

import io.github.gpai4j.core.Instrument;
import io.github.gpai4j.core.LegalBasis;
import io.github.gpai4j.core.Recipient;
import io.github.gpai4j.core.validation.Rule;
import io.github.gpai4j.core.validation.RuleCatalogue;
import io.github.gpai4j.core.validation.Severity;
import java.util.List;

/**
 * The rules a serious-incident report is checked against beyond its form table, from Art.&nbsp;55(1)(c) of
 * Regulation (EU) 2024/1689 and Measures 9.2 to 9.4 of the Safety and Security chapter of the GPAI Code of Practice:
 * the reporting deadlines (each message gives the due date), the information a final report adds, the order of the
 * dates, and the bundling of similar incidents. Each rule concerns the AI Office and national competent authorities,
 * to whom Art.&nbsp;55(1)(c) sends the reports; messages are in English and French, keyed by rule id.
 *
 * <p>Rule ids are stable and never reworded once released. {@link SeriousIncidentReportValidator} applies them.
 *
 * @since 0.3.0
 */
public final class SeriousIncidentRules {

  private static final LegalBasis ART_55_1_C = LegalBasis.article(55, "1", "c");
  private static final LegalBasis M92 = LegalBasis.measure(Instrument.COP_SAFETY_AND_SECURITY, "9.2");
  private static final LegalBasis M93 = LegalBasis.measure(Instrument.COP_SAFETY_AND_SECURITY, "9.3");
  private static final List<Recipient> AUTHORITIES =
      List.of(Recipient.AI_OFFICE, Recipient.NATIONAL_COMPETENT_AUTHORITY);

  /** Measure 9.3: the initial report was submitted after its deadline. */
  public static final Rule INITIAL_LATE = rule("SIR-9.3-INITIAL-LATE", Severity.ERROR,
      "The initial report is submitted within 2, 5, 10 or 15 days of awareness of the model's involvement.");

  /** Measure 9.3: the initial report is overdue as of the evaluation date. */
  public static final Rule INITIAL_MISSING = rule("SIR-9.3-INITIAL-MISSING", Severity.ERROR,
      "An initial report exists once its deadline has passed.");

  /** Measure 9.3: an intermediate report came later than four weeks after the previous report. */
  public static final Rule INTERMEDIATE_LATE = rule("SIR-9.3-INTERMEDIATE-LATE", Severity.ERROR,
      "While an incident is unresolved, reports follow each other at most four weeks apart.");

  /** Measure 9.3: no intermediate report within four weeks of the previous report, as of the evaluation date. */
  public static final Rule INTERMEDIATE_MISSING = rule("SIR-9.3-INTERMEDIATE-MISSING", Severity.ERROR,
      "An unresolved incident has a report at least every four weeks after the initial report.");

  /** Measure 9.3: the final report came later than 60 days after resolution. */
  public static final Rule FINAL_LATE = rule("SIR-9.3-FINAL-LATE", Severity.ERROR,
      "The final report is submitted no later than 60 days after the incident is resolved.");

  /** Measure 9.3: no final report 60 days after resolution, as of the evaluation date. */
  public static final Rule FINAL_MISSING = rule("SIR-9.3-FINAL-MISSING", Severity.ERROR,
      "A final report exists once 60 days have passed since the incident was resolved.");

  /** Measure 9.2: a final report holds all the information, including points 8 and 9. */
  public static final Rule FINAL_INCOMPLETE = rule("SIR-9.2-FINAL-INCOMPLETE", Severity.ERROR,
      "A final report gives the root cause analysis and the connected post-market monitoring patterns.", M92);

  /** Measure 9.2: the dates of the report are in a possible order. */
  public static final Rule DATES_ORDER = rule("SIR-9.2-DATES-ORDER", Severity.ERROR,
      "The incident ends, is resolved and is reported no earlier than it starts or is known.", M92);

  /** Measure 9.3: a bundled similar incident lies within the first incident's timelines. */
  public static final Rule BUNDLE_OUTSIDE_TIMELINE = rule("SIR-9.3-BUNDLE-OUTSIDE-TIMELINE", Severity.WARNING,
      "A similar incident bundled into a report became known within the first incident's initial-report period.");

  private static final RuleCatalogue CATALOGUE = RuleCatalogue.of("serious incident", List.of(INITIAL_LATE,
      INITIAL_MISSING, INTERMEDIATE_LATE, INTERMEDIATE_MISSING, FINAL_LATE, FINAL_MISSING, FINAL_INCOMPLETE,
      DATES_ORDER, BUNDLE_OUTSIDE_TIMELINE));

  private SeriousIncidentRules() {}

  private static Rule rule(String id, Severity severity, String description) {
    return rule(id, severity, description, M93);
  }

  private static Rule rule(String id, Severity severity, String description, LegalBasis measure) {
    return new Rule(id, severity, List.of(ART_55_1_C, measure), AUTHORITIES, id, description, SafetyRule.MESSAGES);
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
