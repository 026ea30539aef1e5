package io.github.gpai4j.testkit.domain;

import io.github.gpai4j.core.json.DocumentReadException;
import io.github.gpai4j.core.json.Gpai4jJson;
import io.github.gpai4j.core.validation.JsonPointer;
import java.math.BigDecimal;
import java.util.Collection;
import java.util.function.Consumer;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.node.ArrayNode;
import tools.jackson.databind.node.JsonNodeFactory;
import tools.jackson.databind.node.ObjectNode;

/**
 * Edits a document through its JSON tree, addressed by the JSON Pointers of its form table, so that no switch over
 * items restates the accessors: remove an item, put a text or a figure at a pointer. Not API.
 */
final class TreeEdits {
  private static final Gpai4jJson JSON = Gpai4jJson.strict();

  private TreeEdits() {}

  /** Returns a copy of the document with its tree changed. */
  static <D> D edit(D document, Class<D> type, Consumer<JsonNode> change) {
    JsonNode tree = JSON.toTree(document);
    change.accept(tree);
    try {
      return JSON.fromTree(tree, type);
    } catch (DocumentReadException e) {
      throw new IllegalStateException("An edited document must read back: " + e.getMessage(), e);
    }
  }

  /** Returns a copy of the document without the values at the pointers. */
  static <D> D remove(D document, Class<D> type, Collection<String> pointers) {
    return edit(document, type, tree -> pointers.forEach(p -> remove(tree, p)));
  }

  /** Returns the node at a pointer, or null. */
  static JsonNode at(JsonNode root, String pointer) {
    JsonNode node = root.at(pointer);
    return node.isMissingNode() ? null : node;
  }

  static void remove(JsonNode root, String pointer) {
    JsonNode parent = parent(root, pointer);
    String last = last(pointer);
    if (parent instanceof ObjectNode object) {
      object.remove(last);
    } else if (parent instanceof ArrayNode array) {
      array.remove(Integer.parseInt(last));
    }
  }

  static void setText(JsonNode root, String pointer, String text) {
    set(root, pointer, JsonNodeFactory.instance.stringNode(text));
  }

  /**
   * Replaces the figure at a pointer: the number itself, or the one number inside a quantity object (such as
   * {@code {"flop": 2.4E+25}}).
   */
  static void setFigure(JsonNode root, String pointer, BigDecimal value) {
    JsonNode node = at(root, pointer);
    if (node instanceof ObjectNode object) {
      for (String name : object.propertyNames()) {
        if (object.get(name).isNumber()) {
          object.put(name, value);
          return;
        }
      }
      throw new IllegalArgumentException("No figure inside " + pointer);
    }
    set(root, pointer, JsonNodeFactory.instance.numberNode(value));
  }

  private static void set(JsonNode root, String pointer, JsonNode value) {
    JsonNode parent = parent(root, pointer);
    String last = last(pointer);
    if (parent instanceof ObjectNode object) {
      object.set(last, value);
    } else if (parent instanceof ArrayNode array) {
      array.set(Integer.parseInt(last), value);
    } else {
      throw new IllegalArgumentException("No object or array holds " + pointer);
    }
  }

  private static JsonNode parent(JsonNode root, String pointer) {
    JsonPointer parent = JsonPointer.parse(pointer).parent();
    return parent.isRoot() ? root : root.at(parent.text());
  }

  private static String last(String pointer) {
    java.util.List<String> segments = JsonPointer.parse(pointer).segments();
    return segments.get(segments.size() - 1);
  }
}
