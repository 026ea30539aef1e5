package io.github.gpai4j.testkit.domain;

import io.github.gpai4j.taxonomy.ContributingCharacteristic;
import io.github.gpai4j.taxonomy.ModelAffordance;
import io.github.gpai4j.taxonomy.ModelCapability;
import io.github.gpai4j.taxonomy.ModelPropensity;
import io.github.gpai4j.taxonomy.SpecifiedSystemicRisk;
import io.github.gpai4j.taxonomy.SystemicRiskType;
import io.github.gpai4j.taxonomy.evaluation.ElicitationTechnique;
import io.github.gpai4j.taxonomy.evaluation.EvaluationMethod;
import io.github.gpai4j.taxonomy.evaluation.EvaluationResult;
import io.github.gpai4j.taxonomy.evaluation.EvaluatorKind;
import io.github.gpai4j.taxonomy.evaluation.ModelAccess;
import io.github.gpai4j.taxonomy.evaluation.ModelEvaluation;
import io.github.gpai4j.taxonomy.mitigation.Mitigation;
import io.github.gpai4j.taxonomy.mitigation.MitigationType;
import io.github.gpai4j.taxonomy.mitigation.SafetyMitigationKind;
import io.github.gpai4j.taxonomy.mitigation.SecurityGoal;
import io.github.gpai4j.taxonomy.mitigation.SecurityObjective;
import io.github.gpai4j.taxonomy.mitigation.ThreatActor;
import io.github.gpai4j.taxonomy.risk.AcceptanceCriterion;
import io.github.gpai4j.taxonomy.risk.AcceptanceCriterionType;
import io.github.gpai4j.taxonomy.risk.ProceedDecision;
import io.github.gpai4j.taxonomy.risk.RiskAcceptanceDetermination;
import io.github.gpai4j.taxonomy.risk.RiskScenario;
import io.github.gpai4j.taxonomy.risk.SystemicRisk;
import io.github.gpai4j.taxonomy.risk.SystemicRiskRecords;
import io.github.gpai4j.testkit.Gen;
import io.github.gpai4j.testkit.Gens;
import io.github.gpai4j.testkit.Source;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

/**
 * Generators of the Safety and Security Chapter's records (GPAI Code of Practice, Commitments 2 to 6 and
 * Appendix 3), each passing its checks in {@code io.github.gpai4j.taxonomy} without a problem: systemic risks
 * with a scenario and acceptance criteria that include a measurable, capability-defined tier not yet reached
 * (Measures 2.2, 4.1), determinations that proceed only when the risk is acceptable (Measure 4.2), mitigations
 * tied to risks with kinds matching their type (Commitments 5, 6), security goals covering non-state external
 * threat actors and insiders with the capabilities considered (Measure 6.1), and evaluations stating their
 * rigour and elicitation (Appendix 3). Values shrink towards one-element lists and one-word texts.
 *
 * @since 0.1.0
 */
public final class TaxonomyGens {

  private TaxonomyGens() {}

  private static String text(Source source) {
    return DocumentationGens.text(source);
  }

  private static <E extends Enum<E>> List<E> some(Source source, Class<E> type, int min) {
    return new ArrayList<>(Gens.sets(Gens.enums(type), min, 3).generate(source));
  }

  /**
   * Returns a generator of risk identifiers such as {@code R-7}.
   *
   * @return the generator
   */
  public static Gen<String> riskIds() {
    return source -> "R-" + source.choose(1, 99);
  }

  /**
   * Returns a generator of risk scenarios (Measure 2.2): a pathway from model to harm with actors, model
   * characteristics and estimates.
   *
   * @return the generator
   */
  public static Gen<RiskScenario> riskScenarios() {
    return source -> RiskScenario.builder()
        .id("S-" + source.choose(1, 99))
        .description(text(source))
        .pathway(Gens.lists(Gens.words(), 1, 4).generate(source))
        .actors(source.chance(0.5) ? text(source) : null)
        .capabilities(some(source, ModelCapability.class, 0))
        .propensities(some(source, ModelPropensity.class, 0))
        .affordances(some(source, ModelAffordance.class, 0))
        .probabilityEstimate(source.chance(0.5) ? Gens.elements("unlikely", "possible", "likely").generate(source) : null)
        .severityEstimate(source.chance(0.5) ? Gens.elements("serious", "critical").generate(source) : null)
        .build();
  }

