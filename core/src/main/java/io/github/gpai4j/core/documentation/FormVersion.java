package io.github.gpai4j.core.documentation;

import java.time.LocalDate;

/**
 * The versions of the Model Documentation Form that gpai4j models. Rules state which form version they check.
 *
 * @since 0.1.0
 */
public enum FormVersion {
  /** The form annexed to the final Transparency chapter of the GPAI Code of Practice, 10 July 2025. */
  COP_FINAL_2025_07(LocalDate.of(2025, 7, 10));

  private final LocalDate published;

  FormVersion(LocalDate published) {
    this.published = published;
  }

  /**
   * Returns the publication date of this version.
   *
   * @return the date
   */
  public LocalDate published() {
    return published;
  }
}
