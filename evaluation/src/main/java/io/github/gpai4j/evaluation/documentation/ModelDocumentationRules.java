package io.github.gpai4j.evaluation.documentation;

import static java.util.Objects.requireNonNull;

import io.github.gpai4j.core.Instrument;
import io.github.gpai4j.core.LegalBasis;
import io.github.gpai4j.core.Recipient;
import io.github.gpai4j.core.documentation.AnnexItem;
import io.github.gpai4j.core.documentation.MdfItem;
import io.github.gpai4j.core.validation.Rule;
import io.github.gpai4j.core.validation.Severity;
import io.github.gpai4j.evaluation.RegulatoryText;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.EnumMap;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;

/**
 * The rules a Model Documentation Form is checked against, each with a stable id, a severity, the provisions it
 * implements (Art.&nbsp;53(1)(a)-(b) and Annexes XI-XII of Regulation (EU) 2024/1689, the Code of Practice's
 * Transparency Measure 1.1 and, for systemic-risk material, Safety and Security Measure 10.1), the recipients
 * concerned and an English and French message.
 *
 * <p>Rule ids follow the pattern {@code MDF-<kind>-<item>}: {@code REQ} completeness, {@code NA} use of
 * {@code N/A}, {@code PREC} precision, {@code CONS} consistency, {@code PLAUS} plausibility, {@code WORDS}
 * recommended length, {@code SR} Annex XI section 2 for systemic-risk models. Item data (recipients, Annex items,
 * recommended words, {@code N/A} allowance, JSON Pointers) comes from {@link MdfItem}, never from this class.
 *
 * @since 0.1.0
 */
public final class ModelDocumentationRules {

  private static final LegalBasis ART_53_1_A = LegalBasis.article(53, "1", "a");
  private static final LegalBasis ART_53_1_B = LegalBasis.article(53, "1", "b");
  private static final LegalBasis FORM = LegalBasis.measure(Instrument.COP_TRANSPARENCY, "1.1");
  private static final LegalBasis SS_10_1 = LegalBasis.measure(Instrument.COP_SAFETY_AND_SECURITY, "10.1");
  private static final List<Recipient> AUTHORITIES =
      List.of(Recipient.AI_OFFICE, Recipient.NATIONAL_COMPETENT_AUTHORITY);

  private static final Map<MdfItem, Rule> REQUIRED = new EnumMap<>(MdfItem.class);

  static {
    for (MdfItem item : MdfItem.values()) {
      REQUIRED.put(item, rule("MDF-REQ-" + suffix(item), Severity.ERROR, bases(List.of(item)), item.recipients(),
          "mdf.required." + item.id(), "Item " + item.id() + " (" + item.label() + ") is answered."));
    }
  }

  /**
   * A selected input modality has a maximum size (or {@code N/A}) in MDF-2.3b; Annex XII 2(b) asks for the
   * maximum size of inputs.
   */
  public static final Rule REQ_INPUT_SIZE_FOR_SELECTED = rule("MDF-REQ-2.3b-SELECTED", Severity.ERROR,
      bases(List.of(MdfItem.MDF_2_3B)), MdfItem.MDF_2_3B.recipients(), "mdf.required.sizeForModality",
      "Every selected input modality (MDF-2.3) has a maximum size or N/A in MDF-2.3b.");

  /** A selected output modality has a maximum size (or {@code N/A}) in MDF-2.4b; Annex XII 2(b). */
  public static final Rule REQ_OUTPUT_SIZE_FOR_SELECTED = rule("MDF-REQ-2.4b-SELECTED", Severity.ERROR,
      bases(List.of(MdfItem.MDF_2_4B)), MdfItem.MDF_2_4B.recipients(), "mdf.required.sizeForModality",
      "Every selected output modality (MDF-2.4) has a maximum size or N/A in MDF-2.4b.");

