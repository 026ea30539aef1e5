package io.github.gpai4j.taxonomy;

import com.fasterxml.jackson.annotation.JsonValue;

/**
 * The six types of systemic risk that signatories "will treat" as systemic under the first draft of the Code
 * (14 November 2024, Section III, Measure 6.1).
 *
 * <p>All six were read in the draft itself (pp. 17-18). In the final Code, four survive as specified systemic
 * risks, the automated use of models for AI research and development became a model capability and
 * large-scale discrimination became an example of risks to fundamental rights; see {@link TaxonomyMapping}.
 *
 * @since 0.1.0
 */
public enum FirstDraftRiskType implements FirstDraftEntry {
  /** T1: cyber offence. */
  CYBER_OFFENCE("T1", "17-18", Provenance.CONFIRMED_PRIMARY, "futur-ia summary (cybercrimes)"),
  /** T2: chemical, biological, radiological and nuclear risks. */
  CBRN("T2", "17-18", Provenance.CONFIRMED_PRIMARY, "futur-ia summary (biological risks)"),
  /** T3: loss of control. */
  LOSS_OF_CONTROL("T3", "17-18", Provenance.CONFIRMED_PRIMARY, "futur-ia summary"),
  /** T4: automated use of models for AI research and development. */
  AUTOMATED_AI_RESEARCH_AND_DEVELOPMENT(
      "T4", "17-18", Provenance.CONFIRMED_PRIMARY, "ACM Europe TPC comments of 27 Nov 2024, Rec. 6 (quotes the label)"),
  /** T5: persuasion and manipulation. */
  PERSUASION_AND_MANIPULATION(
      "T5",
      "17-18",
      Provenance.CONFIRMED_PRIMARY,
      "futur-ia summary (large-scale disinformation); CEE Digital Democracy Watch feedback on the first draft"
          + " (ceeddw.org), which quotes Section 6.1 on persuasion and manipulation"),
  /** T6: large-scale illegal discrimination. */
  LARGE_SCALE_DISCRIMINATION(
      "T6",
      "17-18",
      Provenance.CONFIRMED_PRIMARY,
      "CDT Europe statement of 12 Mar 2025 on the third draft (cdt.org, copy at newsdirectory3.com), which regrets"
          + " the removal of discrimination from the selected risks of earlier drafts");

  private final DraftReference reference;

  FirstDraftRiskType(String draftItem, String page, Provenance provenance, String corroboration) {
    this.reference = new DraftReference(draftItem, page, provenance, corroboration);
  }

  @JsonValue
  @Override
  public String code() {
    return category().codeOf(this);
  }

  @Override
  public TaxonomyCategory category() {
    return TaxonomyCategory.DRAFT_RISK_TYPE;
  }

  @Override
  public DraftReference reference() {
    return reference;
  }
}
