package io.github.gpai4j.taxonomy.risk;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import io.github.gpai4j.core.validation.Severity;
import io.github.gpai4j.taxonomy.ModelCapability;
import io.github.gpai4j.taxonomy.SpecifiedSystemicRisk;
import io.github.gpai4j.taxonomy.TaxonomyProblem;
import java.util.List;
import java.util.Locale;
import org.junit.jupiter.api.Test;

/** Measures 2.1, 2.2, 4.1 and 4.2 of the Safety and Security chapter as checks that return problems. */
class SystemicRiskChecksTest {

  private static List<String> rules(List<TaxonomyProblem> problems) {
    return problems.stream().map(TaxonomyProblem::ruleId).toList();
  }

  private static AcceptanceCriterion other() {
    return AcceptanceCriterion.builder()
        .name("Qualitative review")
        .type(AcceptanceCriterionType.OTHER_CRITERION)
        .build();
  }

  @Test
  void complete_specified_risk_has_no_problem() {
    assertEquals(List.of(), SystemicRiskChecks.check(Fixtures.cyberRisk()));
  }

  @Test
  void empty_draft_builds_and_reports_missing_scenarios_and_criteria() {
    List<TaxonomyProblem> p = SystemicRiskChecks.check(SystemicRisk.builder().id("R1").build());
    assertEquals(List.of(SystemicRiskChecks.NO_SCENARIO, SystemicRiskChecks.NO_CRITERIA), rules(p));
    assertEquals("/scenarios", p.get(0).pointer());
  }

  /** Measure 4.1: "other" acceptance criteria are allowed only for risks that are not specified (Appendix 1.4). */
  @Test
  void specified_risk_with_an_other_criterion_is_a_problem() {
    SystemicRisk r = SystemicRisk.builder().from(Fixtures.cyberRisk()).addAcceptanceCriteria(other()).build();
    List<TaxonomyProblem> p = SystemicRiskChecks.check(r);
    assertEquals(List.of(SystemicRiskChecks.SPECIFIED_RISK_OTHER_CRITERION), rules(p));
    assertEquals("/acceptanceCriteria/2/type", p.get(0).pointer());
    assertEquals(List.of("FINAL.SPECIFIED.CYBER_OFFENCE"), p.get(0).arguments());
  }

  /** Measure 4.1: other criteria only where tiers are unsuitable, which the signatory must justify. */
  @Test
  void non_specified_risk_with_an_unjustified_other_criterion_is_a_problem() {
    SystemicRisk r = SystemicRisk.builder().id("R-PRIV").addScenarios(Fixtures.scenario())
        .addAcceptanceCriteria(other()).build();
    assertEquals(List.of(SystemicRiskChecks.OTHER_CRITERION_UNJUSTIFIED), rules(SystemicRiskChecks.check(r)));
  }

  @Test
  void non_specified_risk_with_a_justified_other_criterion_has_no_problem() {
    SystemicRisk r = SystemicRisk.builder().id("R-PRIV").addScenarios(Fixtures.scenario())
        .addAcceptanceCriteria(other())
        .tiersUnsuitableJustification("No capability measure tracks this risk").build();
    assertEquals(List.of(), SystemicRiskChecks.check(r));
  }

  /** Measure 4.1: tiers are "defined in terms of model capabilities". */
  @Test
  void tier_without_defining_capability_is_a_problem() {
    AcceptanceCriterion t = AcceptanceCriterion.builder().from(Fixtures.tier("T2", false))
        .definingCapabilities(List.of()).build();
    SystemicRisk r = SystemicRisk.builder().from(Fixtures.cyberRisk())
        .acceptanceCriteria(List.of(Fixtures.tier("T1", true), t)).build();
    List<TaxonomyProblem> p = SystemicRiskChecks.check(r);
    assertEquals(List.of(SystemicRiskChecks.TIER_WITHOUT_CAPABILITY), rules(p));
    assertEquals("/acceptanceCriteria/1/definingCapabilities", p.get(0).pointer());
  }

  /** Measure 4.1: tiers are measurable. */
  @Test
  void tier_without_measurement_is_a_problem() {
    AcceptanceCriterion t = AcceptanceCriterion.builder().from(Fixtures.tier("T2", false)).measurement(" ").build();
    SystemicRisk r = SystemicRisk.builder().from(Fixtures.cyberRisk()).acceptanceCriteria(List.of(t)).build();
    assertEquals(List.of(SystemicRiskChecks.TIER_NOT_MEASURABLE), rules(SystemicRiskChecks.check(r)));
  }

  /** Measure 4.1: the tiers include at least one tier that has not yet been reached. */
  @Test
  void all_tiers_reached_is_a_problem() {
    SystemicRisk r = SystemicRisk.builder().from(Fixtures.cyberRisk())
        .acceptanceCriteria(List.of(Fixtures.tier("T1", true), Fixtures.tier("T2", true))).build();
    assertEquals(List.of(SystemicRiskChecks.NO_UNREACHED_TIER), rules(SystemicRiskChecks.check(r)));
  }

  /** Unknown is not "not yet reached": a tier whose status is unknown does not satisfy Measure 4.1. */
  @Test
  void tier_of_unknown_status_does_not_count_as_not_yet_reached() {
    AcceptanceCriterion unknown = AcceptanceCriterion.builder().from(Fixtures.tier("T2", false)).reached(null).build();
    SystemicRisk r = SystemicRisk.builder().from(Fixtures.cyberRisk())
        .acceptanceCriteria(List.of(Fixtures.tier("T1", true), unknown)).build();
    assertEquals(List.of(SystemicRiskChecks.NO_UNREACHED_TIER), rules(SystemicRiskChecks.check(r)));
  }