  /**
   * {@code N/A} is accepted only for the items where the form offers it (MDF-1.6, 2.3b, 2.4b, 4.2, 4.5, 4.6 and
   * 8.1; {@link MdfItem#notApplicableAllowed()}); elsewhere it is no answer.
   */
  public static final Rule NA_NOT_ALLOWED = rule("MDF-NA-NOT-ALLOWED", Severity.ERROR,
      List.of(ART_53_1_A, ART_53_1_B, FORM), EnumSet.allOf(Recipient.class), "mdf.na.notAllowed",
      "N/A is used only for items where the form allows it.");

  /**
   * The form accepts {@code N/A} for training energy (MDF-8.1) only when a compute or hardware provider withholds
   * what is needed to estimate it, and then asks MDF-8.2 to state what information is lacking; Annex XI 1(2)(e)
   * otherwise lets energy be estimated from compute.
   */
  public static final Rule NA_ENERGY_EXPLANATION = rule("MDF-NA-8.1-EXPLANATION", Severity.ERROR,
      bases(List.of(MdfItem.MDF_8_1, MdfItem.MDF_8_2)), AUTHORITIES, "mdf.na.energyExplanation",
      "An N/A training energy (MDF-8.1) comes with the explanation of what is lacking in MDF-8.2.");

  /** MDF-2.5a: the exact parameter count to at least two significant figures; Annex XI 1(1)(d). */
  public static final Rule PREC_PARAMETERS = precision(MdfItem.MDF_2_5A, "mdf.precision.two",
      "The exact parameter count (MDF-2.5a) has at least two significant figures.");

  /** MDF-6.4a: data points per set to at least one significant figure; Annex XI 1(2)(c). */
  public static final Rule PREC_DATA_POINTS_APPROXIMATE = precision(MdfItem.MDF_6_4A, "mdf.precision.one",
      "Each data set size in MDF-6.4a has at least one significant figure (is not zero).");

  /** MDF-6.4b: data points per set to at least two significant figures; Annex XI 1(2)(c). */
  public static final Rule PREC_DATA_POINTS = precision(MdfItem.MDF_6_4B, "mdf.precision.two",
      "Each data set size in MDF-6.4b has at least two significant figures.");

  /** MDF-7.1b: wall-clock and hardware days to at least one significant figure; Annex XI 1(2)(d). */
  public static final Rule PREC_TRAINING_TIME = precision(MdfItem.MDF_7_1B, "mdf.precision.one",
      "Wall-clock days and hardware days in MDF-7.1b have at least one significant figure (are not zero).");

  /** MDF-7.2a: training compute to its order of magnitude, a power of ten; Annex XI 1(2)(d). */
  public static final Rule PREC_COMPUTE_MAGNITUDE = precision(MdfItem.MDF_7_2A, "mdf.precision.magnitude",
      "The training compute order of magnitude (MDF-7.2a) is a power of ten.");

  /** MDF-7.2b: training compute to at least two significant figures; Annex XI 1(2)(d). */
  public static final Rule PREC_COMPUTE = precision(MdfItem.MDF_7_2B, "mdf.precision.two",
      "The training compute (MDF-7.2b) has at least two significant figures.");

  /** MDF-8.1: training energy in MWh to at least two significant figures; Annex XI 1(2)(e). */
  public static final Rule PREC_ENERGY = precision(MdfItem.MDF_8_1, "mdf.precision.two",
      "The training energy (MDF-8.1) has at least two significant figures.");

  /** MDF-8.3: benchmarked inference compute to at least two significant figures; Annex XI 1(2)(e). */
  public static final Rule PREC_INFERENCE_COMPUTE = precision(MdfItem.MDF_8_3, "mdf.precision.two",
      "The benchmarked inference compute (MDF-8.3) has at least two significant figures.");

  /**
   * The Union market release date (MDF-1.5) is not before the first release (MDF-1.4): release in the Union is one
   * of the model's releases; Annex XI 1(1)(c), Annex XII 1(c).
   */
  public static final Rule CONS_UNION_RELEASE = rule("MDF-CONS-1.5-UNION-RELEASE", Severity.ERROR,
      bases(List.of(MdfItem.MDF_1_4, MdfItem.MDF_1_5)), EnumSet.allOf(Recipient.class),
      "mdf.consistency.unionRelease", "The Union market release date (MDF-1.5) is not before the first release "
          + "date (MDF-1.4).");

