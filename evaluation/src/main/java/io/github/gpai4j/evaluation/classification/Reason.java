package io.github.gpai4j.evaluation.classification;

import static java.util.Objects.requireNonNull;

import io.github.gpai4j.core.LegalBasis;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import org.jspecify.annotations.Nullable;

/**
 * One step of a decision's reason trace: a stable code, the provision it applies and a sentence naming the facts and
 * numbers compared, such as {@code 3.8E+25 FLOP > 1E+25 FLOP}, rendered in English ({@link #text()}) or in another
 * supported language ({@link #text(Locale)}: English and French) from a message template and its arguments, as
 * findings are.
 *
 * @param code the stable code of the step, not null
 * @param legalBasis the provision applied, not null
 * @param text the explanation in English, not blank
 * @param messageKey the key of the message template the text was rendered from, or null for a text given as is
 * @param arguments the template's arguments, already rendered as text (dates in ISO form, amounts as written), not
 *     null
 * @since 0.1.0
 */
public record Reason(
    ReasonCode code, LegalBasis legalBasis, String text, @Nullable String messageKey, List<String> arguments) {

  /**
   * Checks the components.
   *
   * @param code the stable code of the step, not null
   * @param legalBasis the provision applied, not null
   * @param text the explanation in English, not blank
   * @param messageKey the key of the message template, or null
   * @param arguments the template's arguments, not null
   * @throws NullPointerException if a non-nullable component is null
   * @throws IllegalArgumentException if the text is blank
   */
  public Reason {
    requireNonNull(code, "code");
    requireNonNull(legalBasis, "legalBasis");
    requireNonNull(text, "text");
    arguments = List.copyOf(arguments);
    if (text.isBlank()) {
      throw new IllegalArgumentException("Reason text must not be blank");
    }
  }

  /**
   * Returns a reason with an English text given as is, which renders the same in every language.
   *
   * @param code the stable code of the step, not null
   * @param legalBasis the provision applied, not null
   * @param text the explanation in English, not blank
   */
  public Reason(ReasonCode code, LegalBasis legalBasis, String text) {
    this(code, legalBasis, text, null, List.of());
  }

  /**
   * Returns a reason rendered from gpai4j's message template under a key; the arguments are rendered with
   * {@link String#valueOf(Object)}, never as patterns.
   *
   * @param code the stable code of the step, not null
   * @param legalBasis the provision applied, not null
   * @param messageKey the template key, not null
   * @param arguments the arguments, not null
   * @return the reason
   * @throws java.util.MissingResourceException if no template exists under the key
   */
  public static Reason of(ReasonCode code, LegalBasis legalBasis, String messageKey, Object... arguments) {
    List<String> args = Arrays.stream(arguments).map(String::valueOf).toList();
    return new Reason(code, legalBasis, ReasonMessages.format(messageKey, Locale.ENGLISH, args), messageKey, args);
  }

  /**
   * Returns the explanation in a language: English for every locale but French.
   *
   * @param locale the locale, not null
   * @return the text, never null
   */
  public String text(Locale locale) {
    requireNonNull(locale, "locale");
    return messageKey == null ? text : ReasonMessages.format(messageKey, locale, arguments);
  }

  /**
   * Renders the reason as {@code [CODE] citation: text}.
   *
   * @return the text, never null
   */
  @Override
  public String toString() {
    return "[" + code + "] " + legalBasis.citation() + ": " + text;
  }
}
