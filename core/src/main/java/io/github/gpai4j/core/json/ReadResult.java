package io.github.gpai4j.core.json;

import static java.util.Objects.requireNonNull;

import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;
import tools.jackson.databind.JsonNode;

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
   * @throws NullPointerException if an argument is null
   */
  public ReadResult {
    requireNonNull(value, "value");
    requireNonNull(unknownProperties, "unknownProperties");
    Map<String, JsonNode> copy = new LinkedHashMap<>();
    unknownProperties.forEach((k, v) -> copy.put(requireNonNull(k, "pointer"), v.deepCopy()));
    unknownProperties = Collections.unmodifiableMap(copy);
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
