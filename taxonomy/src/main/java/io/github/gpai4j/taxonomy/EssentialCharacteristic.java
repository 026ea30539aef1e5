package io.github.gpai4j.taxonomy;

import com.fasterxml.jackson.annotation.JsonValue;
import io.github.gpai4j.core.Instrument;
import io.github.gpai4j.core.LegalBasis;

/**
 * The three essential characteristics of the nature of systemic risks in the final Code (Safety and Security
 * chapter, Appendix 1.2.1), which restate the definition of systemic risk in Art.&nbsp;3(65) of Regulation (EU)
 * 2024/1689 (with high-impact capabilities per Art.&nbsp;3(64)); they inform systemic risk identification under
 * Commitment 2.
 *
 * @since 0.1.0
 */
public enum EssentialCharacteristic implements TaxonomyEntry {
  /** Appendix 1.2.1(1): the risk is specific to high-impact capabilities (Art.&nbsp;3(64), 3(65)). */
  SPECIFIC_TO_HIGH_IMPACT_CAPABILITIES("1"),
  /** Appendix 1.2.1(2): the risk has a significant impact on the Union market (Art.&nbsp;3(65)). */
  SIGNIFICANT_UNION_MARKET_IMPACT("2"),
  /** Appendix 1.2.1(3): the impact can propagate at scale across the value chain (Art.&nbsp;3(65)). */
  PROPAGATES_AT_SCALE_ALONG_VALUE_CHAIN("3");

  private final String item;

  EssentialCharacteristic(String item) {
    this.item = item;
  }

  @JsonValue
  @Override
  public String code() {
    return category().codeOf(this);
  }

  @Override
  public TaxonomyCategory category() {
    return TaxonomyCategory.ESSENTIAL_CHARACTERISTIC;
  }

  @Override
  public LegalBasis legalBasis() {
    return LegalBasis.appendix(Instrument.COP_SAFETY_AND_SECURITY, "1.2.1", item);
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
