package io.github.gpai4j.evaluation.safety;

import io.github.gpai4j.taxonomy.risk.RiskAcceptanceDetermination;
import io.github.gpai4j.taxonomy.risk.AcceptanceCriterionType;
import io.github.gpai4j.taxonomy.risk.SystemicRisk;
import io.github.gpai4j.taxonomy.risk.ProceedDecision;
import io.github.gpai4j.taxonomy.risk.AcceptanceCriterion;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.github.gpai4j.core.LegalBasis;
import io.github.gpai4j.core.Instrument;
import io.github.gpai4j.core.Recipient;
import io.github.gpai4j.core.validation.Finding;
import io.github.gpai4j.core.validation.JsonPointer;
import io.github.gpai4j.core.validation.Rule;
import io.github.gpai4j.core.validation.Severity;
import io.github.gpai4j.core.validation.ValidationOptions;
import io.github.gpai4j.core.validation.ValidationReport;
import io.github.gpai4j.taxonomy.ModelCapability;
import java.util.List;
import java.util.Locale;
import org.junit.jupiter.api.Test;

/** Measures 2.2, 4.1 and 4.2 of the Safety and Security chapter as validators that return findings. */
class SystemicRiskValidatorTest {

  private static final SystemicRiskValidator RISKS = SystemicRiskValidator.create();
  private static final RiskAcceptanceDeterminationValidator DETERMINATIONS =
      RiskAcceptanceDeterminationValidator.create();

  /** Rule ids of the findings in the order the validator found them (the report's order for one location). */
  private static List<Rule> rules(ValidationReport report) {
    return report.findings().stream().map(Finding::rule).toList();
  }

  private static AcceptanceCriterion other() {
    return AcceptanceCriterion.builder()
        .name("Qualitative review")
        .type(AcceptanceCriterionType.OTHER_CRITERION)
        .build();
  }

  @Test
  void complete_specified_risk_has_no_finding() {
    assertEquals(ValidationReport.empty(), RISKS.validate(Fixtures.cyberRisk()));
  }

  @Test
  void empty_draft_builds_and_reports_missing_scenarios_and_criteria() {
    ValidationReport r = RISKS.validate(SystemicRisk.builder().id("R1").build());
    assertEquals(List.of(SystemicRiskRules.NO_CRITERIA, SystemicRiskRules.NO_SCENARIO), rules(r));
    assertEquals(JsonPointer.of("scenarios"), r.findings().get(1).location());
    assertEquals(JsonPointer.of("acceptanceCriteria"), r.findings().get(0).location());
    assertFalse(r.isValid());
  }

  /** Measure 4.1: "other" acceptance criteria are allowed only for risks that are not specified (Appendix 1.4). */
  @Test
  void specified_risk_with_an_other_criterion_is_a_finding() {
    SystemicRisk risk = SystemicRisk.builder().from(Fixtures.cyberRisk()).addAcceptanceCriteria(other()).build();
    ValidationReport r = RISKS.validate(risk);
    assertEquals(List.of(SystemicRiskRules.SPECIFIED_RISK_OTHER_CRITERION), rules(r));
    assertEquals("/acceptanceCriteria/2/type", r.findings().get(0).location().text());
    assertEquals(List.of("FINAL.SPECIFIED.CYBER_OFFENCE"), r.findings().get(0).arguments());
  }

  /** Measure 4.1: other criteria only where tiers are unsuitable, which the signatory must justify. */
  @Test
  void non_specified_risk_with_an_unjustified_other_criterion_is_a_finding() {
    SystemicRisk risk = SystemicRisk.builder().id("R-PRIV").addScenarios(Fixtures.scenario())
        .addAcceptanceCriteria(other()).build();
    assertEquals(List.of(SystemicRiskRules.OTHER_CRITERION_UNJUSTIFIED), rules(RISKS.validate(risk)));
  }