  /**
   * The parameter range (MDF-2.5b) contains the exact count (MDF-2.5a); Annex XI 1(1)(d), Annex XII 1(f). A count
   * equal to a boundary is accepted in either adjacent range, because the form does not say which one it belongs
   * to (UNCONFIRMED; see {@code ParameterRange#containsAcceptingBoundaries}).
   */
  public static final Rule CONS_PARAMETER_RANGE = rule("MDF-CONS-2.5b-RANGE", Severity.ERROR,
      bases(List.of(MdfItem.MDF_2_5A, MdfItem.MDF_2_5B)), union(MdfItem.MDF_2_5A, MdfItem.MDF_2_5B),
      "mdf.consistency.parameterRange", "The parameter range (MDF-2.5b) contains the exact count (MDF-2.5a).");

  /**
   * The training-time range (MDF-7.1a) matches the wall-clock days (MDF-7.1b); Annex XI 1(2)(d). Months are 30
   * days with four days of slack at each boundary for calendar months (UNCONFIRMED: the form does not define a
   * month; see {@code TrainingTimeRange#containsAcceptingBoundaries}).
   */
  public static final Rule CONS_TRAINING_TIME = rule("MDF-CONS-7.1a-RANGE", Severity.ERROR,
      bases(List.of(MdfItem.MDF_7_1A, MdfItem.MDF_7_1B)), AUTHORITIES, "mdf.consistency.trainingTime",
      "The training-time range (MDF-7.1a) matches the wall-clock days (MDF-7.1b).");

  /**
   * The order of magnitude of training compute (MDF-7.2a) matches the precise figure (MDF-7.2b): it equals
   * 10^floor(log10 C) or 10^round(log10 C), since the form does not say whether to truncate or round; Annex XI
   * 1(2)(d).
   */
  public static final Rule CONS_COMPUTE_MAGNITUDE = rule("MDF-CONS-7.2a-MAGNITUDE", Severity.ERROR,
      bases(List.of(MdfItem.MDF_7_2A, MdfItem.MDF_7_2B)), AUTHORITIES, "mdf.consistency.computeMagnitude",
      "The training compute order of magnitude (MDF-7.2a) matches the precise figure (MDF-7.2b).");

  /** MDF-2.3b gives maximum sizes only for input modalities selected in MDF-2.3; Annex XII 2(b). */
  public static final Rule CONS_INPUT_SIZE_UNSELECTED = rule("MDF-CONS-2.3b-UNSELECTED", Severity.ERROR,
      bases(List.of(MdfItem.MDF_2_3, MdfItem.MDF_2_3B)), MdfItem.MDF_2_3B.recipients(),
      "mdf.consistency.sizeUnselected", "MDF-2.3b gives maximum sizes only for input modalities selected in "
          + "MDF-2.3.");

  /** MDF-2.4b gives maximum sizes only for output modalities selected in MDF-2.4; Annex XII 2(b). */
  public static final Rule CONS_OUTPUT_SIZE_UNSELECTED = rule("MDF-CONS-2.4b-UNSELECTED", Severity.ERROR,
      bases(List.of(MdfItem.MDF_2_4, MdfItem.MDF_2_4B)), MdfItem.MDF_2_4B.recipients(),
      "mdf.consistency.sizeUnselected", "MDF-2.4b gives maximum sizes only for output modalities selected in "
          + "MDF-2.4.");

  /**
   * The training compute (MDF-7.2b) is within a factor of ten of 6 · P · D, P the exact parameter count (MDF-2.5a)
   * and D the training tokens (MDF-6.4b, else 6.4a). The Commission guidelines' architecture-based estimate for
   * large dense transformers is C ≈ 6 · P · D (gpai-reference.md section 5.7; the guidelines' annex section number
   * is UNCONFIRMED). Sparse (mixture-of-experts) models and several epochs can legitimately depart from it, so a
   * departure is a warning.
   */
  public static final Rule PLAUS_COMPUTE = rule("MDF-PLAUS-7.2b-6PD", Severity.WARNING,
      bases(List.of(MdfItem.MDF_7_2B, MdfItem.MDF_2_5A, MdfItem.MDF_6_4B)), List.of(Recipient.AI_OFFICE),
      "mdf.plausibility.compute", "The training compute (MDF-7.2b) is within a factor of ten of 6 x parameters x "
          + "training tokens.");

