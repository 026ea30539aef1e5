package io.github.gpai4j.taxonomy;

import com.fasterxml.jackson.annotation.JsonValue;

/**
 * The six bullets of dangerous model capabilities in the first draft of the Code (14 November 2024, Measure
 * 6.3.1, pp.&nbsp;18-19). A bullet often bundles several capabilities; the final Code lists them separately.
 *
 * @since 0.1.0
 */
public enum FirstDraftCapability implements FirstDraftEntry {
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

  private final DraftReference reference;

  FirstDraftCapability(String draftItem, String page, Provenance provenance, String corroboration) {
    this.reference = new DraftReference(draftItem, page, provenance, corroboration);
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

  @Override
  public DraftReference reference() {
    return reference;
  }
}
