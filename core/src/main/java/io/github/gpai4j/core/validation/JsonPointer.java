package io.github.gpai4j.core.validation;

import static java.util.Objects.requireNonNull;

import com.fasterxml.jackson.annotation.JsonCreator;
import com.fasterxml.jackson.annotation.JsonValue;
import java.util.ArrayList;
import java.util.List;

/**
 * A location inside a JSON document written as a JSON Pointer (RFC 6901), the form in which every gpai4j
 * finding says where the problem is.
 *
 * <p>A pointer is a sequence of reference tokens ({@link #segments()}); its text form joins them with {@code /}
 * after escaping {@code ~} as {@code ~0} and {@code /} as {@code ~1} (RFC 6901 section 3). The empty pointer
 * {@code ""} designates the whole document. Tokens are kept unescaped, so {@code JsonPointer.root().append("a/b")}
 * renders as {@code /a~1b} and {@link #parse(String)} reads that text back to the same pointer.
 *
 * <p>Pointers are immutable, compare by segments and order token by token: a pointer comes before its
 * extensions; tokens that are array indices (RFC 6901 section 4: {@code 0} or digits without a leading zero)
 * come before other tokens and compare as numbers, so {@code /items/2} comes before {@code /items/10}; other
 * tokens compare by their UTF-16 code units.
 *
 * @param segments the unescaped reference tokens from the root, not null; may be empty (the root)
 * @since 0.1.0
 */
public record JsonPointer(List<String> segments) implements Comparable<JsonPointer> {

  private static final JsonPointer ROOT = new JsonPointer(List.of());

  /**
   * Checks and copies the tokens.
   *
   * @param segments the unescaped tokens
   * @throws NullPointerException if the list or any token is null
   */
  public JsonPointer {
    segments = List.copyOf(requireNonNull(segments, "segments"));
  }

  /**
   * Returns the pointer to the whole document, whose text form is the empty string.
   *
   * @return the root pointer
   */
  public static JsonPointer root() {
    return ROOT;
  }

  /**
   * Returns the pointer made of the given unescaped tokens, for example {@code of("modelProperties", "inputs")}.
   *
   * @param segments the tokens, not null
   * @return the pointer
   * @throws NullPointerException if any token is null
   */
  public static JsonPointer of(String... segments) {
    requireNonNull(segments, "segments");
    return new JsonPointer(List.of(segments));
  }

  /**
   * Parses the text form of a pointer (RFC 6901 section 3): empty, or a sequence of {@code /}-prefixed tokens
   * in which {@code ~} is followed only by {@code 0} or {@code 1}.
   *
   * @param text the pointer text, not null
   * @return the pointer
   * @throws NullPointerException if the text is null
   * @throws IllegalArgumentException if the text is neither empty nor starts with {@code /}, or contains a
   *     {@code ~} not followed by {@code 0} or {@code 1}
   */
  @JsonCreator
  public static JsonPointer parse(String text) {
    requireNonNull(text, "text");
    if (text.isEmpty()) {
      return ROOT;
    }
    if (text.charAt(0) != '/') {
      throw new IllegalArgumentException("A JSON Pointer is empty or starts with '/', was '" + text + "'");
    }
    List<String> tokens = new ArrayList<>();
    StringBuilder token = new StringBuilder();
    for (int i = 1; i < text.length(); i++) {
      char c = text.charAt(i);
      if (c == '/') {
        tokens.add(token.toString());
        token.setLength(0);
      } else if (c == '~') {
        char next = i + 1 < text.length() ? text.charAt(i + 1) : '\0';
        if (next == '0') {
          token.append('~');
        } else if (next == '1') {
          token.append('/');
        } else {
          throw new IllegalArgumentException(
              "In a JSON Pointer '~' must be followed by '0' or '1' (position " + i + " of '" + text + "')");
        }
        i++;
      } else {
        token.append(c);
      }
    }
    tokens.add(token.toString());
    return new JsonPointer(tokens);
  }

