package io.github.gpai4j.testkit.domain;

import io.github.gpai4j.taxonomy.evaluation.EvaluationChecks;
import io.github.gpai4j.taxonomy.evaluation.ModelEvaluation;
import io.github.gpai4j.taxonomy.mitigation.Mitigation;
import io.github.gpai4j.taxonomy.mitigation.MitigationChecks;
import io.github.gpai4j.taxonomy.mitigation.MitigationType;
import io.github.gpai4j.taxonomy.mitigation.SafetyMitigationKind;
import io.github.gpai4j.taxonomy.mitigation.SecurityGoal;
import io.github.gpai4j.taxonomy.mitigation.SecurityObjective;
import io.github.gpai4j.taxonomy.mitigation.ThreatActor;
import io.github.gpai4j.taxonomy.risk.AcceptanceCriterion;
import io.github.gpai4j.taxonomy.risk.AcceptanceCriterionType;
import io.github.gpai4j.taxonomy.risk.ProceedDecision;
import io.github.gpai4j.taxonomy.risk.RiskAcceptanceDetermination;
import io.github.gpai4j.taxonomy.risk.SystemicRisk;
import io.github.gpai4j.taxonomy.risk.SystemicRiskChecks;
import io.github.gpai4j.taxonomy.SpecifiedSystemicRisk;
import io.github.gpai4j.testkit.Gen;
import io.github.gpai4j.testkit.Gens;
import io.github.gpai4j.testkit.Source;
import java.util.ArrayList;
import java.util.List;
import java.util.function.UnaryOperator;

/**
 * Generators of rule-tagged mutants of the Safety and Security Chapter's records: a valid record from
 * {@link TaxonomyGens} with one change that makes its check in {@code io.github.gpai4j.taxonomy} report exactly one
 * problem, tagged with that problem's code (Measures 2.2, 4.1, 4.2, 6.1, Commitment 5 and Appendix 3 of the GPAI
 * Code of Practice).
 *
 * <p>Not covered: {@code TAX-2.1-SPECIFIED-NOT-IDENTIFIED}, {@code TAX-2-DUPLICATE-RISK-ID} and
 * {@code TAX-2-UNKNOWN-RISK-REFERENCE} check lists of records, not one record.
 *
 * @since 0.1.0
 */
public final class TaxonomyMutants {

  private TaxonomyMutants() {}

  private static SystemicRisk.Builder copy(SystemicRisk risk) {
    SystemicRisk.Builder b = SystemicRisk.builder();
    b.from(risk);
    return b;
  }

  private static AcceptanceCriterion.Builder copy(AcceptanceCriterion criterion) {
    AcceptanceCriterion.Builder b = AcceptanceCriterion.builder();
    b.from(criterion);
    return b;
  }

  /** A valid tiered risk: its first criterion is a tier not yet reached. */
  private static SystemicRisk tiered(Source source) {
    SystemicRisk risk = TaxonomyGens.systemicRisks().generate(source);
    if (risk.acceptanceCriteria().get(0).type() == AcceptanceCriterionType.SYSTEMIC_RISK_TIER) {
      return risk;
    }
    return copy(risk).tiersUnsuitableJustification(null)
        .acceptanceCriteria(List.of(TaxonomyGens.acceptanceCriteria(false).generate(source))).build();
  }

  private static SystemicRisk withFirstCriterion(SystemicRisk risk, AcceptanceCriterion first) {
    List<AcceptanceCriterion> criteria = new ArrayList<>(risk.acceptanceCriteria());
    criteria.set(0, first);
    return copy(risk).acceptanceCriteria(criteria).build();
  }

