package io.github.gpai4j.core;

/**
 * The legal or quasi-legal text a {@link LegalBasis} points into.
 *
 * <p>Only Regulation (EU) 2024/1689 (the AI Act) is binding law; the Code of Practice chapters, the Commission
 * guidelines and the training-content template are the instruments through which the Commission says it will
 * read and enforce Chapter V. Each constant knows the short prefix used when a citation is rendered.
 *
 * @since 0.1.0
 */
public enum Instrument {
  /** Regulation (EU) 2024/1689 laying down harmonised rules on artificial intelligence, as amended. */
  AI_ACT(""),
  /** General-Purpose AI Code of Practice, Transparency chapter (final, 10 July 2025). */
  COP_TRANSPARENCY("CoP Transparency"),
  /** General-Purpose AI Code of Practice, Copyright chapter (final, 10 July 2025). */
  COP_COPYRIGHT("CoP Copyright"),
  /** General-Purpose AI Code of Practice, Safety and Security chapter (final, 10 July 2025). */
  COP_SAFETY_AND_SECURITY("CoP S&S"),
  /** First draft of the General-Purpose AI Code of Practice (14 November 2024). */
  COP_FIRST_DRAFT("CoP Draft 1"),
  /** Commission Guidelines on the scope of the obligations for GPAI models, C(2025) 5045 final, 18 July 2025. */
  COMMISSION_GUIDELINES("GPAI Guidelines"),
  /** Commission template for the public summary of training content, C(2025) 5235 final, 24 July 2025. */
  TRAINING_CONTENT_TEMPLATE("Training Content Template");

  private final String prefix;

  Instrument(String prefix) {
    this.prefix = prefix;
  }

  /**
   * Returns the prefix used when rendering a citation into this instrument, empty for the AI Act itself.
   *
   * @return the citation prefix, never null
   */
  public String citationPrefix() {
    return prefix;
  }
}
