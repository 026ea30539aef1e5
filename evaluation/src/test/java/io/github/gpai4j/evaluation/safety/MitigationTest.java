package io.github.gpai4j.evaluation.safety;

import io.github.gpai4j.taxonomy.mitigation.GovernanceCommitment;
import io.github.gpai4j.taxonomy.mitigation.SecurityMitigationArea;
import io.github.gpai4j.taxonomy.mitigation.Mitigation;
import io.github.gpai4j.taxonomy.mitigation.SecurityObjective;
import io.github.gpai4j.taxonomy.mitigation.SafetyMitigationKind;
import io.github.gpai4j.taxonomy.mitigation.ThreatActor;
import io.github.gpai4j.taxonomy.mitigation.SecurityGoal;
import io.github.gpai4j.taxonomy.mitigation.MitigationType;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.github.gpai4j.core.validation.Finding;
import io.github.gpai4j.core.validation.Rule;
import io.github.gpai4j.core.validation.Severity;
import io.github.gpai4j.core.validation.ValidationOptions;
import io.github.gpai4j.core.validation.ValidationReport;
import java.util.List;
import org.junit.jupiter.api.Test;
import io.github.gpai4j.core.json.DocumentReadException;

/** The mitigation vocabulary (Measure 5.1, Appendix 4, governance commitments) and the mitigation records. */
class MitigationTest {

  private static SecurityGoal goal() {
    return SecurityGoal.builder()
        .addThreatActors(ThreatActor.NON_STATE_EXTERNAL, ThreatActor.INSIDER, ThreatActor.OTHER)
        .otherActorsDescription("state actors with moderate resources")
        .capabilitiesConsidered("expected cyber uplift of the next model generation")
        .build();
  }

  private static Mitigation safety() {
    return Mitigation.builder()
        .id("M-REFUSAL")
        .type(MitigationType.SAFETY)
        .description("Refusal fine-tuning for exploit development")
        .addRiskIds("R-CYBER")
        .addSafetyKinds(SafetyMitigationKind.BEHAVIOUR_MODIFICATION)
        .addLimitations("can be removed by fine-tuning open weights")
        .implemented(true)
        .build();
  }

  /** Measure 5.1 gives eight examples of safety mitigations; OTHER covers the rest of a non-exhaustive list. */
  @Test
  void measure_5_1_has_eight_example_kinds_plus_other() {
    assertEquals(9, SafetyMitigationKind.values().length);
    assertEquals("CoP S&S Measure 5.1(4)", SafetyMitigationKind.STAGED_ACCESS.legalBasis().citation());
    assertEquals("CoP S&S Measure 5.1", SafetyMitigationKind.OTHER.legalBasis().citation());
  }

  /** Appendix 4.1-4.5 list 4, 6, 4, 4 and 7 mitigation objectives. */
  @Test
  void appendix_4_areas_have_4_6_4_4_and_7_objectives() {
    assertEquals(List.of(4, 6, 4, 4, 7),
        java.util.Arrays.stream(SecurityMitigationArea.values()).map(a -> a.objectives().size()).toList());
    assertEquals(25, SecurityObjective.values().length);
  }

  @Test
  void objectives_cite_their_appendix_item_and_listed_measure() {
    SecurityObjective o = SecurityObjective.PROTECT_PARAMETERS_IN_TRANSIT_AND_AT_REST;
    assertEquals("CoP S&S Appendix 4.2(3)", o.legalBasis().citation());
    assertEquals("CoP S&S Appendix 4.2(3)(a)", o.listedMeasureBasis().citation());
    assertFalse(o.listedMeasure().isBlank());
  }

  /** The glossary's governance mitigations are Commitments 1 and 7 to 10. */
  @Test
  void governance_commitments_are_1_and_7_to_10() {
    assertEquals(List.of("CoP S&S Commitment 1", "CoP S&S Commitment 7", "CoP S&S Commitment 8",
            "CoP S&S Commitment 9", "CoP S&S Commitment 10"),
        java.util.Arrays.stream(GovernanceCommitment.values()).map(c -> c.legalBasis().citation()).toList());
    assertEquals(7, GovernanceCommitment.MODEL_REPORTS.measures().size());
  }

  @Test
  void security_goal_survives_a_json_round_trip() throws DocumentReadException {
    assertEquals(goal(), JsonRoundTrip.of(goal(), SecurityGoal.class));
  }

  @Test
  void mitigation_survives_a_json_round_trip() throws DocumentReadException {
    assertEquals(safety(), JsonRoundTrip.of(safety(), Mitigation.class));
  }

  @Test
  void security_mitigation_with_objectives_survives_a_json_round_trip() throws DocumentReadException {
    Mitigation m = Mitigation.builder().id("M-TPM").type(MitigationType.SECURITY).addRiskIds("R-CYBER")
        .addSecurityObjectives(SecurityObjective.PROTECT_PARAMETERS_IN_TRANSIT_AND_AT_REST)
        .deviationFromListedMeasure("HSM instead of TPM; same key isolation").build();
    assertEquals(m, JsonRoundTrip.of(m, Mitigation.class));
  }

