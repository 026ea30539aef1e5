package io.github.gpai4j.taxonomy;

import com.fasterxml.jackson.annotation.JsonValue;

/**
 * The model affordances and socio-technical context of the first draft of the Code (14 November 2024, Measure
 * 6.3.3, p.&nbsp;19): eleven bullets and one doubtful line.
 *
 * <p>{@link #FEEDBACK_LOOPS} is {@link Provenance#UNCONFIRMED}: in the draft PDF the line stands alone after the
 * list, without a bullet and just before a page break, so it may be a twelfth item that lost its bullet or a
 * stray line. It is kept, flagged, so that nothing is silently dropped.
 *
 * @since 0.1.0
 */
public enum FirstDraftAffordance implements FirstDraftEntry {
  /** A1: potential to remove guardrails. */
  GUARDRAIL_REMOVAL_POTENTIAL("A1", "19", Provenance.CONFIRMED_PRIMARY, ""),
  /** A2: access to tools, including other models. */
  TOOL_ACCESS("A2", "19", Provenance.CONFIRMED_PRIMARY, ""),
  /** A3: modalities, including novel and combined modalities. */
  MODALITIES("A3", "19", Provenance.CONFIRMED_PRIMARY, ""),
  /** A4: release and distribution strategies. */
  RELEASE_AND_DISTRIBUTION_STRATEGIES("A4", "19", Provenance.CONFIRMED_PRIMARY, ""),
  /** A5: human oversight. */
  HUMAN_OVERSIGHT("A5", "19", Provenance.CONFIRMED_PRIMARY, ""),
  /** A6: model exfiltration. */
  MODEL_EXFILTRATION("A6", "19", Provenance.CONFIRMED_PRIMARY, ""),
  /** A7: number of business users and of end-users. */
  NUMBER_OF_USERS("A7", "19", Provenance.CONFIRMED_PRIMARY, ""),
  /** A8: offence-defence balance. */
  OFFENCE_DEFENCE_BALANCE("A8", "19", Provenance.CONFIRMED_PRIMARY, ""),
  /** A9: societal vulnerability or adaptation. */
  SOCIETAL_VULNERABILITY_OR_ADAPTATION("A9", "19", Provenance.CONFIRMED_PRIMARY, ""),
  /** A10: lack of explainability or transparency. */
  LACK_OF_EXPLAINABILITY_OR_TRANSPARENCY("A10", "19", Provenance.CONFIRMED_PRIMARY, ""),
  /** A11: technology readiness. */
  TECHNOLOGY_READINESS("A11", "19", Provenance.CONFIRMED_PRIMARY, ""),
  /** A12 (doubtful): feedback loops in the use of data, model and inferences; UNCONFIRMED as a list item. */
  FEEDBACK_LOOPS("A12", "19", Provenance.UNCONFIRMED, "");

  private final DraftReference reference;

  FirstDraftAffordance(String draftItem, String page, Provenance provenance, String corroboration) {
    this.reference = new DraftReference(draftItem, page, provenance, corroboration);
  }

  @JsonValue
  @Override
  public String code() {
    return category().codeOf(this);
  }

  @Override
  public TaxonomyCategory category() {
    return TaxonomyCategory.DRAFT_AFFORDANCE;
  }

  @Override
  public DraftReference reference() {
    return reference;
  }
}
