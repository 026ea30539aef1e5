package io.github.gpai4j.core;

import static java.util.Objects.requireNonNull;

import java.util.Optional;
import java.util.function.Function;

/**
 * An answer to a form item that may legitimately be {@code N/A}, which is different from no answer at all.
 *
 * <p>The Model Documentation Form lets a provider write {@code N/A} for some items (for example MDF-1.6 model
 * dependencies when the model is not a modification, MDF-4.5 required hardware for an API-only model, or MDF-8.1
 * training energy when a compute provider withholds the information). gpai4j keeps three states apart: a field
 * that is absent ({@code null}, the author has not answered), {@link NotApplicable} (the author answered
 * {@code N/A}), and {@link Given} (the author gave a value). In JSON, {@code N/A} is the string {@code "N/A"}.
 *
 * @param <T> the type of the value when one is given
 * @since 0.1.0
 */
public sealed interface Applicable<T> permits Applicable.Given, Applicable.NotApplicable {

  /** The text that stands for "not applicable" in the form and in JSON. */
  String NOT_APPLICABLE_TEXT = "N/A";

  /**
   * Returns a given value. A string equal to {@code "N/A"} (ignoring case and surrounding space) is the form's
   * sentinel and yields {@link #notApplicable()}.
   *
   * @param value the value, not null
   * @param <T> the value type
   * @return the answer
   */
  @SuppressWarnings("unchecked")
  static <T> Applicable<T> of(T value) {
    requireNonNull(value, "value");
    if (value instanceof String s && s.strip().equalsIgnoreCase(NOT_APPLICABLE_TEXT)) {
      return (Applicable<T>) notApplicable();
    }
    return new Given<>(value);
  }

  /**
   * Returns the {@code N/A} answer.
   *
   * @param <T> the value type
   * @return the answer
   */
  static <T> Applicable<T> notApplicable() {
    return new NotApplicable<>();
  }

  /**
   * Returns whether the author answered {@code N/A}.
   *
   * @return true for {@link NotApplicable}
   */
  default boolean isNotApplicable() {
    return this instanceof NotApplicable;
  }

  /**
   * Returns the value if one was given.
   *
   * @return the value, or empty for {@code N/A}
   */
  default Optional<T> value() {
    return this instanceof Given<T> g ? Optional.of(g.get()) : Optional.empty();
  }

  /**
   * Transforms a given value and keeps {@code N/A} as it is.
   *
   * @param mapper the transformation, not null, returning non-null
   * @param <R> the result type
   * @return the transformed answer
   */
  default <R> Applicable<R> map(Function<? super T, ? extends R> mapper) {
    requireNonNull(mapper, "mapper");
    return this instanceof Given<T> g ? new Given<>(requireNonNull(mapper.apply(g.get()), "mapped value"))
        : notApplicable();
  }

  /**
   * A value given by the author.
   *
   * @param get the value, not null
   * @param <T> the value type
   */
  record Given<T>(T get) implements Applicable<T> {
    /**
     * Checks the value is present.
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
   * The author's {@code N/A}. All instances are equal.
   *
   * @param <T> the value type the item would have had
   */
  record NotApplicable<T>() implements Applicable<T> {
    @Override
    public String toString() {
      return NOT_APPLICABLE_TEXT;
    }
  }
}
