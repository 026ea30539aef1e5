package io.github.gpai4j.core;

import static java.util.Objects.requireNonNull;

import java.util.Optional;
import java.util.function.Function;
import org.jspecify.annotations.Nullable;

/**
 * An answer to a form item that may legitimately be {@code N/A} or "none", which is different from no answer at all.
 *
 * <p>The Model Documentation Form lets a provider write {@code N/A} for some items (for example MDF-1.6 model
 * dependencies when the model is not a modification, MDF-4.5 required hardware for an API-only model, or MDF-8.1
 * training energy when a compute provider withholds the information), and providers often say why. Items asked
 * "if any" or listing things (model dependencies, additional assets) can be answered that there is none, often with
 * a statement ("None: trained from scratch"). gpai4j keeps four states apart: a field that is absent
 * ({@code null}, the author has not answered), {@link NotApplicable} with an optional reason, {@link None} with an
 * optional statement, and {@link Given} (the author gave a value).
 *
 * <p>In JSON, {@code N/A} is the string {@code "N/A"}, or {@code "N/A: <reason>"} with a reason; "none" is
 * {@code "None"} or {@code "None: <statement>"}. On reading, the marker is recognised ignoring case and surrounding
 * space, and the reason may follow a colon, a hyphen, an en or em dash, or stand in parentheses ({@code "N/A
 * (no public API)"}); text that merely starts with the letters ({@code "None of the data..."}) is a value.
 *
 * @param <T> the type of the value when one is given
 * @since 0.1.0
 */
public sealed interface Applicable<T> permits Applicable.Given, Applicable.NotApplicable, Applicable.None {

  /** The text that stands for "not applicable" in the form and in JSON. */
  String NOT_APPLICABLE_TEXT = "N/A";

  /**
   * The text that stands for "there is none" in JSON.
   *
   * @since 0.3.0
   */
  String NONE_TEXT = "None";

  /**
   * Returns a given value. A string that is the form's {@code N/A} sentinel (with or without a reason) yields
   * {@link #notApplicable(String)}, and one that says "None" (with or without a statement) yields
   * {@link #none(String)}; see the class documentation for the syntax.
   *
   * @param value the value, not null
   * @param <T> the value type
   * @return the answer
   */
  @SuppressWarnings("unchecked")
  static <T> Applicable<T> of(T value) {
    requireNonNull(value, "value");
    if (value instanceof String s) {
      Applicable<?> marker = parseMarker(s);
      if (marker != null) {
        return (Applicable<T>) marker;
      }
    }
    return new Given<>(value);
  }

  /**
   * Returns {@code N/A} without a reason.
   *
   * @param <T> the type of the value when one is given
   * @return {@code N/A}
   */
  static <T> Applicable<T> notApplicable() {
    return new NotApplicable<>(null);
  }

  /**
   * Returns {@code N/A} with the reason the author gave.
   *
   * @param reason the reason, or null or blank for none
   * @param <T> the type of the value when one is given
   * @return {@code N/A}
   * @since 0.3.0
   */
  static <T> Applicable<T> notApplicable(@Nullable String reason) {
    return new NotApplicable<>(reason);
  }

  /**
   * Returns the answer that there is none, with the author's statement.
   *
   * @param statement the statement, or null or blank for none
   * @param <T> the type of the value when one is given
   * @return "none"
   * @since 0.3.0
   */
  static <T> Applicable<T> none(@Nullable String statement) {
    return new None<>(statement);
  }

  /**
   * Reads the {@code N/A} or "None" marker at the start of a text, as the class documentation describes.
   *
   * @param text the text, not null
   * @return {@link NotApplicable} or {@link None} with the text after the marker, or null if the text is a value
   * @since 0.3.0
   */
  static @Nullable Applicable<?> parseMarker(String text) {
    requireNonNull(text, "text");
    String s = text.strip();
    if (s.regionMatches(true, 0, NOT_APPLICABLE_TEXT, 0, NOT_APPLICABLE_TEXT.length())) {
      String rest = Markers.rest(s, NOT_APPLICABLE_TEXT.length());
      return rest == null ? null : new NotApplicable<>(rest);
    }
    if (s.regionMatches(true, 0, NONE_TEXT, 0, NONE_TEXT.length())) {
      String rest = Markers.rest(s, NONE_TEXT.length());
      return rest == null ? null : new None<>(rest);
    }
    return null;
  }

  /**
   * Returns whether this is {@code N/A}.
   *
   * @return true for {@link NotApplicable}
   */
  default boolean isNotApplicable() {
    return this instanceof NotApplicable;
  }