  @Test
  void criterion_without_type_is_a_problem() {
    AcceptanceCriterion c = AcceptanceCriterion.builder().name("?")
        .addDefiningCapabilities(ModelCapability.TOOL_USE).build();
    SystemicRisk r = SystemicRisk.builder().from(Fixtures.cyberRisk())
        .acceptanceCriteria(List.of(Fixtures.tier("T1", false), c)).build();
    assertEquals(List.of(SystemicRiskChecks.CRITERION_TYPE_MISSING), rules(SystemicRiskChecks.check(r)));
  }

  /** Measure 2.1(2): the specified systemic risks of Appendix 1.4 are always identified. */
  @Test
  void identification_reports_each_missing_specified_risk_in_appendix_order() {
    List<TaxonomyProblem> p = SystemicRiskChecks.checkIdentification(List.of(Fixtures.cyberRisk()));
    assertEquals(
        List.of("FINAL.SPECIFIED.CBRN", "FINAL.SPECIFIED.LOSS_OF_CONTROL", "FINAL.SPECIFIED.HARMFUL_MANIPULATION"),
        p.stream().map(x -> x.arguments().get(0)).toList());
  }

  @Test
  void identification_covering_all_specified_risks_has_no_problem() {
    List<SystemicRisk> all = new java.util.ArrayList<>();
    for (SpecifiedSystemicRisk s : SpecifiedSystemicRisk.values()) {
      all.add(SystemicRisk.builder().specifiedRisk(s).build());
    }
    assertEquals(List.of(), SystemicRiskChecks.checkIdentification(all));
  }

  /** Measure 4.2: proceed "only if" the systemic risks are determined acceptable. */
  @Test
  void proceeding_with_unacceptable_risk_is_a_problem() {
    RiskAcceptanceDetermination d =
        RiskAcceptanceDetermination.builder().from(Fixtures.determination()).acceptable(false).build();
    List<TaxonomyProblem> p = SystemicRiskChecks.check(d);
    assertEquals(List.of(SystemicRiskChecks.PROCEED_NOT_ACCEPTABLE), rules(p));
    assertEquals(Severity.ERROR, p.get(0).severity());
  }

  @Test
  void proceeding_without_a_determination_is_a_problem() {
    RiskAcceptanceDetermination d = RiskAcceptanceDetermination.builder().decision(ProceedDecision.PROCEED).build();
    assertEquals(List.of(SystemicRiskChecks.PROCEED_NOT_ACCEPTABLE), rules(SystemicRiskChecks.check(d)));
  }

  @Test
  void restricting_an_unacceptable_model_is_not_a_problem() {
    RiskAcceptanceDetermination d = RiskAcceptanceDetermination.builder().acceptable(false)
        .decision(ProceedDecision.RESTRICT).build();
    assertEquals(List.of(), SystemicRiskChecks.check(d));
  }

  @Test
  void acceptable_proceeding_determination_has_no_problem() {
    assertEquals(List.of(), SystemicRiskChecks.check(Fixtures.determination()));
  }

  @Test
  void problems_cite_the_measure_they_implement() {
    TaxonomyProblem p = SystemicRiskChecks.check(SystemicRisk.builder().build()).get(1);
    assertEquals("CoP S&S Measure 4.1", p.legalBasis().citation());
  }

  @Test
  void problem_messages_render_in_english_and_french_with_quoted_arguments() {
    TaxonomyProblem p = SystemicRiskChecks.check(SystemicRisk.builder().id("R1").build()).get(0);
    assertEquals("Systemic risk 'R1' has no risk scenario; Measure 2.2 requires scenarios for each identified risk.",
        p.message(Locale.ENGLISH));
    assertEquals("Le risque systémique 'R1' n’a aucun scénario de risque ; la mesure 2.2 exige des scénarios pour"
        + " chaque risque identifié.", p.message(Locale.FRENCH));
  }

  @Test
  void checks_reject_a_null_record() {
    assertThrows(NullPointerException.class, () -> SystemicRiskChecks.check((SystemicRisk) null));
  }

  @Test
  void references_to_identified_risks_have_no_problem() {
    assertEquals(List.of(), SystemicRiskChecks.checkReferences(List.of(Fixtures.cyberRisk()),
        List.of(io.github.gpai4j.taxonomy.mitigation.Mitigation.builder().addRiskIds("R-CYBER").build()),
        List.of(io.github.gpai4j.taxonomy.evaluation.ModelEvaluation.builder().addRiskIds("R-CYBER").build()),
        List.of(Fixtures.determination())));
  }

  @Test
  void reference_to_an_unknown_risk_is_reported_with_its_pointer() {
    List<TaxonomyProblem> p = SystemicRiskChecks.checkReferences(List.of(Fixtures.cyberRisk()),
        List.of(io.github.gpai4j.taxonomy.mitigation.Mitigation.builder().addRiskIds("R-CYBER", "R-BIO").build()),
        List.of(), List.of());
    assertEquals(List.of(SystemicRiskChecks.UNKNOWN_RISK_REFERENCE), rules(p));
    assertEquals("/mitigations/0/riskIds/1", p.get(0).pointer());
    assertEquals(List.of("R-BIO"), p.get(0).arguments());
  }

  @Test
  void duplicate_risk_ids_are_reported() {
    List<TaxonomyProblem> p = SystemicRiskChecks.checkReferences(
        List.of(Fixtures.cyberRisk(), Fixtures.cyberRisk()), List.of(), List.of(), List.of());
    assertEquals(List.of(SystemicRiskChecks.DUPLICATE_RISK_ID), rules(p));
    assertEquals("/risks/1/id", p.get(0).pointer());
  }
}
