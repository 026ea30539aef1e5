package io.github.gpai4j.evaluation.documentation;

import static java.util.Objects.requireNonNull;

import io.github.gpai4j.core.documentation.MdfItem;
import io.github.gpai4j.core.validation.Rule;
import io.github.gpai4j.core.validation.RuleCatalogue;
import io.github.gpai4j.evaluation.RegulatoryText;
import io.github.gpai4j.evaluation.form.FormRules;
import java.util.List;

/**
 * The rules a Model Documentation Form (final Code of Practice, July 2025) is checked against, each with a stable
 * id, a severity, the provisions it implements (Art.&nbsp;53(1)(a)-(b) and Annexes XI-XII of Regulation (EU) 2024/1689,
 * the Code of Practice's Transparency Measure 1.1 and, for systemic-risk material, Safety and Security Measure
 * 10.1), the recipients concerned and an English and French message.
 *
 * <p>Rule ids follow the pattern {@code MDF-<kind>-<item>}: {@code REQ} completeness, {@code NA} use of
 * {@code N/A}, {@code PREC} precision, {@code CONS} consistency, {@code PLAUS} plausibility, {@code WORDS}
 * recommended length, {@code SR} Annex XI section 2 for systemic-risk models. The {@code REQ}, {@code NA},
 * {@code PREC} and {@code WORDS} rules are derived from the form table ({@link FormRules}); the cross-item rules are
 * declared next to their checks. The constants below name them for callers.
 *
 * @since 0.1.0
 */
public final class ModelDocumentationRules {

  private static final FormRules FORM = ModelDocumentationChecks.FORM_RULES;

  /** A selected input modality has a maximum size (or {@code N/A}) in MDF-2.3b; Annex XII 2(b). */
  public static final Rule REQ_INPUT_SIZE_FOR_SELECTED = ModelDocumentationChecks.INPUT_SIZES.requiredForSelected();

  /** A selected output modality has a maximum size (or {@code N/A}) in MDF-2.4b; Annex XII 2(b). */
  public static final Rule REQ_OUTPUT_SIZE_FOR_SELECTED = ModelDocumentationChecks.OUTPUT_SIZES.requiredForSelected();

  /** {@code N/A} is accepted only for the items whose table row allows it; elsewhere it is no answer. */
  public static final Rule NA_NOT_ALLOWED = FORM.notApplicable();

  /**
   * An {@code N/A} training energy (MDF-8.1) comes with the explanation in MDF-8.2 of what information is lacking.
   */
  public static final Rule NA_ENERGY_EXPLANATION = ModelDocumentationChecks.EnergyExplanation.RULE;

  /** MDF-2.5a: the exact parameter count to the precision of its table row; Annex XI 1(1)(d). */
  public static final Rule PREC_PARAMETERS = precision(MdfItem.MDF_2_5A);

  /** MDF-6.4a: data points per set to the precision of its table row; Annex XI 1(2)(c). */
  public static final Rule PREC_DATA_POINTS_APPROXIMATE = precision(MdfItem.MDF_6_4A);

  /** MDF-6.4b: data points per set to the precision of its table row; Annex XI 1(2)(c). */
  public static final Rule PREC_DATA_POINTS = precision(MdfItem.MDF_6_4B);

  /** MDF-7.1b: wall-clock and hardware days to the precision of its table row; Annex XI 1(2)(d). */
  public static final Rule PREC_TRAINING_TIME = precision(MdfItem.MDF_7_1B);

  /** MDF-7.2a: training compute to its order of magnitude; Annex XI 1(2)(d). */
  public static final Rule PREC_COMPUTE_MAGNITUDE = precision(MdfItem.MDF_7_2A);

  /** MDF-7.2b: training compute to the precision of its table row; Annex XI 1(2)(d). */
  public static final Rule PREC_COMPUTE = precision(MdfItem.MDF_7_2B);

  /** MDF-8.1: training energy in MWh to the precision of its table row; Annex XI 1(2)(e). */
  public static final Rule PREC_ENERGY = precision(MdfItem.MDF_8_1);

  /** MDF-8.3: benchmarked inference compute to the precision of its table row; Annex XI 1(2)(e). */
  public static final Rule PREC_INFERENCE_COMPUTE = precision(MdfItem.MDF_8_3);

  /** The Union market release date (MDF-1.5) is not before the first release (MDF-1.4). */
  public static final Rule CONS_UNION_RELEASE = ModelDocumentationChecks.UnionRelease.RULE;

  /** The parameter range (MDF-2.5b) contains the exact count (MDF-2.5a). */
  public static final Rule CONS_PARAMETER_RANGE = ModelDocumentationChecks.ParameterRangeCheck.RULE;