  private static final SecurityGoalValidator GOALS = SecurityGoalValidator.create();
  private static final MitigationValidator MITIGATIONS = MitigationValidator.create();

  private static List<Rule> rules(ValidationReport report) {
    return report.findings().stream().map(Finding::rule).toList();
  }

  @Test
  void complete_security_goal_has_no_finding() {
    assertEquals(ValidationReport.empty(), GOALS.validate(goal()));
  }

  /** Measure 6.1: the Security Goal includes non-state external threats and insider threats. */
  @Test
  void security_goal_without_the_two_required_actors_reports_both() {
    SecurityGoal g = SecurityGoal.builder().capabilitiesConsidered("x").build();
    assertEquals(List.of(MitigationRules.GOAL_NEEDS_INSIDER, MitigationRules.GOAL_NEEDS_NON_STATE_EXTERNAL),
        rules(GOALS.validate(g)));
    assertEquals("/threatActors", GOALS.validate(g).findings().get(0).location().text());
  }

  /** A fail-fast run stops at the first error: the missing non-state external threats. */
  @Test
  void fail_fast_stops_at_the_first_missing_threat_actor() {
    ValidationReport r = GOALS.validate(SecurityGoal.builder().build(), ValidationOptions.stopAtFirstError());
    assertEquals(List.of(MitigationRules.GOAL_NEEDS_NON_STATE_EXTERNAL), rules(r));
    assertTrue(r.stoppedEarly());
  }

  @Test
  void other_threat_actor_without_description_is_a_finding() {
    SecurityGoal g = SecurityGoal.builder().from(goal()).otherActorsDescription(null).build();
    assertEquals(List.of(MitigationRules.GOAL_OTHER_UNDESCRIBED), rules(GOALS.validate(g)));
  }

  /** Measure 6.1: "in view of current and expected capabilities"; not saying how is a warning. */
  @Test
  void security_goal_without_capabilities_considered_is_a_warning() {
    SecurityGoal g = SecurityGoal.builder().from(goal()).capabilitiesConsidered(" ").build();
    ValidationReport r = GOALS.validate(g);
    assertEquals(List.of(MitigationRules.GOAL_CAPABILITIES_UNSTATED), rules(r));
    assertTrue(r.isValid());
  }

  @Test
  void mitigation_not_linked_to_a_risk_is_a_warning() {
    Mitigation m = Mitigation.builder().from(safety()).riskIds(List.of()).build();
    ValidationReport r = MITIGATIONS.validate(m);
    assertEquals(List.of(MitigationRules.MITIGATION_WITHOUT_RISK), rules(r));
    assertEquals(Severity.WARNING, r.findings().get(0).severity());
    assertEquals(List.of("M-REFUSAL"), r.findings().get(0).arguments());
    assertTrue(r.isValid());
  }

  @Test
  void safety_mitigation_listing_security_objectives_is_a_warning() {
    Mitigation m = Mitigation.builder().from(safety())
        .addSecurityObjectives(SecurityObjective.REDUCE_SOCIAL_ENGINEERING).build();
    ValidationReport r = MITIGATIONS.validate(m);
    assertEquals(List.of(MitigationRules.MITIGATION_TYPE_MISMATCH), rules(r));
    assertEquals("/securityObjectives", r.findings().get(0).location().text());
  }

  @Test
  void security_mitigation_listing_safety_kinds_is_a_warning() {
    Mitigation m = Mitigation.builder().from(safety()).type(MitigationType.SECURITY).build();
    ValidationReport r = MITIGATIONS.validate(m);
    assertEquals(List.of(MitigationRules.MITIGATION_TYPE_MISMATCH), rules(r));
    assertEquals("/safetyKinds", r.findings().get(0).location().text());
  }

  /** Mitigation rules apply to either type, so they cite Commitment 5 (safety) and Commitment 6 (security). */
  @Test
  void mitigation_rules_cite_commitments_5_and_6() {
    assertEquals(List.of("CoP S&S Commitment 5", "CoP S&S Commitment 6"),
        MitigationRules.MITIGATION_WITHOUT_RISK.legalBases().stream().map(b -> b.citation()).toList());
  }

  @Test
  void validators_reject_null() {
    assertThrows(NullPointerException.class, () -> GOALS.validate(null));
    assertThrows(NullPointerException.class, () -> MITIGATIONS.validate(null));
    assertThrows(NullPointerException.class, () -> MITIGATIONS.validate(safety(), null));
  }

  @Test
  void each_validator_lists_its_own_rules() {
    assertEquals(4, GOALS.rules().size());
    assertEquals(List.of(MitigationRules.MITIGATION_WITHOUT_RISK, MitigationRules.MITIGATION_TYPE_MISMATCH),
        MITIGATIONS.rules());
    assertFalse(GOALS.rules().contains(MitigationRules.MITIGATION_WITHOUT_RISK));
  }

  @Test
  void vocabulary_terms_are_written_as_codes() {
    assertEquals("\"SECURITY.THREAT_ACTOR.INSIDER\"", JsonRoundTrip.write(ThreatActor.INSIDER).strip());
  }
}
