package io.github.gpai4j.core.documentation;

import java.time.LocalDate;

/**
 * The versions of the Model Documentation Form that gpai4j models, each with its own form table. A document's
 * {@code formVersion} selects the table it is read and validated against
 * ({@link io.github.gpai4j.core.form.DocumentTypes}).
 *
 * @since 0.1.0
 */
public enum FormVersion {
  /** The form annexed to the final Transparency chapter of the GPAI Code of Practice, 10 July 2025. */
  COP_FINAL_2025_07("cop-final-2025-07", LocalDate.of(2025, 7, 10)),
  /**
   * The documentation table of the first draft of the Code of Practice, 14 November 2024 (Measures 1 and 2): 17
   * rows, with the AI Office and national competent authorities in one merged column. Documents of this version
   * are {@link DraftModelDocumentation}s.
   *
   * @since 0.2.0
   */
  COP_DRAFT_2024_11("cop-draft-2024-11", LocalDate.of(2024, 11, 14));

  private final String id;
  private final LocalDate published;

  FormVersion(String id, LocalDate published) {
    this.id = id;
    this.published = published;
  }

  /**
   * Returns the id of the version's form table, such as {@code cop-final-2025-07}.
   *
   * @return the id
   * @since 0.2.0
   */
  public String id() {
    return id;
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
