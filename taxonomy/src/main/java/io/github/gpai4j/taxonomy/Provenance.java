package io.github.gpai4j.taxonomy;

/**
 * How firmly gpai4j knows that a taxonomy entry exists in the text it is attributed to; the confidence tags of
 * the project's domain fact sheets, carried as data so that code relying on a weak entry can say so.
 *
 * <p>Entries of the final Code (Safety and Security chapter, Appendix 1) were read in a full-text copy of the
 * chapter and are {@link #CONFIRMED_PRIMARY}. Entries of the first draft (14 November 2024) were read in a copy
 * of the 36-page draft obtained from a third-party repository; they are {@link #CONFIRMED_PRIMARY} unless the
 * draft itself is ambiguous about them.
 *
 * @since 0.1.0
 */
public enum Provenance {
  /** Read in the text itself (the draft or the final chapter). */
  CONFIRMED_PRIMARY,
  /** Two independent secondary sources agree; the text itself was not read for this point. */
  CONFIRMED_SECONDARY,
  /** One secondary source only. */
  SINGLE_SOURCE,
  /** Not verified, or the text is ambiguous; a hypothesis kept so that nothing is silently dropped. */
  UNCONFIRMED;

  /**
   * Returns whether the entry was read in a primary text.
   *
   * @return true only for {@link #CONFIRMED_PRIMARY}
   */
  public boolean isPrimary() {
    return this == CONFIRMED_PRIMARY;
  }
}