  /**
   * Returns this pointer extended by one object member name.
   *
   * @param name the unescaped member name, not null
   * @return the longer pointer
   */
  public JsonPointer append(String name) {
    requireNonNull(name, "name");
    List<String> longer = new ArrayList<>(segments.size() + 1);
    longer.addAll(segments);
    longer.add(name);
    return new JsonPointer(longer);
  }

  /**
   * Returns this pointer extended by one array index.
   *
   * @param index the zero-based index, not negative
   * @return the longer pointer
   * @throws IllegalArgumentException if the index is negative
   */
  public JsonPointer append(int index) {
    if (index < 0) {
      throw new IllegalArgumentException("An array index must not be negative, was " + index);
    }
    return append(Integer.toString(index));
  }

  /**
   * Returns this pointer extended by all tokens of another one, as if the other were relative to this.
   *
   * @param relative the pointer to append, not null
   * @return the longer pointer
   */
  public JsonPointer append(JsonPointer relative) {
    requireNonNull(relative, "relative");
    if (relative.segments.isEmpty()) {
      return this;
    }
    List<String> longer = new ArrayList<>(segments);
    longer.addAll(relative.segments);
    return new JsonPointer(longer);
  }

  /**
   * Returns whether this pointer designates the whole document.
   *
   * @return true for the empty pointer
   */
  public boolean isRoot() {
    return segments.isEmpty();
  }

  /**
   * Returns the pointer to the enclosing value.
   *
   * @return the parent pointer; the root is its own parent
   */
  public JsonPointer parent() {
    return segments.isEmpty() ? this : new JsonPointer(segments.subList(0, segments.size() - 1));
  }

  /**
   * Returns whether this pointer equals {@code other} or designates a value inside it.
   *
   * @param other the possibly enclosing pointer, not null
   * @return true if {@code other}'s tokens are a prefix of this pointer's tokens
   */
  public boolean startsWith(JsonPointer other) {
    requireNonNull(other, "other");
    return segments.size() >= other.segments.size()
        && segments.subList(0, other.segments.size()).equals(other.segments);
  }

  /**
   * Returns the RFC 6901 text form, with {@code ~} escaped as {@code ~0} and {@code /} as {@code ~1}; the
   * root is the empty string.
   *
   * @return the pointer text, never null
   */
  @JsonValue
  public String text() {
    if (segments.isEmpty()) {
      return "";
    }
    StringBuilder sb = new StringBuilder(16 * segments.size());
    for (String s : segments) {
      sb.append('/');
      for (int i = 0; i < s.length(); i++) {
        char c = s.charAt(i);
        if (c == '~') {
          sb.append("~0");
        } else if (c == '/') {
          sb.append("~1");
        } else {
          sb.append(c);
        }
      }
    }
    return sb.toString();
  }

  /**
   * Orders pointers token by token; a pointer precedes its extensions, array indices compare numerically.
   *
   * @param other the other pointer, not null
   */
  @Override
  public int compareTo(JsonPointer other) {
    requireNonNull(other, "other");
    int n = Math.min(segments.size(), other.segments.size());
    for (int i = 0; i < n; i++) {
      int c = compareTokens(segments.get(i), other.segments.get(i));
      if (c != 0) {
        return c;
      }
    }
    return Integer.compare(segments.size(), other.segments.size());
  }

  private static int compareTokens(String a, String b) {
    boolean ia = isIndex(a);
    boolean ib = isIndex(b);
    if (ia && ib) {
      int c = Integer.compare(a.length(), b.length());
      return c != 0 ? c : a.compareTo(b);
    }
    return ia ? -1 : ib ? 1 : a.compareTo(b);
  }

  private static boolean isIndex(String token) {
    if (token.isEmpty() || token.length() > 1 && token.charAt(0) == '0') {
      return false;
    }
    for (int i = 0; i < token.length(); i++) {
      char c = token.charAt(i);
      if (c < '0' || c > '9') {
        return false;
      }
    }
    return true;
  }

  /** Returns the RFC 6901 text form, as {@link #text()}. */
  @Override
  public String toString() {
    return text();
  }
}
