package io.github.gpai4j.taxonomy;

/**
 * An entry of a version of the systemic-risk taxonomy: a risk type, a characteristic of the nature of systemic
 * risks, a risk source or a specified systemic risk, as set out in Appendix 1 of the Safety and Security chapter
 * of the final Code of Practice (10 July 2025) or in Section III (Measure 6) of the first draft (14 November
 * 2024).
 *
 * <p>Every entry knows its {@link TaxonomyCategory}, hence its {@link TaxonomyVersion}, and how firmly its
 * existence is established ({@link Provenance}) together with the source it was confirmed in.
 *
 * @since 0.1.0
 */
public interface TaxonomyEntry extends Term {

  /**
   * Returns the list of the taxonomy this entry belongs to.
   *
   * @return the category, never null
   */
  TaxonomyCategory category();

  /**
   * Returns the version of the taxonomy this entry belongs to.
   *
   * @return the version, never null
   */
  default TaxonomyVersion version() {
    return category().version();
  }

  /**
   * Returns how firmly the existence of this entry in its text is established.
   *
   * @return the provenance, never null
   */
  Provenance provenance();

  /**
   * Returns where the entry was confirmed: the text and page or item it was read in, and any independent source
   * that corroborates it.
   *
   * @return a short source note, never null
   */
  String source();
}