  /**
   * An answer exceeds the word count the form recommends (for example about 20 words for MDF-2.1). The form's
   * counts are guidance, not limits, so this is information.
   */
  public static final Rule WORDS = rule("MDF-WORDS", Severity.INFO, List.of(FORM), EnumSet.allOf(Recipient.class),
      "mdf.words", "Answers stay within the word counts the form recommends.");

  /**
   * A model with systemic risk documents its evaluation strategies and results, with criteria, metrics and the
   * method for identifying limitations (Annex XI section 2 point 1; Art.&nbsp;55(1)(a); CoP S&amp;S Measure 10.1).
   */
  public static final Rule SR_EVALUATION = rule("MDF-SR-XI-2.1", Severity.ERROR,
      List.of(ART_53_1_A, LegalBasis.article(55, "1", "a"), LegalBasis.annex("XI", "2", "1"), SS_10_1), AUTHORITIES,
      "mdf.systemicRisk.evaluation", "A systemic-risk model documents its evaluation strategies and results.");

  /**
   * A model with systemic risk documents internal or external adversarial testing and model adaptations (Annex XI
   * section 2 point 2; Art.&nbsp;55(1)(a); CoP S&amp;S Measure 10.1).
   */
  public static final Rule SR_ADVERSARIAL_TESTING = rule("MDF-SR-XI-2.2", Severity.ERROR,
      List.of(ART_53_1_A, LegalBasis.article(55, "1", "a"), LegalBasis.annex("XI", "2", "2"), SS_10_1), AUTHORITIES,
      "mdf.systemicRisk.adversarial", "A systemic-risk model documents adversarial testing and model "
          + "adaptations.");

  /**
   * A model with systemic risk documents its system architecture where applicable, {@code N/A} otherwise (Annex XI
   * section 2 point 3; CoP S&amp;S Measure 10.1).
   */
  public static final Rule SR_SYSTEM_ARCHITECTURE = rule("MDF-SR-XI-2.3", Severity.ERROR,
      List.of(ART_53_1_A, LegalBasis.annex("XI", "2", "3"), SS_10_1), AUTHORITIES, "mdf.systemicRisk.architecture",
      "A systemic-risk model documents its system architecture, or N/A where not applicable.");

  /**
   * Whether the model has systemic risk (Art.&nbsp;51) is unknown, so the Annex XI section 2 material could not be
   * checked; an unknown status never counts as "no systemic risk".
   */
  public static final Rule SR_STATUS_UNKNOWN = rule("MDF-SR-STATUS", Severity.WARNING,
      List.of(LegalBasis.article(51, "1"), ART_53_1_A, LegalBasis.annex("XI", "2")), AUTHORITIES,
      "mdf.systemicRisk.unknown", "The documentation says whether the model has systemic risk.");

  private static final List<Rule> ALL;

  static {
    List<Rule> all = new ArrayList<>(REQUIRED.values());
    all.addAll(List.of(REQ_INPUT_SIZE_FOR_SELECTED, REQ_OUTPUT_SIZE_FOR_SELECTED, NA_NOT_ALLOWED,
        NA_ENERGY_EXPLANATION, PREC_PARAMETERS, PREC_DATA_POINTS_APPROXIMATE, PREC_DATA_POINTS, PREC_TRAINING_TIME,
        PREC_COMPUTE_MAGNITUDE, PREC_COMPUTE, PREC_ENERGY, PREC_INFERENCE_COMPUTE, CONS_UNION_RELEASE,
        CONS_PARAMETER_RANGE, CONS_TRAINING_TIME, CONS_COMPUTE_MAGNITUDE, CONS_INPUT_SIZE_UNSELECTED,
        CONS_OUTPUT_SIZE_UNSELECTED, PLAUS_COMPUTE, WORDS, SR_EVALUATION, SR_ADVERSARIAL_TESTING,
        SR_SYSTEM_ARCHITECTURE, SR_STATUS_UNKNOWN));
    all.sort(Comparator.comparing(Rule::id));
    ALL = List.copyOf(all);
  }

