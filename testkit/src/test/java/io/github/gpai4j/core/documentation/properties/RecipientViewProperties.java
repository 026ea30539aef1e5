package io.github.gpai4j.core.documentation.properties;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;

import io.github.gpai4j.core.Recipient;
import io.github.gpai4j.core.documentation.MdfItem;
import io.github.gpai4j.core.documentation.ModelDocumentation;
import io.github.gpai4j.testkit.Gens;
import io.github.gpai4j.testkit.Property;
import io.github.gpai4j.testkit.domain.DocumentationGens;
import org.junit.jupiter.api.Test;

/**
 * Properties of {@link ModelDocumentation#viewFor(Recipient)} (module {@code gpai4j-core}). They live in the
 * testkit module, which depends on core (Maven forbids the cycle a test-scope dependency back would make), in a
 * package named after core's so that they read as its properties.
 */
class RecipientViewProperties {

  /**
   * The form routes each item to the AI Office, national competent authorities and/or downstream providers
   * (Art. 53(1)(a) with Annex XI, Art. 53(1)(b) with Annex XII): a view for a recipient answers no item that is
   * not routed to it, and downstream providers never see the Annex XI section 2 material.
   */
  @Test
  void a_view_contains_no_item_not_routed_to_its_recipient() {
    Property.forAll(DocumentationGens.draftModelDocumentation(), Gens.enums(Recipient.class)).withTries(100)
        .checkAssert((doc, recipient) -> {
          ModelDocumentation view = doc.viewFor(recipient);
          for (MdfItem item : MdfItem.values()) {
            if (!item.isFor(recipient)) {
              assertFalse(item.isAnsweredIn(view), item.id() + " leaks to " + recipient);
            }
          }
          if (recipient == Recipient.DOWNSTREAM_PROVIDER) {
            assertNull(view.systemicRiskDocumentation(), "Annex XI section 2 leaks to downstream providers");
          }
        });
  }

  /** A view keeps, unchanged, every item routed to its recipient. */
  @Test
  void a_view_keeps_every_item_routed_to_its_recipient() {
    Property.forAll(DocumentationGens.draftModelDocumentation(), Gens.enums(Recipient.class)).withTries(100)
        .checkAssert((doc, recipient) -> {
          ModelDocumentation view = doc.viewFor(recipient);
          for (MdfItem item : MdfItem.fieldsFor(recipient)) {
            assertEquals(item.valueIn(doc), item.valueIn(view), item.id() + " for " + recipient);
          }
        });
  }
}