  /** The training-time range (MDF-7.1a) matches the wall-clock days (MDF-7.1b). */
  public static final Rule CONS_TRAINING_TIME = ModelDocumentationChecks.TrainingTimeCheck.RULE;

  /** The order of magnitude of training compute (MDF-7.2a) matches the precise figure (MDF-7.2b). */
  public static final Rule CONS_COMPUTE_MAGNITUDE = ModelDocumentationChecks.ComputeMagnitude.RULE;

  /** MDF-2.3b gives maximum sizes only for input modalities selected in MDF-2.3; Annex XII 2(b). */
  public static final Rule CONS_INPUT_SIZE_UNSELECTED = ModelDocumentationChecks.INPUT_SIZES.unselected();

  /** MDF-2.4b gives maximum sizes only for output modalities selected in MDF-2.4; Annex XII 2(b). */
  public static final Rule CONS_OUTPUT_SIZE_UNSELECTED = ModelDocumentationChecks.OUTPUT_SIZES.unselected();

  /** The training compute (MDF-7.2b) is within a factor of ten of 6 · P · D (a warning). */
  public static final Rule PLAUS_COMPUTE = ModelDocumentationChecks.ComputePlausibility.RULE;

  /** An answer exceeds the word count the form recommends; information, since the counts are guidance. */
  public static final Rule WORDS = FORM.words().orElseThrow();

  /** A model with systemic risk documents its evaluation strategies and results (Annex XI section 2 point 1). */
  public static final Rule SR_EVALUATION = ModelDocumentationChecks.SystemicRisk.EVALUATION;

  /** A model with systemic risk documents adversarial testing and model adaptations (Annex XI section 2 point 2). */
  public static final Rule SR_ADVERSARIAL_TESTING = ModelDocumentationChecks.SystemicRisk.ADVERSARIAL_TESTING;

  /** A model with systemic risk documents its system architecture, or {@code N/A} (Annex XI section 2 point 3). */
  public static final Rule SR_SYSTEM_ARCHITECTURE = ModelDocumentationChecks.SystemicRisk.SYSTEM_ARCHITECTURE;

  /** Whether the model has systemic risk (Art.&nbsp;51) is unknown, so the Annex XI section 2 material was not checked. */
  public static final Rule SR_STATUS_UNKNOWN = ModelDocumentationChecks.SystemicRisk.STATUS_UNKNOWN;

  private static final List<RegulatoryText> TEXTS = List.of(RegulatoryText.AI_ACT_2024,
      RegulatoryText.AI_ACT_AS_AMENDED_2026, RegulatoryText.CODE_OF_PRACTICE_FINAL_2025_07,
      RegulatoryText.COMMISSION_GUIDELINES_2025_11);

  private ModelDocumentationRules() {}

  private static Rule precision(MdfItem item) {
    return FORM.precision(item.row()).orElseThrow(
        () -> new IllegalStateException("The form table gives " + item.id() + " no precision"));
  }

  /**
   * Returns the texts these rules implement: Art.&nbsp;53 and Annexes XI and XII of Regulation (EU) 2024/1689 (which
   * the 2026 amendment reportedly left unchanged, UNCONFIRMED), the final Code of Practice (Transparency Measure
   * 1.1 and its Model Documentation Form; Safety and Security Measure 10.1) and, for the 6 · P · D plausibility
   * check, the Commission guidelines as issued in C(2025) 7719.
   *
   * @return the texts, unmodifiable
   */
  public static List<RegulatoryText> implementedTexts() {
    return TEXTS;
  }

  /**
   * Returns the catalogue of every Model Documentation rule.
   *
   * @return the catalogue
   * @since 0.2.0
   */
  public static RuleCatalogue catalogue() {
    return ModelDocumentationValidator.create().catalogue();
  }

  /**
   * Returns every Model Documentation rule, ordered by rule id.
   *
   * @return the rules, unmodifiable
   */
  public static List<Rule> all() {
    return catalogue().all();
  }

  /**
   * Returns the completeness rule of an item, {@code MDF-REQ-} followed by the item number ({@code MDF-REQ-2.5a}).
   *
   * @param item the item, not null
   * @return the rule
   */
  public static Rule required(MdfItem item) {
    return FORM.required(requireNonNull(item, "item").row());
  }

  /**
   * Returns the precision rule of an item ({@code MDF-PREC-2.5a}), if its table row asks for a precision.
   *
   * @param item the item, not null
   * @return the rule, or empty
   * @since 0.2.0
   */
  public static java.util.Optional<Rule> precisionOf(MdfItem item) {
    return FORM.precision(requireNonNull(item, "item").row());
  }

  /**
   * Returns the rule with an id.
   *
   * @param id the rule id, not null
   * @return the rule
   * @throws IllegalArgumentException if no Model Documentation rule has that id
   */
  public static Rule byId(String id) {
    return catalogue().byId(id);
  }
}
