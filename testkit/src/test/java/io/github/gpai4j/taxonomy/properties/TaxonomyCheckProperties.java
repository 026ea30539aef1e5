package io.github.gpai4j.taxonomy.properties;

import static org.junit.jupiter.api.Assertions.assertEquals;

import io.github.gpai4j.taxonomy.TaxonomyProblem;
import io.github.gpai4j.taxonomy.evaluation.EvaluationChecks;
import io.github.gpai4j.taxonomy.mitigation.MitigationChecks;
import io.github.gpai4j.taxonomy.risk.SystemicRiskChecks;
import io.github.gpai4j.testkit.Gen;
import io.github.gpai4j.testkit.Property;
import io.github.gpai4j.testkit.domain.Mutant;
import io.github.gpai4j.testkit.domain.TaxonomyGens;
import io.github.gpai4j.testkit.domain.TaxonomyMutants;
import java.util.List;
import java.util.function.Function;
import org.junit.jupiter.api.Test;

/**
 * Soundness and precision of the Safety and Security record checks (module {@code gpai4j-taxonomy}): valid
 * records get no problem, each mutant gets exactly the one problem it declares. They live in the testkit module
 * (Maven forbids the cycle a test-scope dependency of taxonomy on the testkit would make), in a package named after
 * taxonomy's.
 */
class TaxonomyCheckProperties {

  private static <T> void sound(Gen<T> valid, Function<T, List<TaxonomyProblem>> check) {
    Property.forAll(valid).withTries(100).checkAssert(value -> assertEquals(List.of(), check.apply(value)));
  }

  private static <T> void precise(Gen<Mutant<T>> mutants, Function<T, List<TaxonomyProblem>> check) {
    Property.forAll(mutants).withTries(100).checkAssert(mutant -> assertEquals(List.of(mutant.ruleId()),
        check.apply(mutant.value()).stream().map(TaxonomyProblem::ruleId).toList(), mutant.description()));
  }

  /** Measures 2.2 and 4.1: a risk with a scenario and a measurable, capability-defined tier not yet reached passes. */
  @Test
  void valid_systemic_risks_have_no_problem() {
    sound(TaxonomyGens.systemicRisks(), SystemicRiskChecks::check);
  }

  /** Each systemic-risk mutant triggers exactly the Measure 2.2 or 4.1 rule it declares. */
  @Test
  void each_systemic_risk_mutant_has_exactly_its_problem() {
    precise(TaxonomyMutants.systemicRisks(), SystemicRiskChecks::check);
  }

  /** Measure 4.2: proceeding only when the risk is acceptable passes; proceeding otherwise does not. */
  @Test
  void determinations_proceed_only_when_acceptable() {
    sound(TaxonomyGens.riskAcceptanceDeterminations(), SystemicRiskChecks::check);
    precise(TaxonomyMutants.riskAcceptanceDeterminations(), SystemicRiskChecks::check);
  }

  /** Measure 6.1: a goal covering non-state external actors and insiders, with capabilities stated, passes. */
  @Test
  void security_goals_are_checked_precisely() {
    sound(TaxonomyGens.securityGoals(), MitigationChecks::check);
    precise(TaxonomyMutants.securityGoals(), MitigationChecks::check);
  }

  /** Commitments 5 and 6: a mitigation tied to a risk, with kinds of its own type, passes. */
  @Test
  void mitigations_are_checked_precisely() {
    sound(TaxonomyGens.mitigations(), MitigationChecks::check);
    precise(TaxonomyMutants.mitigations(), MitigationChecks::check);
  }

  /** Appendix 3: an evaluation stating rigour and matched elicitation, with 20 business days or more, passes. */
  @Test
  void model_evaluations_are_checked_precisely() {
    sound(TaxonomyGens.modelEvaluations(), EvaluationChecks::check);
    precise(TaxonomyMutants.modelEvaluations(), EvaluationChecks::check);
  }
}
