package io.github.gpai4j.evaluation.safety.properties;

import static org.junit.jupiter.api.Assertions.assertEquals;

import io.github.gpai4j.core.validation.Finding;
import io.github.gpai4j.core.validation.Rule;
import io.github.gpai4j.core.validation.Validator;
import io.github.gpai4j.evaluation.safety.ModelEvaluationValidator;
import io.github.gpai4j.evaluation.safety.MitigationValidator;
import io.github.gpai4j.evaluation.safety.SecurityGoalValidator;
import io.github.gpai4j.evaluation.safety.RiskAcceptanceDeterminationValidator;
import io.github.gpai4j.taxonomy.risk.SystemicRiskRecords;
import io.github.gpai4j.evaluation.safety.SystemicRiskRecordsValidator;
import io.github.gpai4j.evaluation.safety.SystemicRiskValidator;
import io.github.gpai4j.testkit.Gen;
import io.github.gpai4j.testkit.Property;
import io.github.gpai4j.testkit.domain.Mutant;
import io.github.gpai4j.testkit.domain.TaxonomyGens;
import io.github.gpai4j.testkit.domain.TaxonomyMutants;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;

/**
 * Soundness and precision of the Safety and Security record validators ({@code io.github.gpai4j.evaluation.safety},
 * over the records of {@code gpai4j-taxonomy}): valid records get no finding, each mutant gets exactly the one rule
 * it declares. They run in evaluation's own build, which test-depends on the testkit.
 */
class TaxonomyCheckProperties {

  private static <T> void sound(Gen<T> valid, Validator<T> validator, int tries) {
    Property.forAll(valid).withTries(tries)
        .checkAssert(value -> assertEquals(List.of(), ruleIds(validator, value)));
  }

  private static <T> void precise(Gen<Mutant<T>> mutants, Validator<T> validator, int tries) {
    Property.forAll(mutants).withTries(tries).checkAssert(mutant ->
        assertEquals(List.of(mutant.ruleId()), ruleIds(validator, mutant.value()), mutant.description()));
  }

  private static <T> List<String> ruleIds(Validator<T> validator, T value) {
    return validator.validate(value).findings().stream().map(Finding::ruleId).toList();
  }

  /** Measures 2.2 and 4.1: a risk with a scenario and a measurable, capability-defined tier not yet reached passes. */
  @Test
  void valid_systemic_risks_have_no_finding() {
    sound(TaxonomyGens.systemicRisks(), SystemicRiskValidator.create(), 100);
  }

  /** Each systemic-risk mutant triggers exactly the Measure 2.2 or 4.1 rule it declares. */
  @Test
  void each_systemic_risk_mutant_has_exactly_its_finding() {
    precise(TaxonomyMutants.systemicRisks(), SystemicRiskValidator.create(), 100);
  }

  /** Measure 4.2: proceeding only when the risk is acceptable passes; proceeding otherwise does not. */
  @Test
  void determinations_proceed_only_when_acceptable() {
    sound(TaxonomyGens.riskAcceptanceDeterminations(), RiskAcceptanceDeterminationValidator.create(), 50);
    precise(TaxonomyMutants.riskAcceptanceDeterminations(), RiskAcceptanceDeterminationValidator.create(), 50);
  }

  /** Measure 6.1: a goal covering non-state external actors and insiders, with capabilities stated, passes. */
  @Test
  void security_goals_are_checked_precisely() {
    sound(TaxonomyGens.securityGoals(), SecurityGoalValidator.create(), 50);
    precise(TaxonomyMutants.securityGoals(), SecurityGoalValidator.create(), 50);
  }

  /** Commitments 5 and 6: a mitigation tied to a risk, with kinds of its own type, passes. */
  @Test
  void mitigations_are_checked_precisely() {
    sound(TaxonomyGens.mitigations(), MitigationValidator.create(), 50);
    precise(TaxonomyMutants.mitigations(), MitigationValidator.create(), 50);
  }

  /** Appendix 3: an evaluation stating rigour and matched elicitation, with 20 business days or more, passes. */
  @Test
  void model_evaluations_are_checked_precisely() {
    sound(TaxonomyGens.modelEvaluations(), ModelEvaluationValidator.create(), 50);
    precise(TaxonomyMutants.modelEvaluations(), ModelEvaluationValidator.create(), 50);
  }

  /**
   * Whole records (Commitment 2, Measure 2.1(2)): the four specified risks identified, unique ids and references
   * only to identified risks pass; each mutant, nested or cross-record, triggers exactly its rule.
   */
  @Test
  void systemic_risk_records_are_checked_precisely() {
    sound(TaxonomyGens.systemicRiskRecords(), SystemicRiskRecordsValidator.create(), 100);
    precise(TaxonomyMutants.systemicRiskRecords(), SystemicRiskRecordsValidator.create(), 300);
  }

  /**
   * The record mutants cover every rule of the records validator; the exclusion list is empty. The testkit writes
   * rule ids as literals (it does not depend on this module): this equality with the validator's rules, and the exact
   * ids asserted by the properties above, make a mistyped id fail.
   */
  @Test
  void record_mutants_cover_every_rule() {
    Set<String> excluded = Set.of();
    Set<String> expected = SystemicRiskRecordsValidator.create().rules().stream().map(Rule::id)
        .filter(id -> !excluded.contains(id)).collect(Collectors.toCollection(TreeSet::new));
    Set<String> covered = TaxonomyMutants.systemicRiskRecords().samples(2025, 2_000).stream()
        .map(Mutant::ruleId).collect(Collectors.toCollection(TreeSet::new));
    assertEquals(expected, covered);
  }

  /** Records generated from the same seed are equal: the generators draw only from their source. */
  @Test
  void records_are_reproducible_from_a_seed() {
    List<SystemicRiskRecords> first = TaxonomyGens.systemicRiskRecords().samples(11, 5);
    assertEquals(first, TaxonomyGens.systemicRiskRecords().samples(11, 5));
  }
}
