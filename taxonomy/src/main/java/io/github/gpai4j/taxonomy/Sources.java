package io.github.gpai4j.taxonomy;

import io.github.gpai4j.core.LegalBasis;

/** Source notes shared by the taxonomy enums. */
final class Sources {

  /** Where the final Safety and Security chapter was read. */
  static final String FINAL_CHAPTER =
      "final CoP Safety and Security chapter (10 Jul 2025), read in a full-text copy whose front matter cites"
          + " ec.europa.eu/newsroom/dae/redirection/document/118119";

  /** Where the first draft was read. */
  static final String FIRST_DRAFT =
      "first draft of the CoP (14 Nov 2024, 36 pp.), read in the PDF from GitHub THUlawtech/LLM-Regulation"
          + " (PDFs/First_Draft_GeneralPurpose_AI_Code_of_Practice.pdf, SHA-256 e7522e16...)";

  private Sources() {}

  static String finalText(LegalBasis basis) {
    return basis.citation() + "; " + FINAL_CHAPTER;
  }

  static String draft(String item, String page, String corroboration) {
    String s = "D1 " + item + ", p. " + page + "; " + FIRST_DRAFT;
    return corroboration.isEmpty() ? s : s + "; corroborated by " + corroboration;
  }
}
