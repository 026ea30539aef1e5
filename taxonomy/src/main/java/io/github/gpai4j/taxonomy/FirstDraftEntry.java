package io.github.gpai4j.taxonomy;

import io.github.gpai4j.core.LegalBasis;

/**
 * An entry of the first draft's taxonomy (Measure 6 of the first draft of the Code of Practice, 14 November 2024).
 * Its legal basis is the section of the draft that lists it; the draft's bullets are not numbered, so the basis
 * names the section only, and {@link #draftItem()} gives gpai4j's item number.
 *
 * @since 0.1.0
 */
public sealed interface FirstDraftEntry extends TaxonomyEntry
    permits FirstDraftRiskType, FirstDraftAdditionalRisk, FirstDraftNatureDimension, FirstDraftCapability,
        FirstDraftPropensity, FirstDraftAffordance {

  /**
   * Returns where the entry stands in the draft and how firmly that is established.
   *
   * @return the reference, never null
   */
  DraftReference reference();

  /**
   * Returns the section of the first draft that lists this entry, the same for every entry of its category.
   *
   * @return the legal basis, never null
   */
  @Override
  default LegalBasis legalBasis() {
    return category().legalBasis();
  }

  /**
   * Returns the item number gpai4j's fact sheet gives this entry ({@code T1}, {@code A12}).
   *
   * @return the item number, never null
   */
  default String draftItem() {
    return reference().item();
  }

  @Override
  default Provenance provenance() {
    return reference().provenance();
  }

  @Override
  default String source() {
    return reference().source();
  }
}
