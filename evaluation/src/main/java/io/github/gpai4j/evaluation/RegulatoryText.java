package io.github.gpai4j.evaluation;

import java.time.LocalDate;

/**
 * The versions of the texts that gpai4j's rules implement. Every rule set names the texts it implements, so a
 * report can say which version of the law it checked.
 *
 * @since 0.1.0
 */
public enum RegulatoryText {
  /**
   * Regulation (EU) 2024/1689 as amended by Regulation (EU) 2026/1744 (Digital Omnibus on AI), which a
   * third-party consolidation reports left Arts.&nbsp;51-56 and the GPAI dates unchanged (UNCONFIRMED against the
   * Official Journal; see gpai-reference.md section 1.11).
   */
  AI_ACT_AS_AMENDED_2026(LocalDate.of(2026, 7, 27)),
  /** Regulation (EU) 2024/1689 as published in the Official Journal on 12 July 2024. */
  AI_ACT_2024(LocalDate.of(2024, 8, 1)),
  /** General-Purpose AI Code of Practice, final text of 10 July 2025. */
  CODE_OF_PRACTICE_FINAL_2025_07(LocalDate.of(2025, 7, 10)),
  /** General-Purpose AI Code of Practice, first draft of 14 November 2024. */
  CODE_OF_PRACTICE_FIRST_DRAFT_2024_11(LocalDate.of(2024, 11, 14)),
  /** Commission Guidelines on the scope of the obligations for GPAI models, C(2025) 5045 final. */
  COMMISSION_GUIDELINES_2025_07(LocalDate.of(2025, 7, 18)),
  /** Template for the public summary of training content, C(2025) 5235 final. */
  TRAINING_CONTENT_TEMPLATE_2025_07(LocalDate.of(2025, 7, 24));

  private final LocalDate inForce;

  RegulatoryText(LocalDate inForce) {
    this.inForce = inForce;
  }

  /**
   * Returns the date from which this version is the one in force or in use.
   *
   * @return the date, never null
   */
  public LocalDate inForceFrom() {
    return inForce;
  }
}
