package io.github.gpai4j.taxonomy;

import com.fasterxml.jackson.annotation.JsonValue;
import io.github.gpai4j.core.Instrument;
import io.github.gpai4j.core.LegalBasis;

/**
 * The examples of risks falling under the five {@link SystemicRiskType}s that the final Code (Safety and Security
 * chapter, Appendix 1.1, second paragraph) tells signatories to draw upon when compiling their list of possible
 * systemic risks under Measure 2.1(1)(a).
 *
 * <p>The Code gives the examples as one unnumbered sentence; the order here is the order of that sentence. The
 * grouping is the text's: 12 items as the sentence lists them, the content kinds (illegal, violent, hateful,
 * radicalising or false content, including CSAM and NCII) being one item; split into those kinds, the list would have
 * 16 items. The first draft's further risks (Measure 6.1) were likewise examples ("for example"), not a closed list.
 *
 * @since 0.1.0
 */
public enum RiskTypeExample implements TaxonomyEntry {
  /** Risks of major accidents. */
  MAJOR_ACCIDENTS,
  /** Risks to critical sectors or infrastructure. */
  CRITICAL_SECTORS_OR_INFRASTRUCTURE,
  /** Risks to public mental health. */
  PUBLIC_MENTAL_HEALTH,
  /** Risks to freedom of expression and information. */
  FREEDOM_OF_EXPRESSION_AND_INFORMATION,
  /** Risks to non-discrimination. */
  NON_DISCRIMINATION,
  /** Risks to privacy and the protection of personal data. */
  PRIVACY_AND_PERSONAL_DATA,
  /** Risks to the environment. */
  ENVIRONMENT,
  /** Risks to non-human welfare. */
  NON_HUMAN_WELFARE,
  /** Risks to economic security. */
  ECONOMIC_SECURITY,
  /** Risks to democratic processes. */
  DEMOCRATIC_PROCESSES,
  /** Risks from concentration of power. */
  CONCENTRATION_OF_POWER,
  /** Risks from illegal, violent, hateful, radicalising or false content, including CSAM and NCII. */
  ILLEGAL_OR_HARMFUL_CONTENT;

  @JsonValue
  @Override
  public String code() {
    return category().codeOf(this);
  }

  @Override
  public TaxonomyCategory category() {
    return TaxonomyCategory.RISK_TYPE_EXAMPLE;
  }

  @Override
  public LegalBasis legalBasis() {
    return LegalBasis.appendix(Instrument.COP_SAFETY_AND_SECURITY, "1.1");
  }

  @Override
  public Provenance provenance() {
    return Provenance.CONFIRMED_PRIMARY;
  }

  @Override
  public String source() {
    return Sources.finalText(legalBasis());
  }
}
