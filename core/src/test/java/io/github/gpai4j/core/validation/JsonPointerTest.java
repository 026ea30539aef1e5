package io.github.gpai4j.core.validation;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/** RFC 6901 section 3: {@code ~} is written {@code ~0}, {@code /} is written {@code ~1}; "" is the whole document. */
class JsonPointerTest {

  @Test
  void root_is_the_empty_string() {
    assertEquals("", JsonPointer.root().text());
    assertEquals(JsonPointer.root(), JsonPointer.parse(""));
    assertTrue(JsonPointer.root().isRoot());
  }

  @Test
  void escapes_tilde_before_slash() {
    assertEquals("/a~1b/m~0n/~01", JsonPointer.root().append("a/b").append("m~n").append("~1").text());
  }

  @Test
  void parses_the_rfc_6901_examples() {
    assertEquals(List.of("a/b"), JsonPointer.parse("/a~1b").segments());
    assertEquals(List.of("m~n"), JsonPointer.parse("/m~0n").segments());
    assertEquals(List.of(""), JsonPointer.parse("/").segments());
    assertEquals(List.of("~1"), JsonPointer.parse("/~01").segments());
  }

  @Test
  void round_trips_text() {
    String text = "/modelProperties/inputs/0/max~1size/~0x/";
    assertEquals(text, JsonPointer.parse(text).text());
  }

  @Test
  void rejects_text_without_leading_slash() {
    assertThrows(IllegalArgumentException.class, () -> JsonPointer.parse("a/b"));
  }

  @Test
  void rejects_tilde_not_followed_by_zero_or_one() {
    assertThrows(IllegalArgumentException.class, () -> JsonPointer.parse("/a~2"));
    assertThrows(IllegalArgumentException.class, () -> JsonPointer.parse("/a~"));
  }

  @Test
  void rejects_negative_array_index() {
    assertThrows(IllegalArgumentException.class, () -> JsonPointer.root().append(-1));
  }

  @Test
  void rejects_null_tokens() {
    assertThrows(NullPointerException.class, () -> JsonPointer.root().append((String) null));
  }

  @Test
  void orders_array_indices_numerically_and_parents_first() {
    List<JsonPointer> pointers = new ArrayList<>(List.of(
        JsonPointer.parse("/items/10"), JsonPointer.parse("/items/2"), JsonPointer.parse("/items"),
        JsonPointer.parse("/items/02"), JsonPointer.parse("/a"), JsonPointer.root()));
    pointers.sort(null);
    assertEquals(List.of("", "/a", "/items", "/items/2", "/items/10", "/items/02"),
        pointers.stream().map(JsonPointer::text).toList());
  }

  @Test
  void orders_indices_before_names_so_the_order_is_transitive() {
    JsonPointer nine = JsonPointer.of("9");
    JsonPointer ten = JsonPointer.of("10");
    JsonPointer name = JsonPointer.of("1a");
    assertTrue(nine.compareTo(ten) < 0);
    assertTrue(ten.compareTo(name) < 0);
    assertTrue(nine.compareTo(name) < 0);
  }

  /** For random tokens over an alphabet rich in escapes, parsing the text form gives the pointer back. */
  @Test
  void parsing_the_text_form_round_trips_random_pointers() {
    long seed = 20261128L;
    java.util.SplittableRandom random = new java.util.SplittableRandom(seed);
    String alphabet = "~/01a\u00e9 ";
    for (int n = 0; n < 2000; n++) {
      List<String> tokens = new ArrayList<>();
      int size = random.nextInt(5);
      for (int i = 0; i < size; i++) {
        StringBuilder t = new StringBuilder();
        int length = random.nextInt(6);
        for (int j = 0; j < length; j++) {
          t.append(alphabet.charAt(random.nextInt(alphabet.length())));
        }
        tokens.add(t.toString());
      }
      JsonPointer p = new JsonPointer(tokens);
      assertEquals(p, JsonPointer.parse(p.text()), "seed " + seed + ", case " + n + ": " + tokens);
    }
  }

  @Test
  void knows_its_parent_and_prefixes() {
    JsonPointer p = JsonPointer.of("a", "b").append(3);
    assertEquals(JsonPointer.of("a", "b"), p.parent());
    assertTrue(p.startsWith(JsonPointer.of("a")));
    assertEquals(JsonPointer.root(), JsonPointer.root().parent());
  }
}