  /**
   * Returns a generator of systemic risk tiers (Measure 4.1): defined by at least one capability and measurable.
   *
   * @param reached whether the tier has been reached
   * @return the generator
   */
  public static Gen<AcceptanceCriterion> acceptanceCriteria(boolean reached) {
    return source -> AcceptanceCriterion.builder()
        .name("Tier " + source.choose(1, 9))
        .type(AcceptanceCriterionType.SYSTEMIC_RISK_TIER)
        .description(text(source))
        .definingCapabilities(some(source, ModelCapability.class, 1))
        .otherMetrics(Gens.lists(Gens.words(), 0, 2).generate(source))
        .measurement(text(source))
        .reached(reached)
        .mitigationsOnceReached(source.chance(0.5) ? text(source) : null)
        .build();
  }

  /**
   * Returns a generator of systemic risk tiers (Measure 4.1), reached or not.
   *
   * @return the generator
   */
  public static Gen<AcceptanceCriterion> acceptanceCriteria() {
    return source -> acceptanceCriteria(source.chance(0.5)).generate(source);
  }

  /**
   * Returns a generator of systemic risks that pass {@code SystemicRiskChecks.check}: at least one scenario, and
   * acceptance criteria of which at least one tier is not yet reached; a risk that is not one of the four
   * specified ones may instead use another criterion with the justification that tiers are unsuitable.
   *
   * @return the generator
   */
  public static Gen<SystemicRisk> systemicRisks() {
    return source -> {
      SpecifiedSystemicRisk specified =
          source.chance(0.7) ? Gens.enums(SpecifiedSystemicRisk.class).generate(source) : null;
      List<AcceptanceCriterion> criteria = new ArrayList<>();
      String justification = null;
      if (specified == null && source.chance(0.3)) {
        criteria.add(AcceptanceCriterion.builder().name("Other").type(AcceptanceCriterionType.OTHER_CRITERION)
            .description(text(source)).build());
        justification = text(source);
      } else {
        criteria.add(acceptanceCriteria(false).generate(source));
        criteria.addAll(Gens.lists(acceptanceCriteria(), 0, 2).generate(source));
      }
      return SystemicRisk.builder()
          .id(riskIds().generate(source))
          .name(text(source))
          .description(source.chance(0.5) ? text(source) : null)
          .specifiedRisk(specified)
          .types(some(source, SystemicRiskType.class, 0))
          .contributingCharacteristics(some(source, ContributingCharacteristic.class, 0))
          .capabilities(some(source, ModelCapability.class, 0))
          .propensities(some(source, ModelPropensity.class, 0))
          .affordances(some(source, ModelAffordance.class, 0))
          .scenarios(Gens.lists(riskScenarios(), 1, 2).generate(source))
          .acceptanceCriteria(criteria)
          .tiersUnsuitableJustification(justification)
          .build();
    };
  }

