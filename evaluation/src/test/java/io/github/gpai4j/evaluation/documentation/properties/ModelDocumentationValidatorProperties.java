package io.github.gpai4j.evaluation.documentation.properties;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.github.gpai4j.core.documentation.MdfItem;
import io.github.gpai4j.core.documentation.ModelDocumentation;
import io.github.gpai4j.core.json.Gpai4jJson;
import io.github.gpai4j.evaluation.documentation.ModelDocumentationRules;
import io.github.gpai4j.evaluation.documentation.ModelDocumentationValidator;
import io.github.gpai4j.core.validation.Finding;
import io.github.gpai4j.core.validation.Rule;
import io.github.gpai4j.core.validation.ValidationReport;
import io.github.gpai4j.testkit.Gens;
import io.github.gpai4j.testkit.Property;
import io.github.gpai4j.testkit.domain.DocumentationGens;
import io.github.gpai4j.testkit.domain.Mutant;
import io.github.gpai4j.testkit.domain.Mutants;
import java.util.Locale;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;

/**
 * Properties of {@link ModelDocumentationValidator} (module {@code gpai4j-evaluation}): soundness on valid
 * documents, precision on rule-tagged mutants, and byte-identical reports. They run in evaluation's own build, which
 * test-depends on the testkit (the testkit depends on core and taxonomy only).
 */
class ModelDocumentationValidatorProperties {

  private static final ModelDocumentationValidator VALIDATOR = ModelDocumentationValidator.create();

  /**
   * Soundness: a document that answers every item of the form consistently (Art. 53(1)(a)-(b), Annexes XI-XII,
   * Transparency Measure 1.1) gets no finding at all, not even a warning or information.
   */
  @Test
  void valid_documents_get_no_finding() {
    Property.forAll(DocumentationGens.validModelDocumentation()).withTries(500)
        .checkAssert(doc -> assertEquals(Set.of(), ruleIds(VALIDATOR.validate(doc))));
  }

  /** Soundness for models with systemic risk: Annex XI section 2 documented, so no finding either. */
  @Test
  void valid_systemic_risk_documents_get_no_finding() {
    Property.forAll(DocumentationGens.validSystemicRiskModelDocumentation()).withTries(50)
        .checkAssert(doc -> assertEquals(Set.of(), ruleIds(VALIDATOR.validate(doc))));
  }

  /**
   * Precision: a mutant triggers the rule it breaks and, apart from its declared companions, no other rule of any
   * severity.
   */
  @Test
  void each_mutant_triggers_exactly_its_rule() {
    Property.forAll(Mutants.modelDocumentation()).withTries(1000)
        .checkAssert(mutant -> assertEquals(mutant.expectedRuleIds(), ruleIds(VALIDATOR.validate(mutant.value())),
            mutant.description()));
  }

  /**
   * The mutants cover every Model Documentation rule; the exclusion list is empty because every rule can be
   * broken by changing one fact (one, {@code MDF-NA-8.1-EXPLANATION}, with a declared companion). The testkit does
   * not depend on this module and writes the ids of cross-item rules as literals: this equality with the validator's
   * catalogue makes a mistyped id fail.
   */
  @Test
  void mutants_cover_every_model_documentation_rule() {
    Set<String> excluded = Set.of();
    Set<String> all = ModelDocumentationRules.all().stream().map(Rule::id)
        .collect(Collectors.toCollection(TreeSet::new));
    all.removeAll(excluded);
    assertEquals(all, Mutants.modelDocumentationRuleIds());
  }

  /** Each rule's own mutant generator yields mutants of that rule and only of that rule. */
  @Test
  void every_rule_has_a_mutant_that_triggers_it_alone() {
    for (String ruleId : Mutants.modelDocumentationRuleIds()) {
      Property.forAll(Mutants.modelDocumentation(ruleId)).withTries(3)
          .checkAssert(mutant -> {
            assertEquals(ruleId, mutant.ruleId());
            assertEquals(mutant.expectedRuleIds(), ruleIds(VALIDATOR.validate(mutant.value())), mutant.description());
          });
    }
  }

  /**
   * Soundness over every rule, iterated rather than sampled: {@link Mutants#modelDocumentationPerRule()} gives a
   * generator for each of the 71 rules, so five tries each exercise every rule five times, none left to chance.
   */
  @Test
  void every_rule_is_exercised_by_its_own_generator() {
    java.util.List<io.github.gpai4j.testkit.Gen<Mutant<ModelDocumentation>>> perRule = Mutants.modelDocumentationPerRule();
    assertEquals(Mutants.modelDocumentationRuleIds().size(), perRule.size());
    Set<String> seen = new TreeSet<>();
    for (io.github.gpai4j.testkit.Gen<Mutant<ModelDocumentation>> gen : perRule) {
      Property.forAll(gen).withTries(5).checkAssert(mutant -> {
        seen.add(mutant.ruleId());
        assertEquals(mutant.expectedRuleIds(), ruleIds(VALIDATOR.validate(mutant.value())), mutant.description());
      });
    }
    assertEquals(Mutants.modelDocumentationRuleIds(), seen);
  }

  /**
   * Determinism: validating the same document twice, or its JSON copy, gives byte-identical JSON reports in
   * English and French (reports are diffed, so their order must not depend on anything but the document).
   */
  @Test
  void the_same_document_gives_a_byte_identical_json_report() {
    Gpai4jJson json = Gpai4jJson.strict();
    Property.forAll(Gens.oneOf(DocumentationGens.draftModelDocumentation(),
            Mutants.modelDocumentation().map(Mutant::value)), Gens.elements(Locale.ENGLISH, Locale.FRENCH))
        .withTries(50)
        .checkAssert((doc, locale) -> {
          String first = VALIDATOR.validate(doc).toJson(locale);
          ModelDocumentation copy = json.read(json.write(doc), ModelDocumentation.class);
          assertEquals(first, VALIDATOR.validate(doc).toJson(locale));
          assertEquals(first, ModelDocumentationValidator.create().validate(copy).toJson(locale));
        });
  }

  /** Drafts (any subset of items answered) build and validate without throwing, reporting each missing item. */
  @Test
  void drafts_report_each_unanswered_item() {
    Property.forAll(DocumentationGens.draftModelDocumentation()).withTries(100)
        .checkAssert(doc -> {
          Set<String> ids = ruleIds(VALIDATOR.validate(doc));
          for (MdfItem item : MdfItem.values()) {
            String required = ModelDocumentationRules.required(item).id();
            assertEquals(!item.isAnsweredIn(doc), ids.contains(required), item.id() + " in " + ids);
          }
          assertTrue(ids.stream().allMatch(id -> id.startsWith("MDF-REQ-") || id.startsWith("MDF-NA-8.1")), ids::toString);
        });
  }

  static Set<String> ruleIds(ValidationReport report) {
    return report.findings().stream().map(Finding::ruleId).collect(Collectors.toCollection(TreeSet::new));
  }
}
