package io.github.gpai4j.evaluation.classification;

import io.github.gpai4j.core.profile.Fact;

import static java.util.Objects.requireNonNull;

import io.github.gpai4j.core.LegalBasis;

/**
 * A condition of the open-source exemption (Arts.&nbsp;53(2), 54(6) of Regulation (EU) 2024/1689) that is known to fail
 * ({@link Fact#NO}) or is not known to hold ({@link Fact#UNKNOWN}), and therefore stands in the exemption's way.
 *
 * @param condition the condition, not null
 * @param satisfied {@link Fact#NO} if known to fail, {@link Fact#UNKNOWN} if unknown; never {@link Fact#YES}
 * @param legalBasis the provision stating the condition, not null
 * @param text what blocks the exemption, in English, not blank
 * @param messageKey the key of the text's template in the reason bundle, or null for a text given as is
 * @param arguments the template's arguments, raw (enum constants, dates, document values), not null
 * @since 0.1.0
 */
public record ExemptionBlocker(ExemptionCondition condition, Fact satisfied, LegalBasis legalBasis, String text,
    @org.jspecify.annotations.Nullable String messageKey, java.util.List<String> arguments) {

  /**
   * Checks the components.
   *
   * @param condition the condition, not null
   * @param satisfied {@link Fact#NO} if known to fail, {@link Fact#UNKNOWN} if unknown; never {@link Fact#YES}
   * @param legalBasis the provision stating the condition, not null
   * @param text what blocks the exemption, not blank
   * @param messageKey the template key, or null
   * @param arguments the template arguments
   * @throws NullPointerException if a component is null
   * @throws IllegalArgumentException if {@code satisfied} is {@link Fact#YES} or the text is blank
   */
  public ExemptionBlocker {
    requireNonNull(condition, "condition");
    requireNonNull(satisfied, "satisfied");
    requireNonNull(legalBasis, "legalBasis");
    requireNonNull(text, "text");
    arguments = java.util.List.copyOf(requireNonNull(arguments, "arguments"));
    if (satisfied == Fact.YES) {
      throw new IllegalArgumentException("A satisfied condition blocks nothing: " + condition);
    }
    if (text.isBlank()) {
      throw new IllegalArgumentException("Blocker text must not be blank");
    }
  }

  /**
   * Returns a blocker whose text comes from the reason bundle, in English and French.
   *
   * @param condition the condition, not null
   * @param satisfied {@link Fact#NO} or {@link Fact#UNKNOWN}
   * @param messageKey the template key, not null
   * @param arguments the template arguments, not null
   * @return the blocker
   * @since 0.2.0
   */
  static ExemptionBlocker of(ExemptionCondition condition, Fact satisfied, String messageKey, Object... arguments) {
    java.util.List<String> args = java.util.Arrays.stream(arguments).map(String::valueOf).toList();
    return new ExemptionBlocker(condition, satisfied, condition.legalBasis(),
        ReasonMessages.format(messageKey, java.util.Locale.ENGLISH, args), messageKey, args);
  }

  /**
   * Returns what blocks the exemption in a language: English for every locale but French.
   *
   * @param locale the locale, not null
   * @return the text
   * @since 0.2.0
   */
  public String text(java.util.Locale locale) {
    requireNonNull(locale, "locale");
    return messageKey == null ? text : ReasonMessages.format(messageKey, locale, arguments);
  }

  /**
   * Returns whether the condition is known to fail, as opposed to merely unknown.
   *
   * @return true for {@link Fact#NO}
   */
  public boolean definite() {
    return satisfied == Fact.NO;
  }
}
