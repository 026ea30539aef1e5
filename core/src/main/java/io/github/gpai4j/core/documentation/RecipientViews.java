package io.github.gpai4j.core.documentation;

import static java.util.Objects.requireNonNull;

import io.github.gpai4j.core.Recipient;
import io.github.gpai4j.core.json.DocumentReadException;
import io.github.gpai4j.core.json.Gpai4jJson;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.node.ObjectNode;

/** Projects a document onto one recipient's items, driven by the pointers of the {@link MdfItem} catalogue. */
final class RecipientViews {
  private RecipientViews() {}

  static ModelDocumentation project(ModelDocumentation document, Recipient recipient) {
    requireNonNull(recipient, "recipient");
    Gpai4jJson json = Gpai4jJson.strict();
    JsonNode tree = json.toTree(document);
    for (MdfItem item : MdfItem.values()) {
      if (!item.isFor(recipient)) {
        remove(tree, item.pointer());
      }
    }
    if (recipient == Recipient.DOWNSTREAM_PROVIDER) {
      remove(tree, "/systemicRiskDocumentation");
    }
    try {
      return json.fromTree(tree, ModelDocumentation.class);
    } catch (DocumentReadException e) {
      throw new IllegalStateException("A projection of a valid document must read back", e);
    }
  }

  private static void remove(JsonNode root, String pointer) {
    int slash = pointer.lastIndexOf('/');
    JsonNode parent = slash == 0 ? root : root.at(pointer.substring(0, slash));
    if (parent instanceof ObjectNode object) {
      object.remove(pointer.substring(slash + 1));
    }
  }
}
