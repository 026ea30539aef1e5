package io.github.gpai4j.cli;

import io.github.gpai4j.core.LegalBasis;
import java.util.Locale;

/**
 * Legal citations in the reader's language: {@code Art.&nbsp;53(1)(a)} and {@code Annex XI 1(2)(d)} in English,
 * {@code article 53(1)(a)} and {@code annexe XI 1(2)(d)} in French; Code of Practice and guidelines citations keep
 * their names.
 */
final class Citations {
  private Citations() {}

  static String of(LegalBasis basis, Locale locale) {
    String citation = basis.citation();
    return Messages.french(locale) ? french(citation) : citation;
  }

  /**
   * Rewrites the English citation prefixes of a rendered text as French ones. Only used on texts gpai4j renders
   * from its own labels and citations (classification and obligations), never on findings, whose messages may
   * quote document values.
   */
  static String frenchText(String text) {
    return text.replace("Arts. ", "articles ").replace("Art. ", "article ").replace("Annex ", "annexe ")
        .replace("Recital ", "considérant ");
  }

  private static String french(String citation) {
    if (citation.startsWith("Art. ")) {
      return "article " + citation.substring("Art. ".length());
    }
    if (citation.startsWith("Annex ")) {
      return "annexe " + citation.substring("Annex ".length());
    }
    if (citation.startsWith("Recital ")) {
      return "considérant " + citation.substring("Recital ".length());
    }
    return citation;
  }
}
