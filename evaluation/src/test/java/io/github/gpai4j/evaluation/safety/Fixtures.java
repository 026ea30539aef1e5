package io.github.gpai4j.evaluation.safety;

import io.github.gpai4j.taxonomy.risk.SystemicRiskRecords;
import io.github.gpai4j.taxonomy.risk.RiskScenario;
import io.github.gpai4j.taxonomy.risk.RiskAcceptanceDetermination;
import io.github.gpai4j.taxonomy.risk.AcceptanceCriterionType;
import io.github.gpai4j.taxonomy.risk.SystemicRisk;
import io.github.gpai4j.taxonomy.risk.ProceedDecision;
import io.github.gpai4j.taxonomy.risk.AcceptanceCriterion;
import io.github.gpai4j.taxonomy.ContributingCharacteristic;
import io.github.gpai4j.taxonomy.ModelAffordance;
import io.github.gpai4j.taxonomy.ModelCapability;
import io.github.gpai4j.taxonomy.ModelPropensity;
import io.github.gpai4j.taxonomy.SpecifiedSystemicRisk;
import io.github.gpai4j.taxonomy.SystemicRiskType;
import io.github.gpai4j.taxonomy.evaluation.ElicitationTechnique;
import io.github.gpai4j.taxonomy.evaluation.EvaluationMethod;
import io.github.gpai4j.taxonomy.evaluation.ModelEvaluation;
import io.github.gpai4j.taxonomy.mitigation.Mitigation;
import io.github.gpai4j.taxonomy.mitigation.MitigationType;
import io.github.gpai4j.taxonomy.mitigation.SafetyMitigationKind;
import io.github.gpai4j.taxonomy.mitigation.SecurityGoal;
import io.github.gpai4j.taxonomy.mitigation.ThreatActor;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

/** Complete, valid example records shared by the tests. */
final class Fixtures {

  private Fixtures() {}

  static AcceptanceCriterion tier(String name, boolean reached) {
    return AcceptanceCriterion.builder()
        .name(name)
        .type(AcceptanceCriterionType.SYSTEMIC_RISK_TIER)
        .description("Model gives meaningful uplift to novice attackers")
        .addDefiningCapabilities(ModelCapability.OFFENSIVE_CYBER)
        .addOtherMetrics("share of CTF challenges solved unaided")
        .measurement("CTF suite, pass@10 above 30 %")
        .reached(reached)
        .mitigationsOnceReached("Staged access; weights not released")
        .build();
  }

  static RiskScenario scenario() {
    return RiskScenario.builder()
        .id("S-CYBER-1")
        .description("Automated exploitation of a widely used industrial control system")
        .addPathway("vulnerability discovery", "exploit generation", "attack scaling")
        .actors("non-state group with moderate resources")
        .addCapabilities(ModelCapability.OFFENSIVE_CYBER, ModelCapability.TOOL_USE)
        .addPropensities(ModelPropensity.LACK_OF_PERFORMANCE_RELIABILITY)
        .addAffordances(ModelAffordance.ACCESS_TO_TOOLS_COMPUTE_OR_PHYSICAL_SYSTEMS)
        .probabilityEstimate("unlikely")
        .severityEstimate("critical")
        .build();
  }

  static SystemicRisk cyberRisk() {
    return SystemicRisk.builder()
        .id("R-CYBER")
        .name("Cyber offence")
        .description("Uplift for large-scale cyber-attacks on critical infrastructure")
        .specifiedRisk(SpecifiedSystemicRisk.CYBER_OFFENCE)
        .addTypes(SystemicRiskType.PUBLIC_SECURITY, SystemicRiskType.SAFETY)
        .addContributingCharacteristics(ContributingCharacteristic.HIGH_VELOCITY)
        .addCapabilities(ModelCapability.OFFENSIVE_CYBER)
        .addPropensities(ModelPropensity.HARMFUL_DEPLOYMENT_OF_CAPABILITIES)
        .addAffordances(ModelAffordance.RELEASE_AND_DISTRIBUTION_STRATEGIES)
        .addScenarios(scenario())
        .addAcceptanceCriteria(tier("Cyber tier 1", true), tier("Cyber tier 2", false))
        .build();
  }

  static RiskAcceptanceDetermination determination() {
    return RiskAcceptanceDetermination.builder()
        .addRiskIds("R-CYBER")
        .determinedOn(LocalDate.of(2025, 9, 1))
        .acceptable(true)
        .highestTierReached("Cyber tier 1")
        .safetyMargin("Tier 2 thresholds lowered by 20 % for under-elicitation")
        .decision(ProceedDecision.PROCEED)
        .justification("Tier 2 not reached with state-of-the-art elicitation")
        .addFailureConditions("a fine-tuned variant reaches tier 2")
        .build();
  }

  /** Returns a complete risk for a specified systemic risk, with id {@code R-<name of the constant>}. */
  static SystemicRisk specifiedRisk(SpecifiedSystemicRisk s) {
    if (s == SpecifiedSystemicRisk.CYBER_OFFENCE) {
      return cyberRisk();
    }
    return SystemicRisk.builder().from(cyberRisk()).id("R-" + s.name()).name(s.name()).specifiedRisk(s).build();
  }

  static SecurityGoal securityGoal() {
    return SecurityGoal.builder()
        .addThreatActors(ThreatActor.NON_STATE_EXTERNAL, ThreatActor.INSIDER)
        .capabilitiesConsidered("expected cyber uplift of the next model generation")
        .build();
  }

  static Mitigation mitigation() {
    return Mitigation.builder()
        .id("M-REFUSAL")
        .type(MitigationType.SAFETY)
        .addRiskIds("R-CYBER")
        .addSafetyKinds(SafetyMitigationKind.BEHAVIOUR_MODIFICATION)
        .build();
  }

  static ModelEvaluation evaluation() {
    return ModelEvaluation.builder()
        .id("E-7")
        .method(EvaluationMethod.RED_TEAMING)
        .addRiskIds("R-CYBER")
        .addElicitationTechniques(ElicitationTechnique.SCAFFOLDING)
        .matchesMisuseActorElicitation(true)
        .matchesExpectedUseContext(true)
        .internalValidity("n = 200 tasks, blinded grading")
        .externalValidity("tasks drawn from real incident reports")
        .reproducibility("seeds and environment published to the AI Office")
        .businessDaysAllowed(25)
        .build();
  }

  /** Returns complete, consistent records: every specified risk identified, every reference resolved. */
  static SystemicRiskRecords records() {
    List<SystemicRisk> risks = new ArrayList<>();
    for (SpecifiedSystemicRisk s : SpecifiedSystemicRisk.values()) {
      risks.add(specifiedRisk(s));
    }
    return SystemicRiskRecords.builder()
        .risks(risks)
        .addMitigations(mitigation())
        .addEvaluations(evaluation())
        .addDeterminations(determination())
        .securityGoal(securityGoal())
        .build();
  }
}
