package io.github.gpai4j.taxonomy;

import com.fasterxml.jackson.annotation.JsonValue;

/**
 * The further risks that signatories may add to the six {@link FirstDraftRiskType}s under the first draft of the
 * Code (14 November 2024, Measure 6.1, p.&nbsp;18), which the draft gives as examples ("for example"), not as a closed
 * list: major accidents, large-scale privacy infringement and surveillance, and other large-scale harm to ten listed
 * interests.
 *
 * <p>In the final Code, five of these interests became the five {@link SystemicRiskType}s and most others became
 * {@link RiskTypeExample}s; human agency has no counterpart.
 *
 * @since 0.1.0
 */
public enum FirstDraftAdditionalRisk implements FirstDraftEntry {
  /** Major accidents. */
  MAJOR_ACCIDENTS("6.1 further risk (a)", "18", Provenance.CONFIRMED_PRIMARY, ""),
  /** Large-scale privacy infringement and surveillance. */
  PRIVACY_INFRINGEMENT_AND_SURVEILLANCE("6.1 further risk (b)", "18", Provenance.CONFIRMED_PRIMARY, ""),
  /** Other large-scale harm to public health. */
  HARM_TO_PUBLIC_HEALTH("6.1 other large-scale harm (1)", "18", Provenance.CONFIRMED_PRIMARY, ""),
  /** Other large-scale harm to safety. */
  HARM_TO_SAFETY("6.1 other large-scale harm (2)", "18", Provenance.CONFIRMED_PRIMARY, ""),
  /** Other large-scale harm to democratic processes. */
  HARM_TO_DEMOCRATIC_PROCESSES("6.1 other large-scale harm (3)", "18", Provenance.CONFIRMED_PRIMARY, ""),
  /** Other large-scale harm to public and economic security. */
  HARM_TO_PUBLIC_AND_ECONOMIC_SECURITY("6.1 other large-scale harm (4)", "18", Provenance.CONFIRMED_PRIMARY, ""),
  /** Other large-scale harm to critical infrastructure. */
  HARM_TO_CRITICAL_INFRASTRUCTURE("6.1 other large-scale harm (5)", "18", Provenance.CONFIRMED_PRIMARY, ""),
  /** Other large-scale harm to fundamental rights. */
  HARM_TO_FUNDAMENTAL_RIGHTS("6.1 other large-scale harm (6)", "18", Provenance.CONFIRMED_PRIMARY, ""),
  /** Other large-scale harm to environmental resources. */
  HARM_TO_ENVIRONMENTAL_RESOURCES("6.1 other large-scale harm (7)", "18", Provenance.CONFIRMED_PRIMARY, ""),
  /** Other large-scale harm to economic stability. */
  HARM_TO_ECONOMIC_STABILITY("6.1 other large-scale harm (8)", "18", Provenance.CONFIRMED_PRIMARY, ""),
  /** Other large-scale harm to human agency. */
  HARM_TO_HUMAN_AGENCY("6.1 other large-scale harm (9)", "18", Provenance.CONFIRMED_PRIMARY, ""),
  /** Other large-scale harm to society as a whole. */
  HARM_TO_SOCIETY_AS_A_WHOLE(
      "6.1 other large-scale harm (10)", "18", Provenance.CONFIRMED_PRIMARY, "");

  private final DraftReference reference;

  FirstDraftAdditionalRisk(String draftItem, String page, Provenance provenance, String corroboration) {
    this.reference = new DraftReference(draftItem, page, provenance, corroboration);
  }

  @JsonValue
  @Override
  public String code() {
    return category().codeOf(this);
  }

  @Override
  public TaxonomyCategory category() {
    return TaxonomyCategory.DRAFT_ADDITIONAL_RISK;
  }

  @Override
  public DraftReference reference() {
    return reference;
  }
}
