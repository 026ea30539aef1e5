package io.github.gpai4j.taxonomy;

import com.fasterxml.jackson.annotation.JsonValue;

/**
 * The seven bullets of dangerous model propensities in the first draft of the Code (14 November 2024, Measure
 * 6.3.2, p.&nbsp;19).
 *
 * @since 0.1.0
 */
public enum FirstDraftPropensity implements FirstDraftEntry {
  /** P1: misalignment with human intent and/or values. */
  MISALIGNMENT("P1", "19", Provenance.CONFIRMED_PRIMARY, ""),
  /** P2: tendency to deceive. */
  TENDENCY_TO_DECEIVE("P2", "19", Provenance.CONFIRMED_PRIMARY, ""),
  /** P3: bias. */
  BIAS("P3", "19", Provenance.CONFIRMED_PRIMARY, ""),
  /** P4: confabulation. */
  CONFABULATION("P4", "19", Provenance.CONFIRMED_PRIMARY, ""),
  /** P5: lack of reliability and security. */
  LACK_OF_RELIABILITY_AND_SECURITY("P5", "19", Provenance.CONFIRMED_PRIMARY, ""),
  /** P6: goal-pursuing, resistance to goal modification, power-seeking. */
  GOAL_PURSUIT_AND_POWER_SEEKING("P6", "19", Provenance.CONFIRMED_PRIMARY, ""),
  /** P7: colluding with other AI models or systems. */
  COLLUSION_WITH_OTHER_AI("P7", "19", Provenance.CONFIRMED_PRIMARY, "");

  private final DraftReference reference;

  FirstDraftPropensity(String draftItem, String page, Provenance provenance, String corroboration) {
    this.reference = new DraftReference(draftItem, page, provenance, corroboration);
  }

  @JsonValue
  @Override
  public String code() {
    return category().codeOf(this);
  }

  @Override
  public TaxonomyCategory category() {
    return TaxonomyCategory.DRAFT_PROPENSITY;
  }

  @Override
  public DraftReference reference() {
    return reference;
  }
}
