package io.github.gpai4j.core.json;

import static java.util.Objects.requireNonNull;

import org.jspecify.annotations.Nullable;

/**
 * Thrown when input cannot be read as the requested gpai4j document or value. It says what went wrong
 * ({@link #kind()}), where in the document ({@link #pointer()}, a JSON Pointer per RFC 6901, and
 * {@link #line()}/{@link #column()} where known), and carries a message meant for the author of the document.
 *
 * @since 0.1.0
 */
public final class DocumentReadException extends Exception {
  private static final long serialVersionUID = 1L;

  /** What kind of problem the input has. */
  public enum Kind {
    /**
     * The bytes are not well-formed JSON (RFC 8259): a syntax error, an empty input, a property given twice, or a
     * string holding an unpaired UTF-16 surrogate.
     */
    MALFORMED_JSON,
    /** A value has the wrong JSON type, such as a string where an object or number is expected. */
    WRONG_TYPE,
    /**
     * A property the schema does not know (strict mode). The message names the property and, where one is near,
     * the known property it was probably meant to be.
     */
    UNKNOWN_PROPERTY,
    /**
     * A property that must be given is absent; the pointer is that of the object that lacks it.
     *
     * @since 0.1.0
     */
    MISSING_PROPERTY,
    /** A string that is not one of the allowed enumeration values. */
    UNKNOWN_ENUM_VALUE,
    /**
     * A date that is not a string holding an ISO-8601 calendar date written {@code YYYY-MM-DD}, or one outside
     * 1900-01-01 to 9999-12-31.
     */
    BAD_DATE,
    /** A value the domain rejects outright, such as a negative or non-finite quantity. */
    INVALID_VALUE,
    /** The {@code documentType} is missing or is not the one requested. */
    WRONG_DOCUMENT_TYPE,
    /** The {@code schemaVersion} is missing or not supported. */
    UNSUPPORTED_SCHEMA_VERSION,
    /** A configured {@link ReadLimits read limit} was exceeded (nesting, size, string or number length). */
    LIMIT_EXCEEDED,
    /** The input could not be read at all (missing file, I/O failure). */
    IO_ERROR
  }

  private final Kind kind;
  private final String pointer;
  private final int line;
  private final int column;
  private final String detail;

  /**
   * Creates an exception.
   *
   * @param kind the kind, not null
   * @param pointer the JSON Pointer of the offending value ({@code ""} for the whole document), not null
   * @param line the 1-based line, or -1 if unknown
   * @param column the 1-based column, or -1 if unknown
   * @param detail the human explanation, not null
   * @param cause the underlying exception, or null
   */
  public DocumentReadException(
      Kind kind, String pointer, int line, int column, String detail, @Nullable Throwable cause) {
    super(render(kind, pointer, line, column, detail), cause);
    this.kind = requireNonNull(kind, "kind");
    this.pointer = requireNonNull(pointer, "pointer");
    this.line = line;
    this.column = column;
    this.detail = requireNonNull(detail, "detail");
  }

  private static String render(Kind kind, String pointer, int line, int column, String detail) {
    StringBuilder sb = new StringBuilder(detail);
    sb.append(" [").append(kind);
    if (!pointer.isEmpty()) {
      sb.append(" at ").append(pointer);
    } else if (kind != Kind.MALFORMED_JSON && kind != Kind.IO_ERROR && kind != Kind.LIMIT_EXCEEDED) {
      sb.append(" at the document");
    }
    if (line > 0) {
      sb.append(", line ").append(line);
      if (column > 0) {
        sb.append(", column ").append(column);
      }
    }
    return sb.append(']').toString();
  }

  /**
   * Returns the kind of problem.
   *
   * @return the kind, never null
   */
  public Kind kind() {
    return kind;
  }

  /**
   * Returns the JSON Pointer (RFC 6901) of the offending value, {@code ""} for the document itself.
   *
   * @return the pointer, never null
   */
  public String pointer() {
    return pointer;
  }

  /**
   * Returns the 1-based line of the offending token.
   *
   * @return the line, or -1 if unknown
   */
  public int line() {
    return line;
  }

  /**
   * Returns the 1-based column of the offending token.
   *
   * @return the column, or -1 if unknown
   */
  public int column() {
    return column;
  }

  /**
   * Returns the explanation without the location suffix.
   *
   * @return the detail message, never null
   */
  public String detail() {
    return detail;
  }
}
