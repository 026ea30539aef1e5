package io.github.gpai4j.core.json;

import java.util.ArrayList;
import java.util.List;
import tools.jackson.core.JacksonException;
import tools.jackson.core.TokenStreamContext;

/** JSON Pointer (RFC 6901) helpers. */
final class JsonPointers {
  private JsonPointers() {}

  /**
   * Escapes one reference token: {@code ~} becomes {@code ~0} and {@code /} becomes {@code ~1}.
   *
   * @param token the unescaped token
   * @return the escaped token
   */
  static String escape(String token) {
    return token.replace("~", "~0").replace("/", "~1");
  }

  /**
   * Reverses {@link #escape(String)}: {@code ~1} becomes {@code /}, then {@code ~0} becomes {@code ~}.
   *
   * @param token the escaped token
   * @return the unescaped token
   */
  static String unescape(String token) {
    return token.replace("~1", "/").replace("~0", "~");
  }

  /**
   * Renders a Jackson reference path as a JSON Pointer.
   *
   * @param path the path from the outermost value inwards
   * @return the pointer, {@code ""} for an empty path
   */
  static String of(List<JacksonException.Reference> path) {
    StringBuilder sb = new StringBuilder();
    for (JacksonException.Reference r : path) {
      if (r.getPropertyName() != null) {
        sb.append('/').append(escape(r.getPropertyName()));
      } else if (r.getIndex() >= 0) {
        sb.append('/').append(r.getIndex());
      }
    }
    return sb.toString();
  }

  /**
   * Renders a parser's position as a JSON Pointer: the property or array element being read, or the object or
   * array just opened.
   *
   * @param context the parser's read context
   * @return the pointer, {@code ""} at the top level
   */
  static String of(TokenStreamContext context) {
    return context.pathAsPointer().toString();
  }

  /**
   * Splits a JSON Pointer into its unescaped reference tokens, checking its syntax (RFC 6901 section 3): it is
   * empty or starts with {@code /}, and every {@code ~} is followed by {@code 0} or {@code 1}.
   *
   * @param pointer the pointer
   * @return the tokens, empty for the whole document
   * @throws IllegalArgumentException if the pointer is not a JSON Pointer
   */
  static List<String> tokens(String pointer) {
    if (pointer.isEmpty()) {
      return List.of();
    }
    if (pointer.charAt(0) != '/') {
      throw new IllegalArgumentException("Not a JSON Pointer (it must be empty or start with '/'): \"" + pointer
          + "\"");
    }
    List<String> out = new ArrayList<>();
    int start = 1;
    for (int i = 1; i <= pointer.length(); i++) {
      if (i == pointer.length() || pointer.charAt(i) == '/') {
        out.add(unescape(pointer.substring(start, i)));
        start = i + 1;
      } else if (pointer.charAt(i) == '~'
          && (i + 1 == pointer.length() || pointer.charAt(i + 1) != '0' && pointer.charAt(i + 1) != '1')) {
        throw new IllegalArgumentException("Not a JSON Pointer ('~' must be followed by 0 or 1): \"" + pointer
            + "\"");
      }
    }
    return out;
  }

  /**
   * Returns whether a reference token is an array index as RFC 6901 writes it: {@code 0} or digits without a
   * leading zero, small enough for an {@code int}.
   *
   * @param token the unescaped token
   * @return true for an array index
   */
  static boolean isIndex(String token) {
    if (token.isEmpty() || token.length() > 9 || token.length() > 1 && token.charAt(0) == '0') {
      return false;
    }
    for (int i = 0; i < token.length(); i++) {
      if (token.charAt(i) < '0' || token.charAt(i) > '9') {
        return false;
      }
    }
    return true;
  }
}