  /**
   * Returns a generator of systemic risks each breaking one rule of {@code SystemicRiskChecks.check(SystemicRisk)}.
   *
   * @return the generator
   */
  public static Gen<Mutant<SystemicRisk>> systemicRisks() {
    List<Gen<Mutant<SystemicRisk>>> gens = List.of(
        s -> new Mutant<>(copy(tiered(s)).scenarios(List.of()).build(), SystemicRiskChecks.NO_SCENARIO,
            "no risk scenario"),
        s -> new Mutant<>(copy(tiered(s)).acceptanceCriteria(List.of()).build(), SystemicRiskChecks.NO_CRITERIA,
            "no acceptance criterion"),
        s -> {
          SystemicRisk r = tiered(s);
          List<AcceptanceCriterion> criteria = new ArrayList<>(r.acceptanceCriteria());
          criteria.add(copy(TaxonomyGens.acceptanceCriteria().generate(s)).type(null).build());
          return new Mutant<>(copy(r).acceptanceCriteria(criteria).build(),
              SystemicRiskChecks.CRITERION_TYPE_MISSING, "a criterion without type");
        },
        s -> {
          SystemicRisk r = tiered(s);
          List<AcceptanceCriterion> criteria = new ArrayList<>(r.acceptanceCriteria());
          criteria.add(AcceptanceCriterion.builder().name("Other").type(AcceptanceCriterionType.OTHER_CRITERION)
              .build());
          SpecifiedSystemicRisk specified = Gens.enums(SpecifiedSystemicRisk.class).generate(s);
          return new Mutant<>(copy(r).specifiedRisk(specified).acceptanceCriteria(criteria).build(),
              SystemicRiskChecks.SPECIFIED_RISK_OTHER_CRITERION, "another criterion for a specified risk");
        },
        s -> {
          SystemicRisk r = tiered(s);
          List<AcceptanceCriterion> criteria = new ArrayList<>(r.acceptanceCriteria());
          criteria.add(AcceptanceCriterion.builder().name("Other").type(AcceptanceCriterionType.OTHER_CRITERION)
              .build());
          return new Mutant<>(copy(r).specifiedRisk(null).acceptanceCriteria(criteria)
              .tiersUnsuitableJustification(null).build(),
              SystemicRiskChecks.OTHER_CRITERION_UNJUSTIFIED, "another criterion without saying why tiers are unsuitable");
        },
        s -> {
          SystemicRisk r = tiered(s);
          return new Mutant<>(withFirstCriterion(r, copy(r.acceptanceCriteria().get(0))
              .definingCapabilities(List.of()).build()),
              SystemicRiskChecks.TIER_WITHOUT_CAPABILITY, "a tier defined by no capability");
        },
        s -> {
          SystemicRisk r = tiered(s);
          return new Mutant<>(withFirstCriterion(r, copy(r.acceptanceCriteria().get(0))
              .measurement(s.chance(0.5) ? null : " ").build()),
              SystemicRiskChecks.TIER_NOT_MEASURABLE, "a tier without measurement");
        },
        s -> {
          SystemicRisk r = tiered(s);
          List<AcceptanceCriterion> criteria = new ArrayList<>();
          for (AcceptanceCriterion c : r.acceptanceCriteria()) {
            criteria.add(copy(c).reached(Gens.elements(Boolean.TRUE, null).generate(s)).build());
          }
          return new Mutant<>(copy(r).acceptanceCriteria(criteria).build(), SystemicRiskChecks.NO_UNREACHED_TIER,
              "every tier reached or unknown");
        });
    return oneOf(gens);
  }

  /**
   * Returns a generator of determinations that proceed although the risk is not determined acceptable
   * (Measure 4.2).
   *
   * @return the generator
   */
  public static Gen<Mutant<RiskAcceptanceDetermination>> riskAcceptanceDeterminations() {
    return s -> {
      RiskAcceptanceDetermination d = TaxonomyGens.riskAcceptanceDeterminations().generate(s);
      RiskAcceptanceDetermination.Builder b = RiskAcceptanceDetermination.builder();
      b.from(d);
      return new Mutant<>(b.decision(ProceedDecision.PROCEED)
          .acceptable(Gens.elements(Boolean.FALSE, null).generate(s)).build(),
          SystemicRiskChecks.PROCEED_NOT_ACCEPTABLE, "proceed without an acceptable risk");
    };
  }

