package io.github.gpai4j.evaluation.form.properties;

import static org.junit.jupiter.api.Assertions.assertEquals;

import io.github.gpai4j.core.documentation.DraftModelDocumentation;
import io.github.gpai4j.core.documentation.ModelDocumentationForms;
import io.github.gpai4j.core.json.Gpai4jJson;
import io.github.gpai4j.core.validation.Rule;
import io.github.gpai4j.evaluation.form.FormValidator;
import io.github.gpai4j.testkit.Gen;
import io.github.gpai4j.testkit.Property;
import io.github.gpai4j.testkit.domain.DocumentationGens;
import io.github.gpai4j.testkit.domain.FormMutants;
import io.github.gpai4j.testkit.domain.Mutant;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;

/**
 * Properties of the first draft Code's documentation table (form version {@code cop-draft-2024-11}, evaluation
 * module), with mutants generated from its table alone: every rule of its validator has a generator, and each
 * mutant triggers exactly its rule.
 */
class FirstDraftFormProperties {

  private static final FormValidator<DraftModelDocumentation> VALIDATOR =
      FormValidator.of(ModelDocumentationForms.DRAFT_2024_11);
  private static final List<Gen<Mutant<DraftModelDocumentation>>> MUTANTS = FormMutants.of(
      ModelDocumentationForms.DRAFT_2024_11, DraftModelDocumentation.class,
      DocumentationGens.validFirstDraftDocumentation());

  @Test
  void valid_first_draft_documents_get_no_finding_and_round_trip() {
    Gpai4jJson json = Gpai4jJson.strict();
    Property.forAll(DocumentationGens.validFirstDraftDocumentation()).withTries(100).checkAssert(doc -> {
      assertEquals(List.of(), VALIDATOR.validate(doc).findings());
      assertEquals(doc, json.readDocument(json.write(doc)));
    });
  }

  @Test
  void every_rule_of_the_first_draft_has_a_mutant_that_triggers_it_alone() {
    Set<String> seen = new TreeSet<>();
    for (Gen<Mutant<DraftModelDocumentation>> gen : MUTANTS) {
      Property.forAll(gen).withTries(5).checkAssert(mutant -> {
        seen.add(mutant.ruleId());
        assertEquals(mutant.expectedRuleIds(), Set.copyOf(VALIDATOR.validate(mutant.value()).ruleIds()),
            mutant.description());
      });
    }
    assertEquals(VALIDATOR.rules().stream().map(Rule::id).collect(Collectors.toCollection(TreeSet::new)), seen);
  }
}