  /**
   * Returns a generator of risk acceptance determinations (Measure 4.2) that proceed only when the systemic risk
   * is determined acceptable.
   *
   * @return the generator
   */
  public static Gen<RiskAcceptanceDetermination> riskAcceptanceDeterminations() {
    return source -> {
      Boolean acceptable = Gens.elements(Boolean.TRUE, Boolean.FALSE, null).generate(source);
      ProceedDecision decision = Boolean.TRUE.equals(acceptable)
          ? Gens.enums(ProceedDecision.class).generate(source)
          : Gens.elements(ProceedDecision.NOT_PROCEED, ProceedDecision.RESTRICT, ProceedDecision.WITHDRAW)
              .generate(source);
      return RiskAcceptanceDetermination.builder()
          .riskIds(Gens.lists(riskIds(), 1, 3).generate(source))
          .determinedOn(LocalDate.of(2025, 8, 2).plusDays(source.choose(0, 900)))
          .acceptable(acceptable)
          .highestTierReached(source.chance(0.5) ? "Tier " + source.choose(1, 9) : null)
          .safetyMargin(source.chance(0.5) ? text(source) : null)
          .decision(decision)
          .justification(text(source))
          .failureConditions(Gens.lists(DocumentationGens.texts(6), 0, 2).generate(source))
          .build();
    };
  }

  /**
   * Returns a generator of mitigations (Commitments 5 and 6) tied to at least one risk, whose safety kinds or
   * security objectives match their type.
   *
   * @return the generator
   */
  public static Gen<Mitigation> mitigations() {
    return source -> {
      MitigationType type = Gens.nullable(Gens.enums(MitigationType.class)).generate(source);
      return Mitigation.builder()
          .id("M-" + source.choose(1, 99))
          .type(type)
          .description(text(source))
          .riskIds(Gens.lists(riskIds(), 1, 3).generate(source))
          .safetyKinds(type == MitigationType.SECURITY ? List.of() : some(source, SafetyMitigationKind.class, 0))
          .securityObjectives(type == MitigationType.SAFETY ? List.of() : some(source, SecurityObjective.class, 0))
          .deviationFromListedMeasure(source.chance(0.3) ? text(source) : null)
          .limitations(Gens.lists(DocumentationGens.texts(6), 0, 2).generate(source))
          .implemented(Gens.elements(Boolean.TRUE, Boolean.FALSE, null).generate(source))
          .build();
    };
  }

  /**
   * Returns a generator of security goals (Measure 6.1) covering at least non-state external threat actors and
   * insiders, describing any other actors, and stating the capabilities considered.
   *
   * @return the generator
   */
  public static Gen<SecurityGoal> securityGoals() {
    return source -> {
      boolean other = source.chance(0.3);
      List<ThreatActor> actors = new ArrayList<>(List.of(ThreatActor.NON_STATE_EXTERNAL, ThreatActor.INSIDER));
      if (other) {
        actors.add(ThreatActor.OTHER);
      }
      return SecurityGoal.builder()
          .threatActors(actors)
          .otherActorsDescription(other ? text(source) : null)
          .capabilitiesConsidered(text(source))
          .build();
    };
  }

  /**
   * Returns a generator of model evaluations (Measure 3.2) that meet Appendix 3: internal and external validity
   * and reproducibility stated, elicitation described and matched to misuse actors and the expected use context,
   * and at least 20 business days allowed where access is given to external evaluators.
   *
   * @return the generator
   */
  public static Gen<ModelEvaluation> modelEvaluations() {
    return source -> ModelEvaluation.builder()
        .id("E-" + source.choose(1, 99))
        .title(text(source))
        .method(Gens.nullable(Gens.enums(EvaluationMethod.class)).generate(source))
        .riskIds(Gens.lists(riskIds(), 0, 2).generate(source))
        .capabilities(some(source, ModelCapability.class, 0))
        .propensities(some(source, ModelPropensity.class, 0))
        .affordances(some(source, ModelAffordance.class, 0))
        .evaluatorKind(Gens.nullable(Gens.enums(EvaluatorKind.class)).generate(source))
        .evaluator(source.chance(0.5) ? text(source) : null)
        .completedOn(source.chance(0.5) ? LocalDate.of(2025, 8, 2).plusDays(source.choose(0, 900)) : null)
        .elicitationTechniques(some(source, ElicitationTechnique.class, 1))
        .elicitationDescription(source.chance(0.5) ? text(source) : null)
        .matchesMisuseActorElicitation(true)
        .matchesExpectedUseContext(true)
        .internalValidity(text(source))
        .externalValidity(text(source))
        .reproducibility(text(source))
        .assessesMitigationEffectiveness(Gens.elements(Boolean.TRUE, Boolean.FALSE, null).generate(source))
        .modelAccess(some(source, ModelAccess.class, 0))
        .businessDaysAllowed(source.chance(0.5) ? (int) source.choose(20, 60) : null)
        .results(Gens.lists((Gen<EvaluationResult>) s -> EvaluationResult.of(Gens.words().generate(s),
            s.choose(0, 100) + " %"), 0, 2).generate(source))
        .build();
  }

