package io.github.gpai4j.taxonomy;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.github.gpai4j.taxonomy.mitigation.SecurityObjective;
import java.util.List;
import java.util.Locale;
import org.junit.jupiter.api.Test;

/**
 * The wording of corrected taxonomy entries, each checked against the text it follows: the final Safety and Security
 * chapter of the Code of Practice (10 July 2025, Appendices 1 and 4) and the first draft (14 November 2024).
 */
class TaxonomyWordingTest {

  private static MappingLink link(TaxonomyEntry from, TaxonomyEntry to) {
    return TaxonomyMapping.links().stream().filter(l -> l.from() == from && l.to() == to).findFirst()
        .orElseThrow(() -> new AssertionError("no link " + from.code() + " -> " + to.code()));
  }

  /**
   * Appendix 1.3.2(8): "goal-pursuing, harmful resistance to goal modification, and power-seeking": "harmful"
   * qualifies the resistance, in both languages, and the qualifier is new against the first draft, so the link is
   * CHANGED (as bias became discriminatory bias).
   */
  @Test
  void goal_pursuit_propensity_keeps_harmful_resistance() {
    ModelPropensity p = ModelPropensity.GOAL_PURSUIT_AND_POWER_SEEKING;
    assertTrue(p.label(Locale.ENGLISH).contains("harmful resistance to goal modification"), p.label(Locale.ENGLISH));
    assertTrue(p.description().contains("harmful resistance to modification of its goals"), p.description());
    assertTrue(p.label(Locale.FRENCH).contains("résistance néfaste"), p.label(Locale.FRENCH));
    assertEquals(MappingStatus.CHANGED,
        link(FirstDraftPropensity.GOAL_PURSUIT_AND_POWER_SEEKING, ModelPropensity.GOAL_PURSUIT_AND_POWER_SEEKING)
            .status());
  }

  /**
   * Appendix 1.4(4): harmful manipulation may undermine democratic processes and fundamental rights, "including
   * exploitation based on protected characteristics".
   */
  @Test
  void harmful_manipulation_keeps_exploitation_based_on_protected_characteristics() {
    assertTrue(SpecifiedSystemicRisk.HARMFUL_MANIPULATION.description()
        .contains("exploitation based on protected characteristics"));
  }

  /** Appendix 1.3.1(3): capabilities that could cause "persistent and serious" infringement of fundamental rights. */
  @Test
  void fundamental_rights_capability_is_persistent_and_serious() {
    assertTrue(ModelCapability.FUNDAMENTAL_RIGHTS_INFRINGEMENT.label(Locale.ENGLISH).contains("persistent and serious"));
    assertTrue(ModelCapability.FUNDAMENTAL_RIGHTS_INFRINGEMENT.label(Locale.FRENCH).contains("persistante et grave"));
  }

  /**
   * Appendix 1.3.1(2): "CBRN capabilities, and other such weapon acquisition or proliferation capabilities": the
   * label does not widen it to any weapon capability, and the description does not narrow CBRN to acquisition and
   * proliferation.
   */
  @Test
  void cbrn_capability_keeps_other_such_weapon_acquisition_or_proliferation() {
    ModelCapability c = ModelCapability.CBRN_AND_WEAPONS;
    assertEquals("CBRN and other such weapon acquisition or proliferation capabilities", c.label(Locale.ENGLISH));
    assertTrue(c.description().startsWith("Chemical, biological, radiological or nuclear capabilities, and other"),
        c.description());
  }

  /** Appendix 1.1: the example reads "illegal, violent, hateful, radicalising or false content". */
  @Test
  void content_example_keeps_false_content() {
    assertTrue(RiskTypeExample.ILLEGAL_OR_HARMFUL_CONTENT.description()
        .contains("illegal, violent, hateful, radicalising or false content"));
  }

  /** Appendix 4.1(1)(a) asks for restrictions on device and account sharing, not a ban on shared devices. */
  @Test
  void network_access_measure_restricts_device_and_account_sharing() {
    String m = SecurityObjective.PREVENT_UNAUTHORISED_NETWORK_ACCESS.listedMeasure();
    assertTrue(m.contains("restrictions on device and account sharing"), m);
    assertFalse(m.contains("no shared devices"), m);
  }

  /**
   * First draft, propensity P7: "'Colluding' with other AI models/systems to do so"; the paraphrase does not widen
   * it to "any of the above". Type T4: automated AI R&D "could" make development unpredictable.
   */
  @Test
  void first_draft_paraphrases_do_not_overreach() {
    assertFalse(FirstDraftPropensity.COLLUSION_WITH_OTHER_AI.description().contains("any of the above"));
    assertTrue(FirstDraftRiskType.AUTOMATED_AI_RESEARCH_AND_DEVELOPMENT.description().contains("could make"));
  }

