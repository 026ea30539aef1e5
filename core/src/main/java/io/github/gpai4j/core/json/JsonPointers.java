package io.github.gpai4j.core.json;

import java.util.List;
import tools.jackson.core.JacksonException;

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
}
