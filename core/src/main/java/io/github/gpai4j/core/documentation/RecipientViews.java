package io.github.gpai4j.core.documentation;

import static java.util.Objects.requireNonNull;

import io.github.gpai4j.core.Recipient;
import io.github.gpai4j.core.form.FormItem;
import io.github.gpai4j.core.form.FormTable;
import io.github.gpai4j.core.json.DocumentReadException;
import io.github.gpai4j.core.json.Gpai4jJson;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.node.ObjectNode;

/**
 * Projects a document onto one recipient's items, driven by the pointers and recipients of its form table: an
 * item that does not go to the recipient ({@link FormItem#isFor}) is removed.
 */
final class RecipientViews {
  private RecipientViews() {}

  static <D> D project(D document, Class<D> type, FormTable table, Recipient recipient, String... alsoRemove) {
    requireNonNull(recipient, "recipient");
    Gpai4jJson json = Gpai4jJson.strict();
    JsonNode tree = json.toTree(document);
    JsonNode variants = tree.get("variants");
    for (FormItem item : table.items()) {
      if (!item.isFor(recipient)) {
        remove(tree, item.pointer());
        if (item.perVariant() && variants != null) {
          for (JsonNode variant : variants) {
            remove(variant, item.pointer());
          }
        }
      }
    }
    for (String pointer : alsoRemove) {
      remove(tree, pointer);
    }
    try {
      return json.fromTree(tree, type);
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
