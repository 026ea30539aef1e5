package io.github.gpai4j.core.validation;

import static java.util.Objects.requireNonNull;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.jspecify.annotations.Nullable;
import tools.jackson.core.JacksonException;
import tools.jackson.core.JsonParser;
import tools.jackson.core.JsonToken;
import tools.jackson.core.ObjectReadContext;
import tools.jackson.core.TokenStreamLocation;
import tools.jackson.core.json.JsonFactory;

/**
 * Where each value of a JSON text starts, by JSON Pointer (RFC 6901), so that a finding's location can be shown as
 * a line and column of the input file (as SARIF and editors want it).
 *
 * <p>{@link #index(byte[])} reads the text once with a streaming parser and records, for every value (object,
 * array or scalar), the line and column of its first character; the cost is linear in the size of the text. Lines
 * and columns count from 1; columns count UTF-16 code units of the decoded text (SARIF's default column kind), so
 * a character outside the Basic Multilingual Plane counts as two. {@link #locate(JsonPointer)} maps a pointer that
 * names no value of the text (a missing property, for example) to its nearest existing ancestor.
 *
 * <p>Text that is not well-formed JSON is indexed up to the first error: the values read before it keep their
 * positions. Duplicate property names keep the position of their first occurrence. Instances are immutable and
 * thread-safe.
 *
 * @since 0.2.0
 */
public final class JsonLocations {

  private static final JsonFactory FACTORY = new JsonFactory();
  private static final JsonLocations EMPTY = new JsonLocations(Map.of());

  /** Position per pointer text: line in the high 32 bits, column in the low 32 bits. */
  private final Map<String, Long> positions;

  private JsonLocations(Map<String, Long> positions) {
    this.positions = positions;
  }

  /**
   * The line and column of a value in a JSON text, and the pointer of the value found there.
   *
   * @param pointer the pointer of the value at this position: the pointer asked for, or its nearest existing
   *     ancestor, not null
   * @param line the line, from 1
   * @param column the column in UTF-16 code units, from 1
   * @since 0.2.0
   */
  public record Position(JsonPointer pointer, int line, int column) {

    /**
     * Checks the components.
     *
     * @param pointer the pointer
     * @param line the line
     * @param column the column
     * @throws NullPointerException if the pointer is null
     * @throws IllegalArgumentException if the line or column is less than 1
     */
    public Position {
      requireNonNull(pointer, "pointer");
      if (line < 1 || column < 1) {
        throw new IllegalArgumentException("Lines and columns count from 1, was " + line + ":" + column);
      }
    }
  }

  /**
   * Indexes a JSON text given as UTF-8 bytes (a leading byte-order mark is skipped).
   *
   * @param json the text, not null
   * @return the index
   * @throws NullPointerException if the text is null
   */
  public static JsonLocations index(byte[] json) {
    requireNonNull(json, "json");
    return index(new String(json, StandardCharsets.UTF_8));
  }

  /**
   * Indexes a JSON text (a leading byte-order mark is skipped).
   *
   * @param json the text, not null
   * @return the index
   * @throws NullPointerException if the text is null
   */
  public static JsonLocations index(String json) {
    requireNonNull(json, "json");
    int skip = !json.isEmpty() && json.charAt(0) == '\ufeff' ? 1 : 0;
    Map<String, Long> positions = new HashMap<>();
    // One pointer text per open container; the name or index of the next value inside it.
    List<String> paths = new ArrayList<>();
    List<Integer> indices = new ArrayList<>();
    @Nullable String pendingName = null;
    try (JsonParser p = FACTORY.createParser(ObjectReadContext.empty(), json.substring(skip))) {
      JsonToken t;
      while ((t = p.nextToken()) != null) {
        if (t == JsonToken.PROPERTY_NAME) {
          pendingName = p.currentName();
          continue;
        }
        if (t == JsonToken.END_OBJECT || t == JsonToken.END_ARRAY) {
          paths.remove(paths.size() - 1);
          indices.remove(indices.size() - 1);
          continue;
        }
        String path;
        int depth = paths.size();
        if (depth == 0) {
          path = "";
        } else if (indices.get(depth - 1) >= 0) {
          int i = indices.get(depth - 1);
          indices.set(depth - 1, i + 1);
          path = paths.get(depth - 1) + "/" + i;
        } else {
          path = paths.get(depth - 1) + "/" + escape(requireNonNull(pendingName, "pendingName"));
        }
        TokenStreamLocation at = p.currentTokenLocation();
        int column = at.getColumnNr() + (at.getLineNr() == 1 ? skip : 0);
        positions.putIfAbsent(path, ((long) at.getLineNr() << 32) | (column & 0xffffffffL));
        if (t == JsonToken.START_OBJECT) {
          paths.add(path);
          indices.add(-1);
        } else if (t == JsonToken.START_ARRAY) {
          paths.add(path);
          indices.add(0);
        }
      }
    } catch (JacksonException e) {
      // Not well-formed from here on: keep what was read.
    }
    return positions.isEmpty() ? EMPTY : new JsonLocations(Map.copyOf(positions));
  }

  /**
   * Returns the position of the value a pointer names, or of its nearest ancestor that the text holds.
   *
   * @param pointer the pointer, not null
   * @return the position, or null only if the text holds no value at all (empty or malformed from the start)
   * @throws NullPointerException if the pointer is null
   */
  public @Nullable Position locate(JsonPointer pointer) {
    requireNonNull(pointer, "pointer");
    JsonPointer at = pointer;
    while (true) {
      Long packed = positions.get(at.text());
      if (packed != null) {
        return new Position(at, (int) (packed >>> 32), (int) (long) packed);
      }
      if (at.isRoot()) {
        return null;
      }
      at = at.parent();
    }
  }

  /**
   * Returns whether the text holds a value at exactly this pointer.
   *
   * @param pointer the pointer, not null
   * @return true if a value starts there
   * @throws NullPointerException if the pointer is null
   */
  public boolean contains(JsonPointer pointer) {
    return positions.containsKey(requireNonNull(pointer, "pointer").text());
  }

  /**
   * Returns the number of values indexed.
   *
   * @return the count
   */
  public int size() {
    return positions.size();
  }

  private static String escape(String token) {
    return token.indexOf('~') < 0 && token.indexOf('/') < 0 ? token
        : token.replace("~", "~0").replace("/", "~1");
  }

  @Override
  public String toString() {
    return "JsonLocations[" + positions.size() + " values]";
  }
}