  private static final List<RegulatoryText> TEXTS = List.of(RegulatoryText.AI_ACT_2024,
      RegulatoryText.AI_ACT_AS_AMENDED_2026, RegulatoryText.CODE_OF_PRACTICE_FINAL_2025_07,
      RegulatoryText.COMMISSION_GUIDELINES_2025_07);

  private ModelDocumentationRules() {}

  /**
   * Returns the texts these rules implement: Art.&nbsp;53 and Annexes XI and XII of Regulation (EU) 2024/1689 (which the
   * 2026 amendment reportedly left unchanged, UNCONFIRMED), the final Code of Practice (Transparency Measure 1.1
   * and its Model Documentation Form; Safety and Security Measure 10.1) and, for the 6 · P · D plausibility check,
   * the Commission guidelines of July 2025.
   *
   * @return the texts, unmodifiable
   */
  public static List<RegulatoryText> implementedTexts() {
    return TEXTS;
  }

  /**
   * Returns every Model Documentation rule, ordered by rule id.
   *
   * @return the rules, unmodifiable
   */
  public static List<Rule> all() {
    return ALL;
  }

  /**
   * Returns the completeness rule of an item, {@code MDF-REQ-} followed by the item number ({@code MDF-REQ-2.5a}):
   * an item the form routes to a recipient must be answered for that recipient (Art.&nbsp;53(1)(a) with Annex XI for
   * the AI Office and national competent authorities, Art.&nbsp;53(1)(b) with Annex XII for downstream providers).
   *
   * @param item the item, not null
   * @return the rule
   */
  public static Rule required(MdfItem item) {
    return REQUIRED.get(requireNonNull(item, "item"));
  }

  /**
   * Returns the rule with an id.
   *
   * @param id the rule id, not null
   * @return the rule
   * @throws IllegalArgumentException if no Model Documentation rule has that id
   */
  public static Rule byId(String id) {
    requireNonNull(id, "id");
    for (Rule r : ALL) {
      if (r.id().equals(id)) {
        return r;
      }
    }
    throw new IllegalArgumentException("No Model Documentation rule '" + id + "'");
  }

  private static String suffix(MdfItem item) {
    return item.id().substring("MDF-".length());
  }

  private static Rule precision(MdfItem item, String key, String description) {
    return rule("MDF-PREC-" + suffix(item), Severity.ERROR, bases(List.of(item)), item.recipients(), key,
        description);
  }

  private static Rule rule(String id, Severity severity, List<LegalBasis> bases, Collection<Recipient> recipients,
      String key, String description) {
    return new Rule(id, severity, bases, List.copyOf(recipients), key, description, DocumentationMessages.MESSAGES);
  }

  private static Set<Recipient> union(MdfItem a, MdfItem b) {
    Set<Recipient> set = EnumSet.copyOf(a.recipients());
    set.addAll(b.recipients());
    return set;
  }

  /**
   * Returns the legal bases of items: Art.&nbsp;53(1)(a) if any goes to the AI Office or national competent
   * authorities, Art.&nbsp;53(1)(b) if any goes to downstream providers, the Annex items they serve, and the form
   * (Transparency Measure 1.1), in citation order.
   */
  private static List<LegalBasis> bases(List<MdfItem> items) {
    TreeSet<LegalBasis> set = new TreeSet<>();
    for (MdfItem item : items) {
      if (item.isFor(Recipient.AI_OFFICE) || item.isFor(Recipient.NATIONAL_COMPETENT_AUTHORITY)) {
        set.add(ART_53_1_A);
      }
      if (item.isFor(Recipient.DOWNSTREAM_PROVIDER)) {
        set.add(ART_53_1_B);
      }
      for (AnnexItem a : item.annexItems()) {
        set.add(a.legalBasis());
      }
    }
    set.add(FORM);
    return List.copyOf(set);
  }
}