  /**
   * Returns a generator of security goals each breaking one rule of Measure 6.1.
   *
   * @return the generator
   */
  public static Gen<Mutant<SecurityGoal>> securityGoals() {
    List<Gen<Mutant<SecurityGoal>>> gens = List.of(
        s -> goal(s, g -> g.threatActors(List.of(ThreatActor.INSIDER)),
            MitigationChecks.GOAL_NEEDS_NON_STATE_EXTERNAL, "no non-state external threat actors"),
        s -> goal(s, g -> g.threatActors(List.of(ThreatActor.NON_STATE_EXTERNAL)),
            MitigationChecks.GOAL_NEEDS_INSIDER, "no insider threat"),
        s -> goal(s, g -> g.threatActors(List.of(ThreatActor.NON_STATE_EXTERNAL, ThreatActor.INSIDER,
            ThreatActor.OTHER)).otherActorsDescription(null), MitigationChecks.GOAL_OTHER_UNDESCRIBED,
            "other actors without description"),
        s -> goal(s, g -> g.capabilitiesConsidered(null), MitigationChecks.GOAL_CAPABILITIES_UNSTATED,
            "capabilities considered not stated"));
    return oneOf(gens);
  }

  private static Mutant<SecurityGoal> goal(Source s,
      UnaryOperator<SecurityGoal.Builder> edit, String code, String description) {
    SecurityGoal.Builder b = SecurityGoal.builder();
    b.from(TaxonomyGens.securityGoals().generate(s));
    return new Mutant<>(edit.apply(b).build(), code, description);
  }

  /**
   * Returns a generator of mitigations each breaking one rule of Commitments 5 and 6: tied to no risk, or with
   * kinds of the other type.
   *
   * @return the generator
   */
  public static Gen<Mutant<Mitigation>> mitigations() {
    List<Gen<Mutant<Mitigation>>> gens = List.of(
        s -> mitigation(s, m -> m.riskIds(List.of()), MitigationChecks.MITIGATION_WITHOUT_RISK, "tied to no risk"),
        s -> mitigation(s, m -> m.type(MitigationType.SAFETY).safetyKinds(List.of())
            .securityObjectives(List.of(Gens.enums(SecurityObjective.class).generate(s))),
            MitigationChecks.MITIGATION_TYPE_MISMATCH, "a safety mitigation with a security objective"),
        s -> mitigation(s, m -> m.type(MitigationType.SECURITY).securityObjectives(List.of())
            .safetyKinds(List.of(Gens.enums(SafetyMitigationKind.class).generate(s))),
            MitigationChecks.MITIGATION_TYPE_MISMATCH, "a security mitigation with a safety kind"));
    return oneOf(gens);
  }

  private static Mutant<Mitigation> mitigation(Source s,
      UnaryOperator<Mitigation.Builder> edit, String code, String description) {
    Mitigation.Builder b = Mitigation.builder();
    b.from(TaxonomyGens.mitigations().generate(s));
    return new Mutant<>(edit.apply(b).build(), code, description);
  }

  /**
   * Returns a generator of model evaluations each breaking one rule of Appendix 3: a rigour field unstated,
   * elicitation unstated or not matched, or fewer than 20 business days.
   *
   * @return the generator
   */
  public static Gen<Mutant<ModelEvaluation>> modelEvaluations() {
    List<Gen<Mutant<ModelEvaluation>>> gens = List.of(
        s -> evaluation(s, e -> e.internalValidity(null), EvaluationChecks.RIGOUR_UNSTATED, "internal validity unstated"),
        s -> evaluation(s, e -> e.elicitationTechniques(List.of()).elicitationDescription(null),
            EvaluationChecks.ELICITATION_UNSTATED, "elicitation unstated"),
        s -> evaluation(s, e -> e.matchesExpectedUseContext(Gens.elements(Boolean.FALSE, null).generate(s)),
            EvaluationChecks.ELICITATION_NOT_MATCHED, "elicitation not matched to the expected use context"),
        s -> evaluation(s, e -> e.businessDaysAllowed((int) s.choose(0, EvaluationChecks.APPENDIX_3_4_BUSINESS_DAYS - 1)),
            EvaluationChecks.SHORT_EVALUATION_TIME, "fewer than 20 business days"));
    return oneOf(gens);
  }

  private static Mutant<ModelEvaluation> evaluation(Source s,
      UnaryOperator<ModelEvaluation.Builder> edit, String code, String description) {
    ModelEvaluation.Builder b = ModelEvaluation.builder();
    b.from(TaxonomyGens.modelEvaluations().generate(s));
    return new Mutant<>(edit.apply(b.lighterTouch(false)).build(), code, description);
  }

  private static <T> Gen<T> oneOf(List<Gen<T>> gens) {
    return source -> gens.get((int) source.uniform(0, gens.size() - 1)).generate(source);
  }
}
