package io.github.gpai4j.testkit.domain;

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
import io.github.gpai4j.taxonomy.risk.SystemicRisk;
import io.github.gpai4j.taxonomy.risk.SystemicRiskRecords;
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
 * <p>{@link #systemicRiskRecords()} also breaks the rules that compare records with each other (a specified risk
 * not identified, a duplicate risk id, a reference to an unidentified risk), so that together the mutants cover
 * every rule of {@code SystemicRiskRecordsValidator}. The rules live in gpai4j-evaluation, which the testkit does not
 * depend on: their ids are written here, and evaluation's property tests check each against the validators'
 * catalogues.
 *
 * @since 0.1.0
 */
public final class TaxonomyMutants {

  /**
   * The business days Appendix 3.4 of the Safety and Security Chapter gives most model evaluations; the same figure as
   * {@code ModelEvaluationValidator.APPENDIX_3_4_BUSINESS_DAYS} in gpai4j-evaluation, which the testkit does not
   * depend on (evaluation's property tests check that each mutant breaks exactly its rule).
   */
  private static final int APPENDIX_3_4_BUSINESS_DAYS = 20;

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
        s -> new Mutant<>(copy(TaxonomyGens.tiered(s)).scenarios(List.of()).build(), "TAX-2.2-NO-SCENARIO",
            "no risk scenario"),
        s -> new Mutant<>(copy(TaxonomyGens.tiered(s)).acceptanceCriteria(List.of()).build(), "TAX-4.1-NO-CRITERIA",
            "no acceptance criterion"),
        s -> {
          SystemicRisk r = TaxonomyGens.tiered(s);
          List<AcceptanceCriterion> criteria = new ArrayList<>(r.acceptanceCriteria());
          criteria.add(copy(TaxonomyGens.acceptanceCriteria().generate(s)).type(null).build());
          return new Mutant<>(copy(r).acceptanceCriteria(criteria).build(),
              "TAX-4.1-CRITERION-TYPE-MISSING", "a criterion without type");
        },
        s -> {
          SystemicRisk r = TaxonomyGens.tiered(s);
          List<AcceptanceCriterion> criteria = new ArrayList<>(r.acceptanceCriteria());
          criteria.add(AcceptanceCriterion.builder().name("Other").type(AcceptanceCriterionType.OTHER_CRITERION)
              .build());
          SpecifiedSystemicRisk specified = Gens.enums(SpecifiedSystemicRisk.class).generate(s);
          return new Mutant<>(copy(r).specifiedRisk(specified).acceptanceCriteria(criteria).build(),
              "TAX-4.1-SPECIFIED-OTHER-CRITERION", "another criterion for a specified risk");
        },
        s -> {
          SystemicRisk r = TaxonomyGens.tiered(s);
          List<AcceptanceCriterion> criteria = new ArrayList<>(r.acceptanceCriteria());
          criteria.add(AcceptanceCriterion.builder().name("Other").type(AcceptanceCriterionType.OTHER_CRITERION)
              .build());
          return new Mutant<>(copy(r).specifiedRisk(null).acceptanceCriteria(criteria)
              .tiersUnsuitableJustification(null).build(),
              "TAX-4.1-OTHER-CRITERION-UNJUSTIFIED", "another criterion without saying why tiers are unsuitable");
        },
        s -> {
          SystemicRisk r = TaxonomyGens.tiered(s);
          return new Mutant<>(withFirstCriterion(r, copy(r.acceptanceCriteria().get(0))
              .definingCapabilities(List.of()).build()),
              "TAX-4.1-TIER-WITHOUT-CAPABILITY", "a tier defined by no capability");
        },
        s -> {
          SystemicRisk r = TaxonomyGens.tiered(s);
          return new Mutant<>(withFirstCriterion(r, copy(r.acceptanceCriteria().get(0))
              .measurement(s.chance(0.5) ? null : " ").build()),
              "TAX-4.1-TIER-NOT-MEASURABLE", "a tier without measurement");
        },
        s -> {
          SystemicRisk r = TaxonomyGens.tiered(s);
          List<AcceptanceCriterion> criteria = new ArrayList<>();
          for (AcceptanceCriterion c : r.acceptanceCriteria()) {
            criteria.add(copy(c).reached(Gens.elements(Boolean.TRUE, null).generate(s)).build());
          }
          return new Mutant<>(copy(r).acceptanceCriteria(criteria).build(), "TAX-4.1-NO-UNREACHED-TIER",
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
          "TAX-4.2-PROCEED-NOT-ACCEPTABLE", "proceed without an acceptable risk");
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
            "TAX-6.1-GOAL-NON-STATE-EXTERNAL", "no non-state external threat actors"),
        s -> goal(s, g -> g.threatActors(List.of(ThreatActor.NON_STATE_EXTERNAL)),
            "TAX-6.1-GOAL-INSIDER", "no insider threat"),
        s -> goal(s, g -> g.threatActors(List.of(ThreatActor.NON_STATE_EXTERNAL, ThreatActor.INSIDER,
            ThreatActor.OTHER)).otherActorsDescription(null), "TAX-6.1-GOAL-OTHER-UNDESCRIBED",
            "other actors without description"),
        s -> goal(s, g -> g.capabilitiesConsidered(null), "TAX-6.1-GOAL-CAPABILITIES",
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
        s -> mitigation(s, m -> m.riskIds(List.of()), "TAX-5-MITIGATION-NO-RISK", "tied to no risk"),
        s -> mitigation(s, m -> m.type(MitigationType.SAFETY).safetyKinds(List.of())
            .securityObjectives(List.of(Gens.enums(SecurityObjective.class).generate(s))),
            "TAX-5-MITIGATION-TYPE-MISMATCH", "a safety mitigation with a security objective"),
        s -> mitigation(s, m -> m.type(MitigationType.SECURITY).securityObjectives(List.of())
            .safetyKinds(List.of(Gens.enums(SafetyMitigationKind.class).generate(s))),
            "TAX-5-MITIGATION-TYPE-MISMATCH", "a security mitigation with a safety kind"));
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
        s -> evaluation(s, e -> e.internalValidity(null), "TAX-APP3.1-RIGOUR-UNSTATED", "internal validity unstated"),
        s -> evaluation(s, e -> e.elicitationTechniques(List.of()).elicitationDescription(null),
            "TAX-APP3.2-ELICITATION-UNSTATED", "elicitation unstated"),
        s -> evaluation(s, e -> e.matchesExpectedUseContext(Gens.elements(Boolean.FALSE, null).generate(s)),
            "TAX-APP3.2-ELICITATION-NOT-MATCHED", "elicitation not matched to the expected use context"),
        s -> evaluation(s, e -> e.businessDaysAllowed((int) s.choose(0, APPENDIX_3_4_BUSINESS_DAYS - 1)),
            "TAX-APP3.4-SHORT-TIME", "fewer than 20 business days"));
    return oneOf(gens);
  }

  private static Mutant<ModelEvaluation> evaluation(Source s,
      UnaryOperator<ModelEvaluation.Builder> edit, String code, String description) {
    ModelEvaluation.Builder b = ModelEvaluation.builder();
    b.from(TaxonomyGens.modelEvaluations().generate(s));
    return new Mutant<>(edit.apply(b.lighterTouch(false)).build(), code, description);
  }

  /**
   * Returns a generator of systemic risk records each breaking one rule of {@code SystemicRiskRecordsValidator}:
   * one of the record-level mutants above placed inside valid records, or a cross-record rule broken (a specified
   * risk of Appendix 1.4 not identified, Measure 2.1(2); a risk id used twice, Commitment 2; a mitigation naming an
   * unidentified risk). Spread evenly over the rules.
   *
   * @return the generator
   */
  public static Gen<Mutant<SystemicRiskRecords>> systemicRiskRecords() {
    Gen<SystemicRiskRecords> valid = TaxonomyGens.systemicRiskRecords();
    List<Gen<Mutant<SystemicRiskRecords>>> gens = List.of(
        s -> {
          SystemicRiskRecords r = valid.generate(s);
          Mutant<SystemicRisk> m = systemicRisks().generate(s);
          List<SystemicRisk> risks = new ArrayList<>(r.risks());
          // keep the specified risk, the id and so the references of the risk it replaces
          SystemicRisk replaced = risks.get(0);
          SystemicRisk.Builder b = copy(m.value()).id(replaced.id());
          if (!m.ruleId().equals("TAX-4.1-OTHER-CRITERION-UNJUSTIFIED")) {
            b.specifiedRisk(replaced.specifiedRisk());
          } else {
            risks.add(copy(replaced).id("R-0").build());
          }
          risks.set(0, b.build());
          return new Mutant<>(records(r).risks(risks).build(), m.ruleId(), m.description());
        },
        s -> {
          SystemicRiskRecords r = valid.generate(s);
          Mutant<RiskAcceptanceDetermination> m = riskAcceptanceDeterminations().generate(s);
          RiskAcceptanceDetermination.Builder b = RiskAcceptanceDetermination.builder();
          b.from(m.value());
          List<RiskAcceptanceDetermination> all = new ArrayList<>(r.determinations());
          all.add(b.riskIds(List.of(r.risks().get(0).id())).build());
          return new Mutant<>(records(r).determinations(all).build(), m.ruleId(), m.description());
        },
        s -> {
          SystemicRiskRecords r = valid.generate(s);
          Mutant<SecurityGoal> m = securityGoals().generate(s);
          return new Mutant<>(records(r).securityGoal(m.value()).build(), m.ruleId(), m.description());
        },
        s -> {
          SystemicRiskRecords r = valid.generate(s);
          Mutant<Mitigation> m = mitigations().generate(s);
          Mitigation.Builder b = Mitigation.builder();
          b.from(m.value());
          if (!m.value().riskIds().isEmpty()) {
            b.riskIds(List.of(r.risks().get(0).id()));
          }
          List<Mitigation> all = new ArrayList<>(r.mitigations());
          all.add(b.build());
          return new Mutant<>(records(r).mitigations(all).build(), m.ruleId(), m.description());
        },
        s -> {
          SystemicRiskRecords r = valid.generate(s);
          Mutant<ModelEvaluation> m = modelEvaluations().generate(s);
          ModelEvaluation.Builder b = ModelEvaluation.builder();
          b.from(m.value());
          List<ModelEvaluation> all = new ArrayList<>(r.evaluations());
          all.add(b.riskIds(List.of(r.risks().get(0).id())).build());
          return new Mutant<>(records(r).evaluations(all).build(), m.ruleId(), m.description());
        },
        s -> {
          SystemicRiskRecords r = valid.generate(s);
          int i = (int) s.choose(0, 3);
          List<SystemicRisk> risks = new ArrayList<>(r.risks());
          risks.set(i, copy(risks.get(i)).specifiedRisk(null).build());
          return new Mutant<>(records(r).risks(risks).build(), "TAX-2.1-SPECIFIED-NOT-IDENTIFIED",
              "specified risk " + r.risks().get(i).specifiedRisk() + " not identified");
        },
        s -> {
          SystemicRiskRecords r = valid.generate(s);
          List<SystemicRisk> risks = new ArrayList<>(r.risks());
          risks.add(copy(risks.get((int) s.choose(0, risks.size() - 1))).specifiedRisk(null).build());
          return new Mutant<>(records(r).risks(risks).build(), "TAX-2-DUPLICATE-RISK-ID",
              "a risk id used twice");
        },
        s -> {
          SystemicRiskRecords r = valid.generate(s);
          Mitigation.Builder b = Mitigation.builder();
          b.from(TaxonomyGens.mitigations().generate(s));
          List<Mitigation> all = new ArrayList<>(r.mitigations());
          all.add(b.riskIds(List.of("R-UNKNOWN")).build());
          return new Mutant<>(records(r).mitigations(all).build(), "TAX-2-UNKNOWN-RISK-REFERENCE",
              "a mitigation naming an unidentified risk");
        });
    return oneOf(gens);
  }

  private static SystemicRiskRecords.Builder records(SystemicRiskRecords records) {
    SystemicRiskRecords.Builder b = SystemicRiskRecords.builder();
    b.from(records);
    return b;
  }

  private static <T> Gen<T> oneOf(List<Gen<T>> gens) {
    return source -> gens.get((int) source.uniform(0, gens.size() - 1)).generate(source);
  }
}