  /**
   * First-draft fact sheet, section 5.1: the sources of the draft's cyber offence, CBRN and persuasion types are the
   * final capabilities 1.3.1(1), (2) and (4); the links are PARTIAL (the capability is a source of the risk, not the
   * risk).
   */
  @Test
  void draft_risk_types_link_to_their_source_capabilities() {
    for (List<TaxonomyEntry> pair : List.of(
        List.<TaxonomyEntry>of(FirstDraftRiskType.CYBER_OFFENCE, ModelCapability.OFFENSIVE_CYBER),
        List.<TaxonomyEntry>of(FirstDraftRiskType.CBRN, ModelCapability.CBRN_AND_WEAPONS),
        List.<TaxonomyEntry>of(FirstDraftRiskType.PERSUASION_AND_MANIPULATION,
            ModelCapability.MANIPULATION_PERSUASION_DECEPTION))) {
      assertEquals(MappingStatus.PARTIAL, link(pair.get(0), pair.get(1)).status());
    }
  }

  /**
   * One rule for PARTIAL and unmapped: the draft's intent dimension ("unintentional (including misalignment)") lives
   * on in the misalignment propensities (PARTIAL); technology readiness is only echoed (unmapped); "ability to train
   * other models" is folded into AI R&D automation as part of a larger capability (PARTIAL, not SPLIT).
   */
  @Test
  void partial_and_unmapped_follow_one_rule() {
    assertEquals(MappingStatus.PARTIAL,
        link(FirstDraftNatureDimension.INTENT, ModelPropensity.MISALIGNMENT_WITH_HUMAN_INTENT).status());
    assertTrue(TaxonomyMapping.toFinal(FirstDraftAffordance.TECHNOLOGY_READINESS).isUnmapped());
    assertTrue(TaxonomyMapping.toFinal(FirstDraftNatureDimension.ACTORS).isUnmapped());
    assertTrue(TaxonomyMapping.toFinal(FirstDraftAdditionalRisk.HARM_TO_HUMAN_AGENCY).isUnmapped());
    assertEquals(MappingStatus.PARTIAL,
        link(FirstDraftCapability.SELF_REPLICATION_AND_IMPROVEMENT, ModelCapability.AI_RESEARCH_AUTOMATION).status());
  }

  /**
   * The draft's "lack of reliability and security": its security strand fits the vulnerability to adversarial removal
   * of guardrails (Appendix 1.3.3(5)) and infrastructure security (1.3.3(7)), not the exfiltration affordance.
   */
  @Test
  void reliability_and_security_propensity_links_to_guardrail_removal() {
    assertEquals(MappingStatus.SPLIT, link(FirstDraftPropensity.LACK_OF_RELIABILITY_AND_SECURITY,
        ModelAffordance.GUARDRAIL_REMOVAL_VULNERABILITY).status());
    assertTrue(TaxonomyMapping.links().stream().noneMatch(l -> l.from() == FirstDraftPropensity.LACK_OF_RELIABILITY_AND_SECURITY
        && l.to() == ModelAffordance.EXFILTRATION_VULNERABILITY));
  }

  /** Appendix 1.1's five risk types restate the interests of Art. 3(65) AI Act; the notes say so, not "promoted". */
  @Test
  void five_risk_types_restate_article_3_65() {
    MappingLink l = link(FirstDraftAdditionalRisk.HARM_TO_SOCIETY_AS_A_WHOLE, SystemicRiskType.SOCIETY_AS_A_WHOLE);
    assertTrue(l.note().contains("Art. 3(65)"), l.note());
    assertFalse(l.note().contains("Promoted"), l.note());
  }

  /**
   * French labels follow the AI Act's French terms: "sûreté", "incidence significative", "cyberoffensive",
   * "difficilement réversible ou irréversible", "action humaine", "santé mentale de la population", with one
   * apostrophe style (’).
   */
  @Test
  void french_labels_use_the_acts_terms() {
    assertEquals("Risques pour la sûreté", SystemicRiskType.SAFETY.label(Locale.FRENCH));
    assertTrue(EssentialCharacteristic.SIGNIFICANT_UNION_MARKET_IMPACT.label(Locale.FRENCH)
        .startsWith("Incidence significative"));
    assertEquals("Cyberoffensive", SpecifiedSystemicRisk.CYBER_OFFENCE.label(Locale.FRENCH));
    assertEquals("Difficilement réversible ou irréversible",
        ContributingCharacteristic.DIFFICULT_OR_IMPOSSIBLE_TO_REVERSE.label(Locale.FRENCH));
    assertTrue(FirstDraftAdditionalRisk.HARM_TO_HUMAN_AGENCY.label(Locale.FRENCH).contains("action humaine"));
    assertEquals("Santé mentale de la population", RiskTypeExample.PUBLIC_MENTAL_HEALTH.label(Locale.FRENCH));
    for (TaxonomyVersion v : TaxonomyVersion.values()) {
      for (TaxonomyEntry e : Taxonomy.of(v).entries()) {
        assertFalse(e.label(Locale.FRENCH).contains("'"), e.code());
      }
    }
  }
}
