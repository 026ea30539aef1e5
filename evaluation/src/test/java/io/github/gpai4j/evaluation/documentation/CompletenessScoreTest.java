package io.github.gpai4j.evaluation.documentation;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.github.gpai4j.evaluation.form.CompletenessScore;
import io.github.gpai4j.core.Recipient;
import io.github.gpai4j.core.documentation.GeneralInformation;
import io.github.gpai4j.core.documentation.MdfItem;
import io.github.gpai4j.core.documentation.ModelDocumentation;
import io.github.gpai4j.core.json.Gpai4jJson;
import java.nio.file.Files;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;
import tools.jackson.databind.node.ObjectNode;

class CompletenessScoreTest {

  private final ModelDocumentationValidator validator = ModelDocumentationValidator.create();

  private static final JsonMapper MAPPER = JsonMapper.builder().build();

  private static ObjectNode completeTree() throws Exception {
    return (ObjectNode) MAPPER.readTree(
        Files.readString(io.github.gpai4j.evaluation.testing.Samples.finalFormCorpus().resolve("valid-complete.json")));
  }

  private static ObjectNode without(ObjectNode tree, MdfItem item) {
    ObjectNode copy = tree.deepCopy();
    tools.jackson.core.JsonPointer p = tools.jackson.core.JsonPointer.compile(item.pointer());
    JsonNode parent = copy.at(p.head());
    if (parent instanceof ObjectNode o) {
      o.remove(p.last().getMatchingProperty());
    }
    return copy;
  }

  private static ModelDocumentation bind(ObjectNode tree) throws Exception {
    return Gpai4jJson.strict().read(MAPPER.writeValueAsString(tree), ModelDocumentation.class);
  }

  @Test
  void a_complete_document_scores_one_for_every_recipient() {
    for (Recipient r : Recipient.values()) {
      CompletenessScore s = validator.completeness(Samples.complete(), r);
      assertEquals(1.0, s.ratio(), r.name());
      assertTrue(s.isComplete());
    }
  }

  @Test
  void an_empty_document_scores_zero_out_of_the_items_routed_to_the_recipient() {
    CompletenessScore s = validator.completeness(ModelDocumentation.builder().build(),
        Recipient.DOWNSTREAM_PROVIDER);
    assertEquals(0, s.filled());
    assertEquals(MdfItem.fieldsFor(Recipient.DOWNSTREAM_PROVIDER).size(), s.required());
    assertEquals(MdfItem.fieldsFor(Recipient.DOWNSTREAM_PROVIDER), s.missing());
  }

  /** MDF-2.5a goes to the AI Office only: missing, it lowers the AI Office's score and nobody else's. */
  @Test
  void lists_a_missing_item_for_its_recipients_only() throws Exception {
    ModelDocumentation doc = bind(without(completeTree(), MdfItem.MDF_2_5A));
    assertEquals(List.of(MdfItem.MDF_2_5A), validator.completeness(doc, Recipient.AI_OFFICE).missing());
    assertTrue(validator.completeness(doc, Recipient.NATIONAL_COMPETENT_AUTHORITY).isComplete());
  }

  @Test
  void a_forbidden_na_does_not_count_as_an_answer() {
    ModelDocumentation doc = Samples.completeBuilder().generalInformation(GeneralInformation.builder()
        .from(Samples.complete().generalInformation()).providerLegalName("N/A").build()).build();
    assertEquals(List.of(MdfItem.MDF_1_1), validator.completeness(doc, Recipient.AI_OFFICE).missing());
  }

  /** Removing any one answer from the complete document never raises any recipient's score. */
  @Test
  void removing_an_answer_never_raises_a_score() throws Exception {
    ObjectNode complete = completeTree();
    ModelDocumentation full = bind(complete);
    for (MdfItem item : MdfItem.values()) {
      ModelDocumentation less = bind(without(complete, item));
      for (Recipient r : Recipient.values()) {
        assertTrue(validator.completeness(less, r).filled() <= validator.completeness(full, r).filled(),
            item.id() + " " + r);
      }
    }
  }

  /** Adding answers one at a time, in form order and in reverse, from an empty draft never lowers a score. */
  @Test
  void adding_answers_never_lowers_a_score() throws Exception {
    ObjectNode complete = completeTree();
    for (boolean reverse : new boolean[] {false, true}) {
      List<MdfItem> order = new ArrayList<>(List.of(MdfItem.values()));
      if (reverse) {
        java.util.Collections.reverse(order);
      }
      ObjectNode current = complete;
      for (MdfItem item : MdfItem.values()) {
        current = without(current, item);
      }
      int[] last = new int[Recipient.values().length];
      for (MdfItem item : order) {
        ObjectNode next = current.deepCopy();
        tools.jackson.core.JsonPointer p = tools.jackson.core.JsonPointer.compile(item.pointer());
        JsonNode value = complete.at(p);
        JsonNode parent = next.at(p.head());
        if (parent.isMissingNode()) {
          next.set(p.head().last().getMatchingProperty(), MAPPER.createObjectNode());
          parent = next.at(p.head());
        }
        ((ObjectNode) parent).set(p.last().getMatchingProperty(), value.deepCopy());
        current = next;
        ModelDocumentation doc = bind(current);
        for (Recipient r : Recipient.values()) {
          int filled = validator.completeness(doc, r).filled();
          assertTrue(filled >= last[r.ordinal()], item.id() + " " + r);
          last[r.ordinal()] = filled;
        }
      }
      for (Recipient r : Recipient.values()) {
        assertEquals(MdfItem.fieldsFor(r).size(), last[r.ordinal()], r.name());
      }
    }
  }

  @Test
  void rejects_inconsistent_counts() {
    assertThrows(IllegalArgumentException.class,
        () -> new CompletenessScore(Recipient.AI_OFFICE, 3, 2, List.of()));
    assertThrows(IllegalArgumentException.class,
        () -> new CompletenessScore(Recipient.AI_OFFICE, 1, 2, List.of()));
  }
}