  /** A valid risk whose criteria are all tiers, the first one not yet reached. */
  static SystemicRisk tiered(Source source) {
    SystemicRisk risk = systemicRisks().generate(source);
    if (risk.acceptanceCriteria().get(0).type() == AcceptanceCriterionType.SYSTEMIC_RISK_TIER) {
      return risk;
    }
    SystemicRisk.Builder b = SystemicRisk.builder();
    b.from(risk);
    return b.tiersUnsuitableJustification(null)
        .acceptanceCriteria(List.of(acceptanceCriteria(false).generate(source))).build();
  }

  /**
   * Returns a generator of the records of a systemic risk assessment and mitigation process (Safety and Security
   * chapter of the GPAI Code of Practice) that {@code SystemicRiskRecordsValidator} accepts without a finding:
   * the four specified systemic risks of Appendix 1.4 identified (Measure 2.1(2)) plus up to two others, unique
   * risk ids (Commitment 2), and mitigations, evaluations and determinations that name only identified risks.
   *
   * @return the generator
   */
  public static Gen<SystemicRiskRecords> systemicRiskRecords() {
    return source -> {
      List<SystemicRisk> risks = new ArrayList<>();
      for (SpecifiedSystemicRisk specified : SpecifiedSystemicRisk.values()) {
        SystemicRisk.Builder b = SystemicRisk.builder();
        b.from(tiered(source));
        risks.add(b.specifiedRisk(specified).id("R-" + (risks.size() + 1)).build());
      }
      int others = (int) source.choose(0, 2);
      for (int i = 0; i < others; i++) {
        SystemicRisk.Builder b = SystemicRisk.builder();
        b.from(systemicRisks().generate(source));
        risks.add(b.specifiedRisk(null).id("R-" + (risks.size() + 1)).build());
      }
      List<String> ids = new ArrayList<>();
      for (SystemicRisk r : risks) {
        ids.add(r.id());
      }
      Gen<List<String>> references = Gens.lists(Gens.elements(ids), 1, 2);
      List<Mitigation> mitigations = new ArrayList<>();
      for (Mitigation m : Gens.lists(mitigations(), 0, 2).generate(source)) {
        Mitigation.Builder b = Mitigation.builder();
        b.from(m);
        mitigations.add(b.riskIds(references.generate(source)).build());
      }
      List<ModelEvaluation> evaluations = new ArrayList<>();
      for (ModelEvaluation e : Gens.lists(modelEvaluations(), 0, 2).generate(source)) {
        ModelEvaluation.Builder b = ModelEvaluation.builder();
        b.from(e);
        evaluations.add(b.riskIds(references.generate(source)).build());
      }
      List<RiskAcceptanceDetermination> determinations = new ArrayList<>();
      for (RiskAcceptanceDetermination d : Gens.lists(riskAcceptanceDeterminations(), 0, 2).generate(source)) {
        RiskAcceptanceDetermination.Builder b = RiskAcceptanceDetermination.builder();
        b.from(d);
        determinations.add(b.riskIds(references.generate(source)).build());
      }
      return SystemicRiskRecords.builder()
          .risks(risks)
          .mitigations(mitigations)
          .evaluations(evaluations)
          .determinations(determinations)
          .securityGoal(source.chance(0.7) ? securityGoals().generate(source) : null)
          .build();
    };
  }
}
