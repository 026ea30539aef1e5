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
   * Regulation (EU) 2024/1689 as amended by Regulation (EU) 2026/1744 of 8 July 2026 (Digital Omnibus on AI, OJ L
   * 1744, 24.7.2026), in force from 27 July 2026. A third-party consolidation ("02024R1689 - EN - 27.07.2026", read
   * 1 December 2026) marks Art.&nbsp;56(6) as replaced (the Commission now assesses, taking utmost account of the Board's
   * opinion, whether a code of practice covers the obligations, and publishes its assessment; approval by
   * implementing act is gone) and shows no amendment of Arts.&nbsp;51-55, 88-94, 101, 111(3), 113(b) or Annexes XI-XIII:
   * the obligations of GPAI model providers and their dates are unchanged. Not checked against the Official Journal.
   */
  AI_ACT_AS_AMENDED_2026(LocalDate.of(2026, 7, 27)),
  /** Regulation (EU) 2024/1689 as published in the Official Journal on 12 July 2024. */
  AI_ACT_2024(LocalDate.of(2024, 8, 1)),
  /** General-Purpose AI Code of Practice, final text of 10 July 2025. */
  CODE_OF_PRACTICE_FINAL_2025_07(LocalDate.of(2025, 7, 10)),
  /** General-Purpose AI Code of Practice, first draft of 14 November 2024. */
  CODE_OF_PRACTICE_FIRST_DRAFT_2024_11(LocalDate.of(2024, 11, 14)),
  /**
   * Commission Guidelines on the scope of the obligations for GPAI models, annexed to C(2025) 5045 final of 18 July
   * 2025 (approval of the content of the draft Communication); superseded as the current text by
   * {@link #COMMISSION_GUIDELINES_2025_11}, kept as history.
   */
  COMMISSION_GUIDELINES_2025_07(LocalDate.of(2025, 7, 18)),
  /**
   * The same guidelines as formally issued, C(2025) 7719 final of 19 November 2025. Two independent secondary sources
   * (a statutory register cited by several 2026 repositories; a census of published summaries) give this number and
   * date; gpai4j could not read the instrument itself (searched 1 December 2026), so both are UNCONFIRMED, and
   * section numbers, which the July and November texts share as far as the sources show, are cited rather than
   * paragraph numbers (paragraph numbers may differ between the two; the 10^23 criterion is cited as paragraph 17
   * of C(2025) 7719 by those sources).
   */
  COMMISSION_GUIDELINES_2025_11(LocalDate.of(2025, 11, 19)),
  /**
   * Template for the public summary of training content with its explanatory notice, C(2025) 5235 final of 24 July
   * 2025; superseded as the current text by {@link #TRAINING_CONTENT_TEMPLATE_2025_12}, kept as history.
   */
  TRAINING_CONTENT_TEMPLATE_2025_07(LocalDate.of(2025, 7, 24)),
  /**
   * The template and explanatory notice as a Commission Communication, C(2025) 8311 final of 5 December 2025. Number
   * and date from two independent secondary sources only (UNCONFIRMED; the instrument was not found on 1 December
   * 2026).
   */
  TRAINING_CONTENT_TEMPLATE_2025_12(LocalDate.of(2025, 12, 5));

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
