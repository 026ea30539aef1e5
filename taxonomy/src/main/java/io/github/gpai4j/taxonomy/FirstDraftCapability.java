package io.github.gpai4j.taxonomy;

import com.fasterxml.jackson.annotation.JsonValue;
import io.github.gpai4j.core.Instrument;
import io.github.gpai4j.core.LegalBasis;

/**
 * The six bullets of dangerous model capabilities in the first draft of the Code (14 November 2024, Measure
 * 6.3.1, pp. 18-19). A bullet often bundles several capabilities; the final Code lists them separately.
 *
 * @since 0.1.0
 */
public enum FirstDraftCapability implements TaxonomyEntry {
  /** C1: cyber-offensive, CBRN, and weapon acquisition or proliferation capabilities. */
  CYBER_CBRN_AND_WEAPONS("C1", "18-19", Provenance.CONFIRMED_PRIMARY, ""),
  /** C2: autonomy, scalability, adaptability to learn new tasks. */
  AUTONOMY_SCALABILITY_ADAPTABILITY("C2", "18-19", Provenance.CONFIRMED_PRIMARY, ""),
  /** C3: self-replication, self-improvement, ability to train other models. */
  SELF_REPLICATION_AND_IMPROVEMENT("C3", "18-19", Provenance.CONFIRMED_PRIMARY, ""),
  /** C4: persuasion, manipulation and deception. */
  PERSUASION_MANIPULATION_DECEPTION("C4", "18-19", Provenance.CONFIRMED_PRIMARY, ""),
  /** C5: long-horizon planning, forecasting and strategising. */
  LONG_HORIZON_PLANNING(
      "C5", "18-19", Provenance.CONFIRMED_PRIMARY, "ACM Europe TPC comments of 27 Nov 2024, Rec. 6 (quotes the bullet)"),
  /** C6: situational awareness. */
  SITUATIONAL_AWARENESS("C6", "18-19", Provenance.CONFIRMED_PRIMARY, "");

  private final String draftItem;
  private final String page;
  private final Provenance provenance;
  private final String corroboration;

  FirstDraftCapability(String draftItem, String page, Provenance provenance, String corroboration) {
    this.draftItem = draftItem;
    this.page = page;
    this.provenance = provenance;
    this.corroboration = corroboration;
  }

  @JsonValue
  @Override
  public String code() {
    return category().codeOf(this);
  }

  @Override
  public TaxonomyCategory category() {
    return TaxonomyCategory.DRAFT_CAPABILITY;
  }

  /**
   * Returns the provision of the first draft that lists this entry; the draft's bullets are not numbered, so
   * the basis names the section only (see {@link #draftItem()}).
   *
   * @return the legal basis, never null
   */
  @Override
  public LegalBasis legalBasis() {
    return LegalBasis.section(Instrument.COP_FIRST_DRAFT, "6.3.1");
  }

  /**
   * Returns the item number gpai4j's fact sheet gives this entry ({@code C1}); the draft itself does not
   * number its bullets.
   *
   * @return the item number, never null
   */
  public String draftItem() {
    return draftItem;
  }

  @Override
  public Provenance provenance() {
    return provenance;
  }

  @Override
  public String source() {
    return Sources.draft(draftItem, page, corroboration);
  }
}
