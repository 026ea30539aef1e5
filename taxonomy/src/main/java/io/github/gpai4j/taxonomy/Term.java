package io.github.gpai4j.taxonomy;

import io.github.gpai4j.core.LegalBasis;
import io.github.gpai4j.taxonomy.internal.Labels;
import java.util.Locale;

/**
 * A term of the vocabulary of the GPAI Code of Practice's Safety and Security chapter: a stable code, a short
 * label in English and French, a description in gpai4j's own words, and the provision that defines it.
 *
 * <p>Codes are dot-separated upper-case words ({@code FINAL.CAPABILITY.OFFENSIVE_CYBER},
 * {@code MITIGATION.SAFETY.STAGED_ACCESS}); they are the JSON form of every term and are never changed once
 * released. Labels and descriptions are our paraphrases, not quotations of the Code.
 *
 * @since 0.1.0
 */
public interface Term {

  /**
   * Returns the stable code of this term, which is also its JSON form.
   *
   * @return the code, never null
   */
  String code();

  /**
   * Returns the provision of the Code (or of its first draft) that defines this term.
   *
   * @return the legal basis, never null
   */
  LegalBasis legalBasis();

  /**
   * Returns the short label in the given language; French for a French locale, English otherwise.
   *
   * @param locale the locale, not null
   * @return the label, never null
   */
  default String label(Locale locale) {
    return Labels.label(code(), locale);
  }

  /**
   * Returns the English short label.
   *
   * @return the label, never null
   */
  default String label() {
    return label(Locale.ENGLISH);
  }

  /**
   * Returns the description of this term in gpai4j's own words (English).
   *
   * @return the description, never null
   */
  default String description() {
    return Labels.description(code());
  }
}
