package io.github.gpai4j.core.form;

import io.github.gpai4j.core.Applicable;
import io.github.gpai4j.core.Quantity;
import io.github.gpai4j.core.validation.JsonPointer;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import org.jspecify.annotations.Nullable;

/**
 * The one policy that says whether a form item is answered, whether the answer is {@code N/A}, which figures it
 * states and what text it holds. The item catalogues, the validators, completeness scores and the command-line
 * summary all ask here, so they cannot disagree about a draft.
 *
 * <p>An answer is <em>answered</em> when it is present and not blank or empty; {@code N/A} counts as an answer
 * (whether the form allows it is a validator's question). For a <em>conditional</em> item ("if any", "where
 * available") an empty list, such as an empty list of additional assets, states that there is none and is answered
 * too; a blank text is still no answer (a statement says something, such as "none available"). {@code N/A} with
 * or without a reason and "none" with or without a statement ({@link Applicable}) are answers.
 *
 * @since 0.2.0
 */
public final class Answers {

  private Answers() {}

  /**
   * Returns whether a value answers an item that is not conditional.
   *
   * @param value the value, or null if absent
   * @return true if answered
   */
  public static boolean isAnswered(@Nullable Object value) {
    return isAnswered(value, false);
  }

  /**
   * Returns whether a value answers an item; for a conditional item an empty list ("none") counts.
   *
   * @param value the value, or null if absent
   * @param conditional whether the item is asked only "if any" or "where available"
   * @return true if answered
   */
  public static boolean isAnswered(@Nullable Object value, boolean conditional) {
    if (value == null) {
      return false;
    }
    if (conditional && value instanceof Collection<?>) {
      return true; // an empty list answers "if any": there are none
    }
    if (value instanceof Applicable.Given<?> g) {
      return isAnswered(g.get(), conditional);
    }
    if (value instanceof String s) {
      return !s.isBlank();
    }
    if (value instanceof Collection<?> c) {
      return !c.isEmpty();
    }
    if (value instanceof FormValue f) {
      return f.isAnswered();
    }
    return true;
  }

  /**
   * Returns whether a value is the form's {@code N/A}: {@link Applicable#notApplicable()}, the text {@code N/A} in
   * any case, a structured value that says so, or a non-empty list whose every element is {@code N/A}.
   *
   * @param value the value, or null if absent
   * @return true for an {@code N/A} answer
   */
  public static boolean isNotApplicable(@Nullable Object value) {
    if (value instanceof Applicable<?> a) {
      return a.isNotApplicable();
    }
    if (value instanceof String s) {
      return isNotApplicableText(s);
    }
    if (value instanceof FormValue f) {
      return f.isNotApplicable();
    }
    if (value instanceof Collection<?> c && !c.isEmpty()) {
      for (Object e : c) {
        if (!isNotApplicable(e)) {
          return false;
        }
      }
      return true;
    }
    return false;
  }

  /**
   * Returns whether an answer to an item is the form's {@code N/A}: {@link #isNotApplicable(Object)}, or "None" on an
   * item that is not conditional ("there is none" answers an item asked "if any"; on any other item it says the item
   * does not apply). {@link Form#isNotApplicable} and the catalogue validator ask here.
   *
   * @param item the item, not null
   * @param value the answer, or null if absent
   * @return true for an {@code N/A} answer
   * @since 0.3.0
   */
  public static boolean isNotApplicable(FormItem item, @Nullable Object value) {
    java.util.Objects.requireNonNull(item, "item");
    return isNotApplicable(value) || !item.conditional() && isNone(value, false);
  }

  /**
   * Returns whether a text is the form's {@code N/A}, with or without a reason ({@link Applicable#parseMarker}).
   *
   * @param text the text, not null
   * @return true for {@code N/A}
   */
  public static boolean isNotApplicableText(String text) {
    return Applicable.parseMarker(java.util.Objects.requireNonNull(text, "text")) instanceof Applicable.NotApplicable;
  }

  /**
   * Returns whether a value answers that there is none: {@link Applicable#none}, a text that is the "None" marker
   * ({@link Applicable#parseMarker}), or for a conditional item an empty list. Such an answer is answered, not
   * missing; on an item that is not conditional the form reads it as {@code N/A} ({@link Form#isNotApplicable}).
   *
   * @param value the value, or null if absent
   * @param conditional whether the item is asked only "if any" or "where available"
   * @return true for a "none" answer
   * @since 0.3.0
   */
  public static boolean isNone(@Nullable Object value, boolean conditional) {
    if (value instanceof Applicable<?> a) {
      return a.isNone() || a instanceof Applicable.Given<?> g && isNone(g.get(), conditional);
    }
    if (value instanceof String s) {
      return Applicable.parseMarker(s) instanceof Applicable.None;
    }
    return conditional && value instanceof Collection<?> c && c.isEmpty();
  }

  /**
   * Returns the figures a value states, each relative to the item: a quantity is one figure, a structured value
   * says which it holds, {@code N/A} and text hold none.
   *
   * @param value the value, or null if absent
   * @return the figures, in the value's order
   */
  public static List<Figure> figures(@Nullable Object value) {
    if (value instanceof Applicable.Given<?> g) {
      return figures(g.get());
    }
    if (value instanceof Quantity q) {
      return List.of(new Figure(JsonPointer.root(), q.amount()));
    }
    if (value instanceof FormValue f) {
      return f.figures();
    }
    if (value instanceof List<?> list) {
      List<Figure> out = new ArrayList<>();
      for (int i = 0; i < list.size(); i++) {
        for (Figure f : figures(list.get(i))) {
          out.add(new Figure(JsonPointer.root().append(i).append(f.at()), f.value()));
        }
      }
      return out;
    }
    return List.of();
  }

  /**
   * Returns the free text of an answer, for word counts: the text itself, or the text inside a given
   * {@link Applicable}.
   *
   * @param value the value, or null if absent
   * @return the text, or null if the answer is not text
   */
  public static @Nullable String text(@Nullable Object value) {
    if (value instanceof String s) {
      return s;
    }
    if (value instanceof Applicable.Given<?> g && g.get() instanceof String s) {
      return s;
    }
    return null;
  }

  /**
   * Counts words as maximal runs of characters that are neither whitespace nor space separators; scripts written
   * without spaces count as one word per run.
   *
   * @param text the text, not null
   * @return the number of words
   */
  public static int countWords(String text) {
    java.util.Objects.requireNonNull(text, "text");
    int words = 0;
    boolean inWord = false;
    for (int i = 0; i < text.length(); i++) {
      char c = text.charAt(i);
      boolean space = Character.isWhitespace(c) || Character.isSpaceChar(c);
      if (!space && !inWord) {
        words++;
      }
      inWord = !space;
    }
    return words;
  }
}