  /**
   * Returns whether this answers that there is none.
   *
   * @return true for {@link None}
   * @since 0.3.0
   */
  default boolean isNone() {
    return this instanceof None;
  }

  /**
   * Returns the value, if one is given.
   *
   * @return the value, or empty for {@code N/A} and "none"
   */
  default Optional<T> value() {
    return this instanceof Given<T> g ? Optional.of(g.get()) : Optional.empty();
  }

  /**
   * Returns the reason of an {@code N/A} or the statement of a "none", if the author gave one.
   *
   * @return the text, or empty for a given value or a bare marker
   * @since 0.3.0
   */
  default Optional<String> explanation() {
    if (this instanceof NotApplicable<T> n) {
      return Optional.ofNullable(n.reason());
    }
    if (this instanceof None<T> n) {
      return Optional.ofNullable(n.statement());
    }
    return Optional.empty();
  }

  /**
   * Applies a function to a given value; {@code N/A} and "none" stay as they are, with their text.
   *
   * @param mapper the function, not null; it must not return null
   * @param <R> the result type
   * @return the mapped answer
   */
  default <R> Applicable<R> map(Function<? super T, ? extends R> mapper) {
    requireNonNull(mapper, "mapper");
    if (this instanceof Given<T> g) {
      return new Given<>(requireNonNull(mapper.apply(g.get()), "mapped value"));
    }
    if (this instanceof NotApplicable<T> n) {
      return new NotApplicable<>(n.reason());
    }
    return new None<>(((None<T>) this).statement());
  }

  /**
   * A value the author gave.
   *
   * @param get the value, not null
   * @param <T> the value type
   */
  record Given<T>(T get) implements Applicable<T> {
    /**
     * Checks the value.
     *
     * @param get the value, not null
     */
    public Given {
      requireNonNull(get, "get");
    }

    @Override
    public String toString() {
      return String.valueOf(get);
    }
  }

  /**
   * The form's {@code N/A}, with the reason the author gave if any.
   *
   * @param reason the reason, stripped; null if none was given (a blank reason is none)
   * @param <T> the type of the value when one is given
   */
  record NotApplicable<T>(@Nullable String reason) implements Applicable<T> {
    /**
     * Normalises the reason.
     *
     * @param reason the reason, or null or blank for none
     */
    public NotApplicable {
      reason = Markers.normalise(reason);
    }

    /** Returns {@code "N/A"} or {@code "N/A: <reason>"}, as JSON writes it. */
    @Override
    public String toString() {
      return reason == null ? NOT_APPLICABLE_TEXT : NOT_APPLICABLE_TEXT + ": " + reason;
    }
  }

  /**
   * The answer that there is none, with the author's statement if any (for example "trained from scratch").
   *
   * @param statement the statement, stripped; null if none was given (a blank statement is none)
   * @param <T> the type of the value when one is given
   * @since 0.3.0
   */
  record None<T>(@Nullable String statement) implements Applicable<T> {
    /**
     * Normalises the statement.
     *
     * @param statement the statement, or null or blank for none
     */
    public None {
      statement = Markers.normalise(statement);
    }

    /** Returns {@code "None"} or {@code "None: <statement>"}, as JSON writes it. */
    @Override
    public String toString() {
      return statement == null ? NONE_TEXT : NONE_TEXT + ": " + statement;
    }
  }
}

/** The syntax of the {@code N/A} and "None" markers; see {@link Applicable}. */
final class Markers {
  private Markers() {}

  /**
   * Returns the explanation after a marker that ends at {@code end}: empty text for a bare marker (with an optional
   * final full stop), the text after a separator, or null if the marker is only the start of a word or sentence.
   */
  static @Nullable String rest(String s, int end) {
    if (end == s.length()) {
      return "";
    }
    String after = s.substring(end);
    String trimmed = after.strip();
    if (trimmed.equals(".")) {
      return "";
    }
    if (trimmed.isEmpty()) {
      return "";
    }
    char first = trimmed.charAt(0);
    if (first == ':' || first == '-' || first == '\u2013' || first == '\u2014' || first == ';' || first == ',') {
      return trimmed.substring(1).strip();
    }
    if (first == '(' && trimmed.endsWith(")")) {
      return trimmed.substring(1, trimmed.length() - 1).strip();
    }
    return null;
  }

  static @Nullable String normalise(@Nullable String text) {
    if (text == null) {
      return null;
    }
    String s = text.strip();
    return s.isEmpty() ? null : s;
  }
}
