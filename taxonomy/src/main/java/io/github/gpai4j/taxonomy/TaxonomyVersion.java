package io.github.gpai4j.taxonomy;

import java.time.LocalDate;

/**
 * The published texts of the GPAI Code of Practice whose systemic-risk taxonomy gpai4j models.
 *
 * @since 0.1.0
 */
public enum TaxonomyVersion {
  /** First draft of the Code of Practice, Section III "Taxonomy of systemic risks", published 14 November 2024. */
  FIRST_DRAFT_2024_11(LocalDate.of(2024, 11, 14)),
  /** Final Code of Practice, Safety and Security chapter, Appendix 1, published 10 July 2025. */
  FINAL_2025_07(LocalDate.of(2025, 7, 10));

  private final LocalDate published;

  TaxonomyVersion(LocalDate published) {
    this.published = published;
  }

  /**
   * Returns the date the text was published.
   *
   * @return the publication date, never null
   */
  public LocalDate published() {
    return published;
  }
}
