package io.github.gpai4j.core.validation;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.text.MessageFormat;
import java.util.Locale;
import java.util.ResourceBundle;

/** Quoting, escaping and JSON writing shared by findings and reports. Not API. */
final class Rendering {

  /** The labels of report renderings, in this module's bundle. */
  static final MessageSource LABELS =
      MessageSource.ofBundle(locale -> ResourceBundle.getBundle("io.github.gpai4j.core.validation.messages", locale));

  private Rendering() {}

  /**
   * Renders a label of the report renderings. Arguments are numbers (formatted for the locale) or text that is
   * already rendered; {@link MessageFormat} inserts text arguments as they are, never as patterns.
   */
  static String label(String key, Locale locale, Object... arguments) {
    return new MessageFormat(LABELS.template(key, locale), MessageSource.bundleLocale(locale)).format(arguments);
  }

  /**
   * Quotes a document value for a message: “…” in English, « … » (with no-break spaces) in French. Control,
   * line-separator and bidirectional-formatting characters become {@code \\uXXXX}; values longer than
   * {@link Finding#MAX_ARGUMENT_LENGTH} characters are cut and end with an ellipsis.
   */
  static String quote(String value, Locale locale) {
    boolean french = MessageSource.bundleLocale(locale).equals(Locale.FRENCH);
    StringBuilder sb = new StringBuilder(Math.min(value.length(), Finding.MAX_ARGUMENT_LENGTH) + 8);
    sb.append(french ? "«\u00a0" : "\u201c");
    int limit = value.length() > Finding.MAX_ARGUMENT_LENGTH ? Finding.MAX_ARGUMENT_LENGTH : value.length();
    if (limit < value.length() && Character.isHighSurrogate(value.charAt(limit - 1))) {
      limit--;
    }
    for (int i = 0; i < limit; i++) {
      char c = value.charAt(i);
      if (isUnsafe(c)) {
        sb.append(String.format(Locale.ROOT, "\\u%04X", (int) c));
      } else {
        sb.append(c);
      }
    }
    if (limit < value.length()) {
      sb.append('\u2026');
    }
    sb.append(french ? "\u00a0»" : "\u201d");
    return sb.toString();
  }

  private static boolean isUnsafe(char c) {
    return Character.isISOControl(c)
        || c == '\u2028' || c == '\u2029'
        || c >= '\u202a' && c <= '\u202e'
        || c >= '\u2066' && c <= '\u2069'
        || c == '\u200e' || c == '\u200f' || c == '\u061c';
  }

  /** Escapes text for a Markdown table cell: markup characters get a backslash, line breaks become spaces. */
  static String markdown(String text) {
    StringBuilder sb = new StringBuilder(text.length() + 16);
    for (int i = 0; i < text.length(); i++) {
      char c = text.charAt(i);
      switch (c) {
        case '\\', '`', '*', '_', '[', ']', '<', '>', '|', '#', '~', '!', '{', '}' -> sb.append('\\').append(c);
        case '&' -> sb.append("&amp;");
        case '\n', '\r' -> sb.append(' ');
        default -> sb.append(c);
      }
    }
    return sb.toString();
  }

  /**
   * A minimal, deterministic JSON writer: two-space indentation, {@code \n} line ends. It writes to any
   * {@link Appendable} as it goes, so that a large report streams instead of being built in memory; an
   * {@link IOException} from the target is rethrown as an {@link UncheckedIOException}.
   */
  static final class JsonWriter {
    private final Appendable sb;
    private int depth;
    private boolean first = true;
    private boolean afterName;

    JsonWriter beginObject() {
      open('{');
      return this;
    }

    JsonWriter endObject() {
      close('}');
      return this;
    }

    JsonWriter beginArray() {
      open('[');
      return this;
    }

    JsonWriter endArray() {
      close(']');
      return this;
    }

    JsonWriter name(String name) {
      separate();
      string(name);
      append(": ");
      afterName = true;
      return this;
    }

    JsonWriter value(String value) {
      separate();
      string(value);
      return this;
    }

    JsonWriter value(boolean value) {
      separate();
      append(Boolean.toString(value));
      return this;
    }

    private void append(CharSequence s) {
      try {
        sb.append(s);
      } catch (IOException e) {
        throw new UncheckedIOException(e);
      }
    }

    private void append(char c) {
      try {
        sb.append(c);
      } catch (IOException e) {
        throw new UncheckedIOException(e);
      }
    }

    JsonWriter value(int value) {
      separate();
      append(Integer.toString(value));
      return this;
    }

    JsonWriter(Appendable out) {
      this.sb = out;
    }

    JsonWriter() {
      this(new StringBuilder(1024));
    }

    private void open(char c) {
      separate();
      append(c);
      depth++;
      first = true;
    }

    private void close(char c) {
      depth--;
      if (!first) {
        newline();
      }
      append(c);
      first = false;
    }

    private void separate() {
      if (afterName) {
        afterName = false;
        return;
      }
      if (depth == 0) {
        return;
      }
      if (!first) {
        append(',');
      }
      newline();
      first = false;
    }

    private void newline() {
      append('\n');
      for (int i = 0; i < depth; i++) {
        append("  ");
      }
    }

    private void string(String s) {
      append('"');
      int run = 0;
      for (int i = 0; i < s.length(); i++) {
        char c = s.charAt(i);
        String escape = switch (c) {
          case '"' -> "\\\"";
          case '\\' -> "\\\\";
          case '\n' -> "\\n";
          case '\r' -> "\\r";
          case '\t' -> "\\t";
          case '\b' -> "\\b";
          case '\f' -> "\\f";
          default -> c < 0x20 || c == '\u2028' || c == '\u2029' || unpaired(s, i)
              ? String.format(Locale.ROOT, "\\u%04x", (int) c) : null;
        };
        if (escape != null) {
          append(s.subSequence(run, i));
          append(escape);
          run = i + 1;
        }
      }
      append(s.subSequence(run, s.length()));
      append('"');
    }

    /** A surrogate without its partner cannot be encoded as UTF-8; JSON can still carry it escaped. */
    private static boolean unpaired(String s, int i) {
      char c = s.charAt(i);
      if (Character.isHighSurrogate(c)) {
        return i + 1 >= s.length() || !Character.isLowSurrogate(s.charAt(i + 1));
      }
      return Character.isLowSurrogate(c) && (i == 0 || !Character.isHighSurrogate(s.charAt(i - 1)));
    }

    @Override
    public String toString() {
      return sb.toString();
    }
  }
}
