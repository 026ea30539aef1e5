package io.github.gpai4j.cli;

/** Markdown for the command line: escaping and a heading-and-list rendering of the library's text layouts. */
final class Markdown {
  private Markdown() {}

  /** Escapes the characters that would add markup, so that a value is shown as written. */
  static String escape(String s) {
    StringBuilder sb = new StringBuilder(s.length() + 8);
    for (int i = 0; i < s.length(); i++) {
      char c = s.charAt(i);
      if ("\\`*_[]<>#|".indexOf(c) >= 0) {
        sb.append('\\');
      }
      sb.append(c == '\n' || c == '\r' ? ' ' : c);
    }
    return sb.toString();
  }

  /**
   * Renders the layout of the classification and obligation texts: the first line becomes the title, other lines
   * that start in the first column become sections, reason lines ({@code "  - "}, {@code "  ! "}) list items and
   * other indented lines paragraphs of their section.
   */
  static String fromText(String text) {
    StringBuilder sb = new StringBuilder(text.length() + 256);
    boolean first = true;
    boolean inList = false;
    for (String line : text.split("\n", -1)) {
      if (line.isBlank()) {
        continue;
      }
      if (first) {
        sb.append("# ").append(escape(line)).append("\n\n");
        first = false;
      } else if (!line.startsWith(" ")) {
        sb.append(inList ? "\n" : "").append("## ").append(escape(line)).append("\n\n");
        inList = false;
      } else if (line.startsWith("  - ") || line.startsWith("  ! ")) {
        sb.append("- ").append(line.startsWith("  ! ") ? "⚠ " : "").append(escape(line.substring(4))).append('\n');
        inList = true;
      } else {
        sb.append(inList ? "\n" : "").append(escape(line.strip())).append("\n\n");
        inList = false;
      }
    }
    return sb.toString();
  }
}
