package io.github.gpai4j.core.documentation;

import io.github.gpai4j.core.form.FormItem;
import io.github.gpai4j.core.form.FormTable;
import io.github.gpai4j.core.json.DocumentReadException;
import io.github.gpai4j.core.json.Gpai4jJson;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.node.ObjectNode;

/** Merges a model variant's answers into its family's document; the form table says which items vary. */
final class Variants {
  private Variants() {}

  static ModelDocumentation effective(ModelDocumentation family, ModelVariant variant, FormTable table) {
    Gpai4jJson json = Gpai4jJson.strict();
    ObjectNode tree = (ObjectNode) json.toTree(family.withVariants(java.util.List.of()));
    JsonNode own = json.toTree(variant);
    for (FormItem item : table.items()) {
      if (!item.perVariant()) {
        continue;
      }
      JsonNode answer = own.at(item.pointer());
      if (answer.isMissingNode() || answer.isNull() || answer.isArray() && answer.isEmpty()) {
        continue;
      }
      int slash = item.pointer().lastIndexOf('/');
      String parentPointer = item.pointer().substring(0, slash);
      JsonNode parent = parentPointer.isEmpty() ? tree : tree.at(parentPointer);
      if (parent.isMissingNode() || parent.isNull()) {
        parent = tree.putObject(parentPointer.substring(1));
      }
      if (parent instanceof ObjectNode object) {
        object.set(item.pointer().substring(slash + 1), answer);
      }
    }
    try {
      return json.fromTree(tree, ModelDocumentation.class);
    } catch (DocumentReadException e) {
      throw new IllegalStateException("A variant of a readable document must read back", e);
    }
  }
}
