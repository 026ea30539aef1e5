package io.github.gpai4j.testkit.domain;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.github.gpai4j.core.Recipient;
import io.github.gpai4j.core.documentation.ModelDocumentation;
import io.github.gpai4j.core.json.DocumentReadException;
import io.github.gpai4j.core.json.Gpai4jJson;
import io.github.gpai4j.evaluation.documentation.ModelDocumentationValidator;
import io.github.gpai4j.testkit.Property;
import io.github.gpai4j.testkit.PropertyFailure;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/** The README section "Property-test your documentation pipeline" compiles and behaves as it says. */
class ReadmePropertyExampleTest {

  // README snippet: property-test your documentation pipeline (keep identical to the README)
  static final ModelDocumentationValidator VALIDATOR = ModelDocumentationValidator.create();
  static final Gpai4jJson JSON = Gpai4jJson.strict();

  /** Your pipeline: store the document as JSON, read it back, publish the downstream providers' view. */
  static ModelDocumentation publishForDownstream(ModelDocumentation doc) throws DocumentReadException {
    ModelDocumentation stored = JSON.read(JSON.write(doc), ModelDocumentation.class);
    return stored.viewFor(Recipient.DOWNSTREAM_PROVIDER);
  }

  @Test
  void the_pipeline_keeps_valid_documents_valid_for_downstream_providers() {
    Property.forAll(DocumentationGens.validModelDocumentation())
        .withTries(100)
        .checkAssert(doc -> assertTrue(VALIDATOR.validate(publishForDownstream(doc))
            .forRecipient(Recipient.DOWNSTREAM_PROVIDER).isValid()));
  }

  @Test
  void the_validator_catches_every_kind_of_mistake() {
    Property.forAll(Mutants.modelDocumentation())
        .withTries(200)
        .check(mutant -> VALIDATOR.validate(mutant.value()).ruleIds().contains(mutant.ruleId()));
  }
  // end of README snippet

  // README snippet: wrapping Gen for another engine (keep identical to the README)
  static Stream<ModelDocumentation> documents() {
    return DocumentationGens.validModelDocumentation().samples(20251128L, 25).stream();
  }

  @ParameterizedTest
  @MethodSource("documents")
  void every_sampled_document_is_complete_for_the_ai_office(ModelDocumentation doc) {
    assertTrue(VALIDATOR.completeness(doc, Recipient.AI_OFFICE).isComplete());
  }
  // end of README snippet

  /**
   * What the README says a failure looks like: a pipeline that wrongly requires a short architecture description
   * fails, and the counterexample shrinks to the simplest text that breaks it, three one-letter words.
   */
  @Test
  void a_failing_pipeline_property_reports_a_seed_and_a_shrunk_document() {
    PropertyFailure failure = assertThrows(PropertyFailure.class, () ->
        Property.forAll(DocumentationGens.validModelDocumentation()).withSeed(7)
            .check(doc -> doc.modelProperties().architecture().split(" ").length < 3));
    ModelDocumentation shrunk = (ModelDocumentation) failure.counterexample().get(0);
    assertEquals("a a a", shrunk.modelProperties().architecture());
    assertEquals(7, failure.seed());
    assertTrue(failure.getMessage().contains("-Dgpai4j.seed=7"), failure.getMessage());
  }
}