  @Test
  void unjustified_other_criteria_are_reported_once_per_risk() {
    SystemicRisk risk = SystemicRisk.builder().id("R-PRIV").addScenarios(Fixtures.scenario())
        .addAcceptanceCriteria(other(), other()).build();
    assertEquals(1, RISKS.validate(risk).findings().size());
  }

  @Test
  void non_specified_risk_with_a_justified_other_criterion_has_no_finding() {
    SystemicRisk risk = SystemicRisk.builder().id("R-PRIV").addScenarios(Fixtures.scenario())
        .addAcceptanceCriteria(other())
        .tiersUnsuitableJustification("No capability measure tracks this risk").build();
    assertTrue(RISKS.validate(risk).findings().isEmpty());
  }

  /** Measure 4.1: tiers are "defined in terms of model capabilities". */
  @Test
  void tier_without_defining_capability_is_a_finding() {
    AcceptanceCriterion t = AcceptanceCriterion.builder().from(Fixtures.tier("T2", false))
        .definingCapabilities(List.of()).build();
    SystemicRisk risk = SystemicRisk.builder().from(Fixtures.cyberRisk())
        .acceptanceCriteria(List.of(Fixtures.tier("T1", true), t)).build();
    ValidationReport r = RISKS.validate(risk);
    assertEquals(List.of(SystemicRiskRules.TIER_WITHOUT_CAPABILITY), rules(r));
    assertEquals("/acceptanceCriteria/1/definingCapabilities", r.findings().get(0).location().text());
    assertEquals(List.of("T2"), r.findings().get(0).arguments());
  }

  /** Measure 4.1: tiers are measurable. */
  @Test
  void tier_without_measurement_is_a_finding() {
    AcceptanceCriterion t = AcceptanceCriterion.builder().from(Fixtures.tier("T2", false)).measurement(" ").build();
    SystemicRisk risk = SystemicRisk.builder().from(Fixtures.cyberRisk()).acceptanceCriteria(List.of(t)).build();
    assertEquals(List.of(SystemicRiskRules.TIER_NOT_MEASURABLE), rules(RISKS.validate(risk)));
  }

  /** Measure 4.1: the tiers include at least one tier that has not yet been reached. */
  @Test
  void all_tiers_reached_is_a_finding() {
    SystemicRisk risk = SystemicRisk.builder().from(Fixtures.cyberRisk())
        .acceptanceCriteria(List.of(Fixtures.tier("T1", true), Fixtures.tier("T2", true))).build();
    assertEquals(List.of(SystemicRiskRules.NO_UNREACHED_TIER), rules(RISKS.validate(risk)));
  }

  /** Unknown is not "not yet reached": a tier whose status is unknown does not satisfy Measure 4.1. */
  @Test
  void tier_of_unknown_status_does_not_count_as_not_yet_reached() {
    AcceptanceCriterion unknown = AcceptanceCriterion.builder().from(Fixtures.tier("T2", false)).reached(null).build();
    SystemicRisk risk = SystemicRisk.builder().from(Fixtures.cyberRisk())
        .acceptanceCriteria(List.of(Fixtures.tier("T1", true), unknown)).build();
    assertEquals(List.of(SystemicRiskRules.NO_UNREACHED_TIER), rules(RISKS.validate(risk)));
  }

  @Test
  void criterion_without_type_is_a_finding() {
    AcceptanceCriterion c = AcceptanceCriterion.builder().name("?")
        .addDefiningCapabilities(ModelCapability.TOOL_USE).build();
    SystemicRisk risk = SystemicRisk.builder().from(Fixtures.cyberRisk())
        .acceptanceCriteria(List.of(Fixtures.tier("T1", false), c)).build();
    assertEquals(List.of(SystemicRiskRules.CRITERION_TYPE_MISSING), rules(RISKS.validate(risk)));
  }

