package io.github.gpai4j.evaluation.documentation.properties;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.github.gpai4j.core.Recipient;
import io.github.gpai4j.core.documentation.MdfItem;
import io.github.gpai4j.core.documentation.ModelDocumentation;
import io.github.gpai4j.evaluation.form.CompletenessScore;
import io.github.gpai4j.evaluation.documentation.ModelDocumentationValidator;
import io.github.gpai4j.testkit.Gen;
import io.github.gpai4j.testkit.Gens;
import io.github.gpai4j.testkit.Property;
import io.github.gpai4j.testkit.domain.DocumentationGens;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * Properties of {@link ModelDocumentationValidator#completeness(ModelDocumentation, Recipient)} (module
 * {@code gpai4j-evaluation}), run in evaluation's own build with the testkit's generators.
 */
class CompletenessProperties {

  private static final ModelDocumentationValidator VALIDATOR = ModelDocumentationValidator.create();

  /** A draft and a fuller draft: items missing from the fuller one are also missing from the first. */
  record Drafts(ModelDocumentation less, ModelDocumentation more) {}

  /**
   * Per item: 0 answered in both, 1 answered only in the fuller draft, 2 answered in neither; shrinks towards two
   * complete documents.
   */
  static Gen<Drafts> drafts() {
    Gen<ModelDocumentation> valid = DocumentationGens.validModelDocumentation();
    return source -> {
      ModelDocumentation less = valid.generate(source);
      ModelDocumentation more = less;
      List<MdfItem> removed = new ArrayList<>();
      for (MdfItem item : MdfItem.values()) {
        long level = source.choose(0, 2);
        if (level >= 1) {
          removed.add(item);
        }
        if (level == 2) {
          more = DocumentationGens.withoutItems(more, List.of(item));
        }
      }
      return new Drafts(DocumentationGens.withoutItems(less, removed), more);
    };
  }

  /**
   * Adding information never lowers completeness: for every recipient, a draft with more items answered scores at
   * least as many filled items, and its missing items are a subset of the other's.
   */
  @Test
  void completeness_never_drops_when_information_is_added() {
    Property.forAll(drafts(), Gens.enums(Recipient.class)).withTries(150)
        .checkAssert((drafts, recipient) -> {
          CompletenessScore less = VALIDATOR.completeness(drafts.less(), recipient);
          CompletenessScore more = VALIDATOR.completeness(drafts.more(), recipient);
          assertTrue(less.filled() <= more.filled(), less + " vs " + more);
          assertTrue(less.missing().containsAll(more.missing()), less.missing() + " vs " + more.missing());
        });
  }

  /** A complete valid document is complete for every recipient. */
  @Test
  void valid_documents_are_complete_for_every_recipient() {
    Property.forAll(DocumentationGens.validModelDocumentation(), Gens.enums(Recipient.class)).withTries(50)
        .checkAssert((doc, recipient) -> assertEquals(List.of(), VALIDATOR.completeness(doc, recipient).missing()));
  }
}
