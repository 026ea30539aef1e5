package io.github.gpai4j.taxonomy;

import static io.github.gpai4j.taxonomy.MappingStatus.CHANGED;
import static io.github.gpai4j.taxonomy.MappingStatus.KEPT;
import static io.github.gpai4j.taxonomy.MappingStatus.MOVED;
import static io.github.gpai4j.taxonomy.MappingStatus.PARTIAL;
import static io.github.gpai4j.taxonomy.MappingStatus.SPLIT;
import static java.util.Objects.requireNonNull;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The correspondence between the first-draft taxonomy of systemic risks (Code of Practice first draft, 14 November
 * 2024, Measure 6) and the final one (Safety and Security chapter, Appendix 1, 10 July 2025), queryable both ways,
 * with entries that have no counterpart answered explicitly as unmapped.
 *
 * <p>The links follow the mapping tables of gpai4j's fact sheet on the first draft (its section 5). They are
 * gpai4j's own analysis: neither text states them. Examples: the draft's risk type "automated use of models for
 * AI research and development" {@linkplain MappingStatus#MOVED moved} to capability 1.3.1(11); "persuasion and
 * manipulation" {@linkplain MappingStatus#CHANGED became} the specified risk "harmful manipulation"; the draft's
 * "human agency" and "novelty" have no counterpart; the final essential characteristics are new.
 *
 * <p>Statuses are applied by one rule: {@link MappingStatus#PARTIAL} where a final entry carries part of the draft
 * entry's meaning, unmapped where the final text at most echoes it; {@link MappingStatus#SPLIT} where the draft entry
 * is divided without remainder between final entries; {@link MappingStatus#CHANGED} where a qualifier is added or
 * removed (bias became discriminatory bias; resistance to goal modification became harmful resistance).
 *
 * <p>This class is stateless and thread-safe.
 *
 * @since 0.1.0
 */
public final class TaxonomyMapping {

  private static final List<MappingLink> LINKS = new ArrayList<>();
  private static final Map<TaxonomyEntry, String> UNMAPPED = new LinkedHashMap<>();

  static {
    types();
    additionalRisks();
    nature();
    capabilities();
    propensities();
    affordances();
    newInFinal();
  }

  private TaxonomyMapping() {}

  private static void link(TaxonomyEntry firstDraft, TaxonomyEntry fin, MappingStatus s, String note) {
    LINKS.add(new MappingLink(firstDraft, fin, s, note));
  }

  private static void unmapped(TaxonomyEntry e, String reason) {
    if (UNMAPPED.put(e, reason) != null) {
      throw new IllegalStateException("Unmapped twice: " + e.code());
    }
  }

  private static void types() {
    link(FirstDraftRiskType.CYBER_OFFENCE, SpecifiedSystemicRisk.CYBER_OFFENCE, CHANGED,
        "Sharpened: the final text targets large-scale sophisticated cyber-attacks, including on critical systems.");
    link(FirstDraftRiskType.CBRN, SpecifiedSystemicRisk.CBRN, CHANGED,
        "Widened: the final text covers CBRN accidents as well as attacks.");
    link(FirstDraftRiskType.CYBER_OFFENCE, ModelCapability.OFFENSIVE_CYBER, PARTIAL,
        "The capability at the source of the risk is Appendix 1.3.1(1), offensive cyber capabilities.");
    link(FirstDraftRiskType.CBRN, ModelCapability.CBRN_AND_WEAPONS, PARTIAL,
        "The capability at the source of the risk is Appendix 1.3.1(2), CBRN and other such weapon acquisition or"
            + " proliferation capabilities.");
    link(FirstDraftRiskType.LOSS_OF_CONTROL, SpecifiedSystemicRisk.LOSS_OF_CONTROL, KEPT,
        "Kept, now defined as humans losing the ability to reliably direct, modify or shut down a model.");
    link(FirstDraftRiskType.AUTOMATED_AI_RESEARCH_AND_DEVELOPMENT, ModelCapability.AI_RESEARCH_AUTOMATION, MOVED,
        "No longer a risk type: it became a model capability (Appendix 1.3.1(11)).");
    link(FirstDraftRiskType.AUTOMATED_AI_RESEARCH_AND_DEVELOPMENT, SpecifiedSystemicRisk.LOSS_OF_CONTROL, PARTIAL,
        "Survives in the loss-of-control definition (autonomously creating or improving AI models or systems).");
    link(FirstDraftRiskType.PERSUASION_AND_MANIPULATION, SpecifiedSystemicRisk.HARMFUL_MANIPULATION, CHANGED,
        "Renamed and narrowed to the strategic distortion of behaviour or beliefs of large populations or"
            + " high-stakes decision-makers.");
    link(FirstDraftRiskType.PERSUASION_AND_MANIPULATION, ModelCapability.MANIPULATION_PERSUASION_DECEPTION, PARTIAL,
        "The capability at the source of the risk is Appendix 1.3.1(4), to manipulate, persuade or deceive.");
    link(FirstDraftRiskType.PERSUASION_AND_MANIPULATION, RiskTypeExample.ILLEGAL_OR_HARMFUL_CONTENT, PARTIAL,
        "The dis- and misinformation strand moved to the Appendix 1.1 example of false content.");
    link(FirstDraftRiskType.PERSUASION_AND_MANIPULATION, RiskTypeExample.DEMOCRATIC_PROCESSES, PARTIAL,
        "The election-interference strand moved to the Appendix 1.1 example of democratic processes.");
    link(FirstDraftRiskType.LARGE_SCALE_DISCRIMINATION, RiskTypeExample.NON_DISCRIMINATION, MOVED,
        "Dropped from the list of specified risks (per CDT Europe already in the third draft, single source);"
            + " now an Appendix 1.1 example under fundamental rights.");
    link(FirstDraftRiskType.LARGE_SCALE_DISCRIMINATION, ModelPropensity.DISCRIMINATORY_BIAS, PARTIAL,
        "Also appears as the propensity of discriminatory bias.");
    link(FirstDraftRiskType.LARGE_SCALE_DISCRIMINATION, ModelCapability.FUNDAMENTAL_RIGHTS_INFRINGEMENT, PARTIAL,
        "Also echoed by the capability to cause persistent and serious infringement of fundamental rights.");
  }

  private static void additionalRisks() {
    link(FirstDraftAdditionalRisk.MAJOR_ACCIDENTS, RiskTypeExample.MAJOR_ACCIDENTS, KEPT,
        "Kept as an Appendix 1.1 example.");
    link(FirstDraftAdditionalRisk.PRIVACY_INFRINGEMENT_AND_SURVEILLANCE, RiskTypeExample.PRIVACY_AND_PERSONAL_DATA,
        CHANGED, "Privacy kept as an Appendix 1.1 example; surveillance is no longer named.");
    link(FirstDraftAdditionalRisk.HARM_TO_PUBLIC_HEALTH, SystemicRiskType.PUBLIC_HEALTH, MOVED,
        "One of the five Appendix 1.1 risk types, which restate the interests named in the systemic-risk definition"
            + " of Art. 3(65) AI Act; the draft listed it among the further risks signatories may add.");
    link(FirstDraftAdditionalRisk.HARM_TO_SAFETY, SystemicRiskType.SAFETY, MOVED,
        "One of the five Appendix 1.1 risk types, which restate the interests named in the systemic-risk definition"
            + " of Art. 3(65) AI Act; the draft listed it among the further risks signatories may add.");
    link(FirstDraftAdditionalRisk.HARM_TO_DEMOCRATIC_PROCESSES, RiskTypeExample.DEMOCRATIC_PROCESSES, KEPT,
        "Kept as an Appendix 1.1 example.");
    link(FirstDraftAdditionalRisk.HARM_TO_PUBLIC_AND_ECONOMIC_SECURITY, SystemicRiskType.PUBLIC_SECURITY, SPLIT,
        "Public security became one of the five risk types.");
    link(FirstDraftAdditionalRisk.HARM_TO_PUBLIC_AND_ECONOMIC_SECURITY, RiskTypeExample.ECONOMIC_SECURITY, SPLIT,
        "Economic security became an Appendix 1.1 example.");
    link(FirstDraftAdditionalRisk.HARM_TO_CRITICAL_INFRASTRUCTURE, RiskTypeExample.CRITICAL_SECTORS_OR_INFRASTRUCTURE,
        CHANGED, "Kept as an Appendix 1.1 example, widened to critical sectors.");
    link(FirstDraftAdditionalRisk.HARM_TO_FUNDAMENTAL_RIGHTS, SystemicRiskType.FUNDAMENTAL_RIGHTS, MOVED,
        "One of the five Appendix 1.1 risk types, which restate the interests named in the systemic-risk definition"
            + " of Art. 3(65) AI Act; the draft listed it among the further risks signatories may add.");
    link(FirstDraftAdditionalRisk.HARM_TO_ENVIRONMENTAL_RESOURCES, RiskTypeExample.ENVIRONMENT, CHANGED,
        "Kept as the Appendix 1.1 example of the environment.");
    link(FirstDraftAdditionalRisk.HARM_TO_ECONOMIC_STABILITY, RiskTypeExample.ECONOMIC_SECURITY, CHANGED,
        "Nearest final wording is the Appendix 1.1 example of economic security.");
    unmapped(FirstDraftAdditionalRisk.HARM_TO_HUMAN_AGENCY,
        "No counterpart: human agency is not named in Appendix 1 of the final Safety and Security chapter.");
    link(FirstDraftAdditionalRisk.HARM_TO_SOCIETY_AS_A_WHOLE, SystemicRiskType.SOCIETY_AS_A_WHOLE, MOVED,
        "One of the five Appendix 1.1 risk types, which restate the interests named in the systemic-risk definition"
            + " of Art. 3(65) AI Act; the draft listed it among the further risks signatories may add.");
  }

  private static void nature() {
    link(FirstDraftNatureDimension.ORIGIN, ContributingCharacteristic.CAPABILITY_DEPENDENT, PARTIAL,
        "The dimension was dropped; its value 'model capabilities' lives on as the capability-dependent"
            + " characteristic and the Appendix 1.3.1 list.");
    link(FirstDraftNatureDimension.ORIGIN, ModelAffordance.RELEASE_AND_DISTRIBUTION_STRATEGIES, PARTIAL,
        "Its value 'model distribution' became the affordance of release and distribution strategies.");
    unmapped(FirstDraftNatureDimension.ACTORS,
        "Dropped as a dimension; echoed only by the asymmetric-impact characteristic (Appendix 1.2.2(6)) and the"
            + " offence-defence balance affordance (Appendix 1.3.3(9)).");
    link(FirstDraftNatureDimension.INTENT, ModelPropensity.MISALIGNMENT_WITH_HUMAN_INTENT, PARTIAL,
        "Dropped as a dimension; its value 'unintentional (including misalignment)' lives on in the misalignment"
            + " propensities, Appendix 1.3.2(1).");
    link(FirstDraftNatureDimension.INTENT, ModelPropensity.MISALIGNMENT_WITH_HUMAN_VALUES, PARTIAL,
        "Likewise in misalignment with human values, Appendix 1.3.2(2).");
    unmapped(FirstDraftNatureDimension.NOVELTY,
        "No counterpart; the nearest is 'may emerge at the frontier' in Appendix 1.2.2(1).");
    unmapped(FirstDraftNatureDimension.PROBABILITY_SEVERITY_RATIO,
        "Moved out of the taxonomy into risk analysis: Measure 3.4 estimates probability and severity.");
    link(FirstDraftNatureDimension.VELOCITY, ContributingCharacteristic.HIGH_VELOCITY, CHANGED,
        "Only the fast end of the dimension survives, as the high-velocity characteristic.");
    unmapped(FirstDraftNatureDimension.VISIBILITY,
        "Dropped; echoed only in the harmful-manipulation definition (influence people cannot reasonably detect).");
    link(FirstDraftNatureDimension.COURSE_OF_EVENTS, ContributingCharacteristic.COMPOUNDING_OR_CASCADING, CHANGED,
        "Collapsed into one characteristic: the risk can trigger other risks or chain reactions.");
  }

  private static void capabilities() {
    link(FirstDraftCapability.CYBER_CBRN_AND_WEAPONS, ModelCapability.OFFENSIVE_CYBER, SPLIT,
        "The cyber part became Appendix 1.3.1(1).");
    link(FirstDraftCapability.CYBER_CBRN_AND_WEAPONS, ModelCapability.CBRN_AND_WEAPONS, SPLIT,
        "The CBRN and weapons part became Appendix 1.3.1(2).");
    link(FirstDraftCapability.AUTONOMY_SCALABILITY_ADAPTABILITY, ModelCapability.AUTONOMOUS_OPERATION, SPLIT,
        "Autonomy became Appendix 1.3.1(5).");
    link(FirstDraftCapability.AUTONOMY_SCALABILITY_ADAPTABILITY, ModelCapability.ADAPTIVE_TASK_LEARNING, SPLIT,
        "Adaptability to learn new tasks became Appendix 1.3.1(6).");
    link(FirstDraftCapability.AUTONOMY_SCALABILITY_ADAPTABILITY, ModelAffordance.SCALABILITY, SPLIT,
        "Scalability moved to the affordances, Appendix 1.3.3(2).");
    link(FirstDraftCapability.SELF_REPLICATION_AND_IMPROVEMENT, ModelCapability.SELF_REPLICATION_AND_IMPROVEMENT,
        SPLIT, "Self-replication and self-improvement became Appendix 1.3.1(10).");
    link(FirstDraftCapability.SELF_REPLICATION_AND_IMPROVEMENT, ModelCapability.AI_RESEARCH_AUTOMATION, PARTIAL,
        "The ability to train other models is folded into automating AI research and development, 1.3.1(11).");
    link(FirstDraftCapability.PERSUASION_MANIPULATION_DECEPTION, ModelCapability.MANIPULATION_PERSUASION_DECEPTION,
        KEPT, "Kept as Appendix 1.3.1(4).");
    link(FirstDraftCapability.LONG_HORIZON_PLANNING, ModelCapability.LONG_HORIZON_PLANNING, KEPT,
        "Kept as Appendix 1.3.1(7).");
    link(FirstDraftCapability.SITUATIONAL_AWARENESS, ModelCapability.SELF_REASONING, CHANGED,
        "Renamed self-reasoning, including knowing whether the model is being evaluated.");
  }

  private static void propensities() {
    link(FirstDraftPropensity.MISALIGNMENT, ModelPropensity.MISALIGNMENT_WITH_HUMAN_INTENT, SPLIT,
        "Split: misalignment with human intent, Appendix 1.3.2(1).");
    link(FirstDraftPropensity.MISALIGNMENT, ModelPropensity.MISALIGNMENT_WITH_HUMAN_VALUES, SPLIT,
        "Split: misalignment with human values, Appendix 1.3.2(2).");
    link(FirstDraftPropensity.TENDENCY_TO_DECEIVE, ModelPropensity.HARMFUL_DEPLOYMENT_OF_CAPABILITIES, CHANGED,
        "Broadened to deploying capabilities in harmful ways, deception being one example.");
    link(FirstDraftPropensity.BIAS, ModelPropensity.DISCRIMINATORY_BIAS, CHANGED,
        "Qualified as discriminatory bias.");
    link(FirstDraftPropensity.CONFABULATION, ModelPropensity.HALLUCINATION_AND_MISINFORMATION, CHANGED,
        "Renamed and broadened to hallucination, misinformation and obscuring sources.");
    link(FirstDraftPropensity.LACK_OF_RELIABILITY_AND_SECURITY, ModelPropensity.LACK_OF_PERFORMANCE_RELIABILITY,
        SPLIT, "The reliability part stays a propensity, Appendix 1.3.2(6).");
    link(FirstDraftPropensity.LACK_OF_RELIABILITY_AND_SECURITY, ModelAffordance.GUARDRAIL_REMOVAL_VULNERABILITY,
        SPLIT, "The security of the model itself moved to the affordances: vulnerability to adversarial removal of"
            + " guardrails, Appendix 1.3.3(5).");
    link(FirstDraftPropensity.LACK_OF_RELIABILITY_AND_SECURITY, ModelAffordance.LACK_OF_INFRASTRUCTURE_SECURITY,
        SPLIT, "The security part moved to the affordances: lack of infrastructure security, Appendix 1.3.3(7).");
    link(FirstDraftPropensity.GOAL_PURSUIT_AND_POWER_SEEKING, ModelPropensity.GOAL_PURSUIT_AND_POWER_SEEKING, CHANGED,
        "Qualified as Appendix 1.3.2(8): the resistance to goal modification is now 'harmful'.");
    link(FirstDraftPropensity.COLLUSION_WITH_OTHER_AI, ModelPropensity.COLLUSION_WITH_OTHER_AI, KEPT,
        "Kept as Appendix 1.3.2(9).");
  }

  private static void affordances() {
    link(FirstDraftAffordance.GUARDRAIL_REMOVAL_POTENTIAL, ModelAffordance.GUARDRAIL_REMOVAL_VULNERABILITY, KEPT,
        "Kept as Appendix 1.3.3(5).");
    link(FirstDraftAffordance.TOOL_ACCESS, ModelAffordance.ACCESS_TO_TOOLS_COMPUTE_OR_PHYSICAL_SYSTEMS, CHANGED,
        "Widened to computational power and physical systems, Appendix 1.3.3(1).");
    link(FirstDraftAffordance.TOOL_ACCESS, ModelCapability.TOOL_USE, PARTIAL,
        "Related to the new capability of tool use, Appendix 1.3.1(13).");
    link(FirstDraftAffordance.MODALITIES, ModelCapability.MULTIPLE_MODALITIES, MOVED,
        "Moved from the affordances to the capabilities, Appendix 1.3.1(12).");
    link(FirstDraftAffordance.RELEASE_AND_DISTRIBUTION_STRATEGIES, ModelAffordance.RELEASE_AND_DISTRIBUTION_STRATEGIES,
        KEPT, "Kept as Appendix 1.3.3(3).");
    link(FirstDraftAffordance.HUMAN_OVERSIGHT, ModelAffordance.LEVEL_OF_HUMAN_OVERSIGHT, KEPT,
        "Kept as Appendix 1.3.3(4), with the degree of model autonomy as example.");
    link(FirstDraftAffordance.MODEL_EXFILTRATION, ModelAffordance.EXFILTRATION_VULNERABILITY, KEPT,
        "Kept as Appendix 1.3.3(6).");
    link(FirstDraftAffordance.NUMBER_OF_USERS, ModelAffordance.NUMBER_OF_USERS, KEPT,
        "Kept as Appendix 1.3.3(8), counting end-users of integrating AI systems.");
    link(FirstDraftAffordance.OFFENCE_DEFENCE_BALANCE, ModelAffordance.OFFENCE_DEFENCE_BALANCE, KEPT,
        "Kept as Appendix 1.3.3(9), 'motivation' instead of 'willingness' of malicious actors.");
    link(FirstDraftAffordance.SOCIETAL_VULNERABILITY_OR_ADAPTATION, ModelAffordance.ENVIRONMENT_VULNERABILITY,
        CHANGED, "Renamed and broadened to the vulnerability of the affected social or ecological environment.");
    link(FirstDraftAffordance.LACK_OF_EXPLAINABILITY_OR_TRANSPARENCY,
        ModelAffordance.LACK_OF_EXPLAINABILITY_OR_TRANSPARENCY, KEPT, "Kept as Appendix 1.3.3(11).");
    unmapped(FirstDraftAffordance.TECHNOLOGY_READINESS,
        "No direct counterpart; echoed only by inappropriate use, Appendix 1.3.3(13) (uncertain judgement).");
    unmapped(FirstDraftAffordance.FEEDBACK_LOOPS,
        "No direct counterpart (and its status as a draft item is unconfirmed); echoed by the compounding or"
            + " cascading characteristic and by interactions with other AI, Appendix 1.3.3(12).");
  }

  private static void newInFinal() {
    String essential = "New in the final text: restates the systemic-risk definition of Art. 3(65) AI Act.";
    unmapped(EssentialCharacteristic.SPECIFIC_TO_HIGH_IMPACT_CAPABILITIES, essential);
    unmapped(EssentialCharacteristic.SIGNIFICANT_UNION_MARKET_IMPACT, essential);
    unmapped(EssentialCharacteristic.PROPAGATES_AT_SCALE_ALONG_VALUE_CHAIN, essential);
    unmapped(ContributingCharacteristic.REACH_DEPENDENT, "New in the final text.");
    unmapped(ContributingCharacteristic.DIFFICULT_OR_IMPOSSIBLE_TO_REVERSE, "New in the final text.");
    unmapped(ContributingCharacteristic.ASYMMETRIC_IMPACT,
        "New in the final text; the draft's 'actor(s) driving the risk' dimension is only an echo.");
    unmapped(ModelCapability.EVADING_HUMAN_OVERSIGHT, "New in the final text.");
    unmapped(ModelCapability.PHYSICAL_SYSTEM_CONTROL, "New in the final text.");
    unmapped(ModelPropensity.LAWLESSNESS, "New in the final text.");
    unmapped(ModelPropensity.MISCOORDINATION_OR_CONFLICT_WITH_OTHER_AI,
        "New in the final text; extends the draft's collusion propensity.");
    unmapped(ModelAffordance.INTERACTIONS_WITH_OTHER_AI,
        "New in the final text; the doubtful draft line on feedback loops is at most an echo.");
    unmapped(ModelAffordance.INAPPROPRIATE_USE,
        "New in the final text; the draft's technology readiness (A11) is at most an echo.");
    unmapped(RiskTypeExample.PUBLIC_MENTAL_HEALTH, "New example in the final text.");
    unmapped(RiskTypeExample.FREEDOM_OF_EXPRESSION_AND_INFORMATION, "New example in the final text.");
    unmapped(RiskTypeExample.NON_HUMAN_WELFARE, "New example in the final text.");
    unmapped(RiskTypeExample.CONCENTRATION_OF_POWER, "New example in the final text.");
  }

  /**
   * Maps a first-draft entry to the final taxonomy.
   *
   * @param firstDraftEntry an entry of {@link TaxonomyVersion#FIRST_DRAFT_2024_11}, not null
   * @return the links to final entries, or an explicit unmapped result with the reason
   * @throws IllegalArgumentException if the entry is not a first-draft entry
   */
  public static MappingResult toFinal(TaxonomyEntry firstDraftEntry) {
    return map(firstDraftEntry, TaxonomyVersion.FIRST_DRAFT_2024_11, TaxonomyVersion.FINAL_2025_07);
  }

  /**
   * Maps a final entry back to the first-draft taxonomy; entries new in the final text are explicitly unmapped.
   *
   * @param finalEntry an entry of {@link TaxonomyVersion#FINAL_2025_07}, not null
   * @return the links to first-draft entries, or an explicit unmapped result with the reason
   * @throws IllegalArgumentException if the entry is not a final entry
   */
  public static MappingResult toFirstDraft(TaxonomyEntry finalEntry) {
    return map(finalEntry, TaxonomyVersion.FINAL_2025_07, TaxonomyVersion.FIRST_DRAFT_2024_11);
  }

  /**
   * Maps an entry to the other version, whichever it is.
   *
   * @param entry an entry of either version, not null
   * @return the mapping result
   */
  public static MappingResult toOtherVersion(TaxonomyEntry entry) {
    return entry.version() == TaxonomyVersion.FINAL_2025_07 ? toFirstDraft(entry) : toFinal(entry);
  }

  /**
   * Returns every first-draft to final link, in table order.
   *
   * @return an unmodifiable list, never null
   */
  public static List<MappingLink> links() {
    return List.copyOf(LINKS);
  }

  private static MappingResult map(TaxonomyEntry entry, TaxonomyVersion expected, TaxonomyVersion target) {
    requireNonNull(entry, "entry");
    if (entry.version() != expected) {
      throw new IllegalArgumentException(
          entry.code() + " is an entry of " + entry.version() + "; expected an entry of " + expected);
    }
    List<MappingLink> found = new ArrayList<>();
    for (MappingLink l : LINKS) {
      if (l.from() == entry) {
        found.add(l);
      } else if (l.to() == entry) {
        found.add(l.reversed());
      }
    }
    if (!found.isEmpty()) {
      return new MappingResult(entry, target, found, null);
    }
    String reason = UNMAPPED.get(entry);
    if (reason == null) {
      throw new IllegalStateException("The mapping table does not cover " + entry.code());
    }
    return new MappingResult(entry, target, List.of(), reason);
  }

  /**
   * Returns the entries the table explicitly marks as having no counterpart, with the reason.
   *
   * @return an unmodifiable map in table order, never null
   */
  public static Map<TaxonomyEntry, String> unmappedEntries() {
    return java.util.Collections.unmodifiableMap(UNMAPPED);
  }
}