  /** Measure 4.2: proceed "only if" the systemic risks are determined acceptable. */
  @Test
  void proceeding_with_unacceptable_risk_is_an_error() {
    RiskAcceptanceDetermination d =
        RiskAcceptanceDetermination.builder().from(Fixtures.determination()).acceptable(false).build();
    ValidationReport r = DETERMINATIONS.validate(d);
    assertEquals(List.of(SystemicRiskRules.PROCEED_NOT_ACCEPTABLE), rules(r));
    assertEquals(Severity.ERROR, r.findings().get(0).severity());
    assertEquals(List.of("false"), r.findings().get(0).arguments());
  }

  @Test
  void proceeding_without_a_determination_is_a_finding() {
    RiskAcceptanceDetermination d = RiskAcceptanceDetermination.builder().decision(ProceedDecision.PROCEED).build();
    assertEquals(List.of(SystemicRiskRules.PROCEED_NOT_ACCEPTABLE), rules(DETERMINATIONS.validate(d)));
  }

  @Test
  void restricting_an_unacceptable_model_is_not_a_finding() {
    RiskAcceptanceDetermination d = RiskAcceptanceDetermination.builder().acceptable(false)
        .decision(ProceedDecision.RESTRICT).build();
    assertTrue(DETERMINATIONS.validate(d).isValid());
    assertTrue(DETERMINATIONS.validate(d).findings().isEmpty());
  }

  @Test
  void acceptable_proceeding_determination_has_no_finding() {
    assertEquals(ValidationReport.empty(), DETERMINATIONS.validate(Fixtures.determination()));
  }

  @Test
  void findings_cite_the_measure_they_implement() {
    Finding f = RISKS.validate(SystemicRisk.builder().build()).findings().get(0);
    assertEquals(SystemicRiskRules.NO_CRITERIA, f.rule());
    assertEquals(List.of(LegalBasis.measure(Instrument.COP_SAFETY_AND_SECURITY, "4.1")), f.legalBases());
    assertEquals("CoP S&S Measure 4.1", f.legalBases().get(0).citation());
  }

  /** The records checked belong in the Model Report, which signatories give the AI Office (Measure 7.7). */
  @Test
  void findings_concern_the_ai_office() {
    Finding f = RISKS.validate(SystemicRisk.builder().build()).findings().get(0);
    assertEquals(List.of(Recipient.AI_OFFICE), f.recipients());
  }

  @Test
  void finding_messages_render_in_english_and_french_with_quoted_arguments() {
    Finding f = RISKS.validate(SystemicRisk.builder().id("R1").build()).findings().get(1);
    assertEquals("Systemic risk “R1” has no risk scenario; Measure 2.2 requires scenarios for each identified risk.",
        f.message(Locale.ENGLISH));
    assertEquals("Le risque systémique «\u00a0R1\u00a0» n’a aucun scénario de risque ; la mesure 2.2 exige des scénarios"
        + " pour chaque risque identifié.", f.message(Locale.FRENCH));
  }

  /** A fail-fast run stops at the first error: the missing scenarios, before the missing criteria. */
  @Test
  void fail_fast_stops_at_the_first_error() {
    ValidationReport r = RISKS.validate(SystemicRisk.builder().id("R1").build(), ValidationOptions.stopAtFirstError());
    assertEquals(List.of(SystemicRiskRules.NO_SCENARIO), rules(r));
    assertTrue(r.stoppedEarly());
  }

  @Test
  void validators_reject_a_null_record_or_options() {
    assertThrows(NullPointerException.class, () -> RISKS.validate(null));
    assertThrows(NullPointerException.class, () -> RISKS.validate(Fixtures.cyberRisk(), null));
    assertThrows(NullPointerException.class, () -> DETERMINATIONS.validate(null));
  }

  @Test
  void a_risk_validator_lists_the_per_risk_rules_by_id() {
    List<String> ids = RISKS.rules().stream().map(Rule::id).toList();
    assertEquals(8, ids.size());
    assertEquals(ids.stream().sorted().toList(), ids);
    assertFalse(ids.contains(SystemicRiskRules.UNKNOWN_RISK_REFERENCE.id()));
  }
}
