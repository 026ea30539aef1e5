package io.github.gpai4j.evaluation.summary.properties;

import static org.junit.jupiter.api.Assertions.assertEquals;

import io.github.gpai4j.core.copyright.CopyrightPolicies;
import io.github.gpai4j.core.copyright.CopyrightPolicy;
import io.github.gpai4j.core.json.Gpai4jJson;
import io.github.gpai4j.core.summary.TrainingContentSummaries;
import io.github.gpai4j.core.summary.TrainingContentSummary;
import io.github.gpai4j.core.validation.Rule;
import io.github.gpai4j.core.validation.Validator;
import io.github.gpai4j.evaluation.copyright.CopyrightPolicyValidator;
import io.github.gpai4j.evaluation.form.FormRules;
import io.github.gpai4j.evaluation.summary.TopDomainRule;
import io.github.gpai4j.evaluation.summary.TrainingContentSummaryValidator;
import io.github.gpai4j.testkit.Gen;
import io.github.gpai4j.testkit.LawEdges;
import io.github.gpai4j.testkit.Property;
import io.github.gpai4j.testkit.domain.Mutant;
import io.github.gpai4j.testkit.domain.PolicyGens;
import io.github.gpai4j.testkit.domain.SummaryGens;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;

/**
 * Properties of the public summary of training content (Art.&nbsp;53(1)(d)) and the copyright policy
 * (Art.&nbsp;53(1)(c)) with their generators and table-derived mutants (evaluation module): valid documents
 * round-trip and get no finding; each mutant triggers exactly its rule; every table rule has a mutant.
 */
class SummaryAndPolicyProperties {

  private static final Validator<TrainingContentSummary> SUMMARIES =
      TrainingContentSummaryValidator.asOf(SummaryGens.VALID_AS_OF);
  private static final Validator<CopyrightPolicy> POLICIES = CopyrightPolicyValidator.asOf(SummaryGens.VALID_AS_OF);

  @Test
  void valid_summaries_round_trip_and_get_no_finding() {
    Gpai4jJson json = Gpai4jJson.strict();
    Property.forAll(SummaryGens.validTrainingContentSummary()).withTries(100).checkAssert(s -> {
      assertEquals(List.of(), SUMMARIES.validate(s).findings());
      assertEquals(s, json.readDocument(json.write(s)));
    });
  }

  @Test
  void valid_policies_round_trip_and_get_no_finding() {
    Gpai4jJson json = Gpai4jJson.strict();
    Property.forAll(PolicyGens.validCopyrightPolicy()).withTries(100).checkAssert(p -> {
      assertEquals(List.of(), POLICIES.validate(p).findings());
      assertEquals(p, json.readDocument(json.write(p)));
    });
  }

  @Test
  void every_table_rule_of_the_summary_has_a_mutant_that_triggers_it_alone() {
    check(SummaryGens.mutants(), SUMMARIES, FormRules.of(TrainingContentSummaries.TEMPLATE.table()).catalogue()
        .all());
  }

  @Test
  void every_table_rule_of_the_policy_has_a_mutant_that_triggers_it_alone() {
    check(PolicyGens.mutants(), POLICIES, FormRules.of(CopyrightPolicies.CODE_2025_07.table()).catalogue().all());
  }

  private static <D> void check(List<Gen<Mutant<D>>> mutants, Validator<D> validator, List<Rule> rules) {
    Set<String> seen = new TreeSet<>();
    for (Gen<Mutant<D>> gen : mutants) {
      Property.forAll(gen).withTries(5).checkAssert(mutant -> {
        seen.add(mutant.ruleId());
        assertEquals(mutant.expectedRuleIds(), Set.copyOf(validator.validate(mutant.value()).ruleIds()),
            mutant.description());
      });
    }
    assertEquals(rules.stream().map(Rule::id).collect(Collectors.toCollection(TreeSet::new)), seen);
  }

  /**
   * Footnote 16 as the validator reads it agrees with the testkit's independent oracle at the edges (around
   * multiples of ten, and around 20,000 domains where an SME's 5 % reaches the 1,000 cap).
   */
  @Test
  void the_top_domain_count_agrees_with_the_testkit_oracle_at_the_edges() {
    Property.forAll(LawEdges.topDomainLists()).withTries(500).checkAssert(c ->
        assertEquals(c.requiredDomains(), TopDomainRule.requiredCount(c.distinctDomains(), c.sme())));
  }
}
