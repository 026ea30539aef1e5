package io.github.gpai4j.core.json;

import static java.util.Objects.requireNonNull;

import java.util.ArrayDeque;
import java.util.Collections;
import java.util.Deque;
import java.util.LinkedHashMap;
import java.util.Map;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.node.ArrayNode;
import tools.jackson.databind.node.JsonNodeFactory;
import tools.jackson.databind.node.ObjectNode;

/**
 * A value read in lenient mode together with every property the schema does not know, keyed by the JSON Pointer
 * (RFC 6901) where it stood, in document order. Nothing is dropped: {@link Gpai4jJson#write(ReadResult)} puts the
 * unknown properties back where they were.
 *
 * @param value the bound value, not null
 * @param unknownProperties the unknown properties by JSON Pointer, in document order, not null
 * @param <T> the value type
 * @since 0.1.0
 */
public record ReadResult<T>(T value, Map<String, JsonNode> unknownProperties) {

  /**
   * Copies the unknown properties into an unmodifiable map that keeps their order.
   *
   * @param value the bound value, not null
   * @param unknownProperties the unknown properties by JSON Pointer, in document order, not null
   * @throws NullPointerException if an argument, a pointer or a property value is null
   * @throws IllegalArgumentException if a key is not a JSON Pointer to a property (RFC 6901: {@code /} followed by
   *     reference tokens, {@code ~} escaped as {@code ~0} and {@code /} as {@code ~1})
   */
  public ReadResult {
    requireNonNull(value, "value");
    requireNonNull(unknownProperties, "unknownProperties");
    Map<String, JsonNode> copy = new LinkedHashMap<>();
    unknownProperties.forEach((k, v) -> {
      requireNonNull(k, "pointer");
      if (JsonPointers.tokens(k).isEmpty()) {
        throw new IllegalArgumentException("An unknown property needs a pointer to a property, not \"\" (the"
            + " document itself)");
      }
      copy.put(k, deepCopy(requireNonNull(v, "unknownProperties value at " + k)));
    });
    unknownProperties = Collections.unmodifiableMap(copy);
  }

  /**
   * Copies a tree without recursion, so that values nested as deep as raised read limits allow are copied too.
   */
  private static JsonNode deepCopy(JsonNode root) {
    if (!root.isContainer()) {
      return root.deepCopy();
    }
    JsonNodeFactory nodes = JsonNodeFactory.instance;
    JsonNode top = root.isArray() ? nodes.arrayNode() : nodes.objectNode();
    Deque<JsonNode[]> pending = new ArrayDeque<>();
    pending.push(new JsonNode[] {root, top});
    while (!pending.isEmpty()) {
      JsonNode[] pair = pending.pop();
      JsonNode source = pair[0];
      if (source.isArray()) {
        ArrayNode target = (ArrayNode) pair[1];
        for (JsonNode child : source.values()) {
          target.add(copyOrQueue(child, pending, nodes));
        }
      } else {
        ObjectNode target = (ObjectNode) pair[1];
        for (Map.Entry<String, JsonNode> child : source.properties()) {
          target.set(child.getKey(), copyOrQueue(child.getValue(), pending, nodes));
        }
      }
    }
    return top;
  }

  private static JsonNode copyOrQueue(JsonNode child, Deque<JsonNode[]> pending, JsonNodeFactory nodes) {
    if (!child.isContainer()) {
      return child.deepCopy();
    }
    JsonNode copy = child.isArray() ? nodes.arrayNode() : nodes.objectNode();
    pending.push(new JsonNode[] {child, copy});
    return copy;
  }

  /**
   * Returns whether the input held properties the schema does not know.
   *
   * @return true if any unknown property was kept
   */
  public boolean hasUnknownProperties() {
    return !unknownProperties.isEmpty();
  }
}
