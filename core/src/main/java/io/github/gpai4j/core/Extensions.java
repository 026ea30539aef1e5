package io.github.gpai4j.core;

import static java.util.Objects.requireNonNull;

import com.fasterxml.jackson.annotation.JsonCreator;
import com.fasterxml.jackson.annotation.JsonValue;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import tools.jackson.databind.JsonNode;

/**
 * What a document says beyond its form and its typed additions, kept as JSON values: real documents carry facts no
 * form asks for (export-control statements, links, internal identifiers), and gpai4j neither rejects nor drops them.
 * In JSON it is an object, {@code "extensions": {"exportControl": "EAR99", ...}}, read as given and written back
 * unchanged.
 *
 * <p>Instances are immutable: the values are deep copies, and {@link #get} returns a copy.
 *
 * @since 0.3.0
 */
public final class Extensions {

  private static final Extensions EMPTY = new Extensions(Map.of());

  private final Map<String, JsonNode> values;

  private Extensions(Map<String, JsonNode> values) {
    this.values = values;
  }

  /**
   * Returns no extensions.
   *
   * @return the empty value
   */
  public static Extensions empty() {
    return EMPTY;
  }

  /**
   * Returns the given extensions, copied.
   *
   * @param values the values by name, in the order to write them, not null, without null keys or values
   * @return the extensions
   * @throws NullPointerException if the map, a name or a value is null
   */
  @JsonCreator(mode = JsonCreator.Mode.DELEGATING)
  public static Extensions of(Map<String, ? extends JsonNode> values) {
    requireNonNull(values, "values");
    Map<String, JsonNode> copy = new LinkedHashMap<>();
    for (Map.Entry<String, ? extends JsonNode> e : values.entrySet()) {
      copy.put(requireNonNull(e.getKey(), "name"), requireNonNull(e.getValue(), "value").deepCopy());
    }
    return copy.isEmpty() ? EMPTY : new Extensions(Collections.unmodifiableMap(copy));
  }

  /**
   * Returns these extensions with one more value, or with a value replaced.
   *
   * @param name the name, not null
   * @param value the value, not null
   * @return the new extensions
   */
  public Extensions with(String name, JsonNode value) {
    requireNonNull(name, "name");
    requireNonNull(value, "value");
    Map<String, JsonNode> copy = new LinkedHashMap<>(values);
    copy.put(name, value);
    return of(copy);
  }

  /**
   * Returns the names, in order.
   *
   * @return the names, unmodifiable
   */
  public Set<String> names() {
    return values.keySet();
  }

  /**
   * Returns a copy of the value of an extension.
   *
   * @param name the name, not null
   * @return the value, or empty if there is none of that name
   */
  public Optional<JsonNode> get(String name) {
    requireNonNull(name, "name");
    JsonNode v = values.get(name);
    return v == null ? Optional.empty() : Optional.of(v.deepCopy());
  }

  /**
   * Returns whether there are none.
   *
   * @return true if empty
   */
  public boolean isEmpty() {
    return values.isEmpty();
  }

  /**
   * Returns the values as a map of copies, as JSON writes them.
   *
   * @return the map, unmodifiable
   */
  @JsonValue
  public Map<String, JsonNode> asMap() {
    Map<String, JsonNode> copy = new LinkedHashMap<>();
    values.forEach((k, v) -> copy.put(k, v.deepCopy()));
    return Collections.unmodifiableMap(copy);
  }

  @Override
  public boolean equals(Object o) {
    return o instanceof Extensions e && values.equals(e.values);
  }

  @Override
  public int hashCode() {
    return values.hashCode();
  }

  @Override
  public String toString() {
    return "Extensions" + values;
  }
}
