package io.github.gpai4j.core.validation;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;

/**
 * Maps JSON Pointers (RFC 6901) to the line and column where the value starts in the input text, so that a finding
 * can be shown in the file it was found in.
 */
class JsonLocationsTest {

  private static final String TEXT = """
      {
        "a": {
          "b": [10, {"c": "x"}],
          "d/e": true
        },
        "f": "\u00e9\ud83d\ude00", "g": null
      }""";

  private final JsonLocations index = JsonLocations.index(TEXT.getBytes(StandardCharsets.UTF_8));

  private static JsonLocations.Position at(JsonLocations index, String pointer) {
    return index.locate(JsonPointer.parse(pointer));
  }

  @Test
  void locates_the_root_at_the_first_character() {
    assertEquals(new JsonLocations.Position(JsonPointer.root(), 1, 1), at(index, ""));
  }

  @Test
  void locates_objects_arrays_and_array_elements_by_line_and_column() {
    assertEquals(2, at(index, "/a").line());
    assertEquals(8, at(index, "/a").column());
    assertEquals(new JsonLocations.Position(JsonPointer.parse("/a/b"), 3, 10), at(index, "/a/b"));
    assertEquals(new JsonLocations.Position(JsonPointer.parse("/a/b/0"), 3, 11), at(index, "/a/b/0"));
    assertEquals(new JsonLocations.Position(JsonPointer.parse("/a/b/1/c"), 3, 21), at(index, "/a/b/1/c"));
  }

  @Test
  void unescapes_pointer_tokens_with_a_slash() {
    assertEquals(new JsonLocations.Position(JsonPointer.of("a", "d/e"), 4, 12), at(index, "/a/d~1e"));
  }

  @Test
  void counts_columns_in_utf16_code_units_after_non_ascii_text() {
    // "f": "é😀" occupies columns 8-12 (the emoji is two UTF-16 code units), so "g" starts its value at 20.
    assertEquals(new JsonLocations.Position(JsonPointer.of("g"), 6, 20), at(index, "/g"));
  }

  @Test
  void maps_a_pointer_that_names_no_value_to_its_nearest_existing_ancestor() {
    assertEquals(new JsonLocations.Position(JsonPointer.parse("/a/b/1"), 3, 15), at(index, "/a/b/1/missing/deeper"));
    assertEquals(JsonPointer.root(), at(index, "/nothing").pointer());
    assertFalse(index.contains(JsonPointer.of("nothing")));
    assertTrue(index.contains(JsonPointer.of("g")));
  }

  @Test
  void keeps_what_was_read_before_malformed_text() {
    JsonLocations partial = JsonLocations.index("{\"a\": 1,\n \"b\": [tru".getBytes(StandardCharsets.UTF_8));
    assertEquals(new JsonLocations.Position(JsonPointer.of("a"), 1, 7), at(partial, "/a"));
    assertEquals(new JsonLocations.Position(JsonPointer.of("b"), 2, 7), at(partial, "/b/0"));
  }

  @Test
  void locates_nothing_in_empty_text_and_skips_a_byte_order_mark() {
    assertNull(at(JsonLocations.index(new byte[0]), ""));
    JsonLocations bom = JsonLocations.index("\ufeff{\"a\": 1}".getBytes(StandardCharsets.UTF_8));
    assertEquals(new JsonLocations.Position(JsonPointer.of("a"), 1, 8), at(bom, "/a"));
  }
}
