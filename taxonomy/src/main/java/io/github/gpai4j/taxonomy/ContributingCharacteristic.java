package io.github.gpai4j.taxonomy;

import com.fasterxml.jackson.annotation.JsonValue;
import io.github.gpai4j.core.Instrument;
import io.github.gpai4j.core.LegalBasis;

/**
 * The six contributing characteristics of the nature of systemic risks in the final Code (Safety and Security
 * chapter, Appendix 1.2.2), which inform systemic risk identification under Commitment 2.
 *
 * @since 0.1.0
 */
public enum ContributingCharacteristic implements TaxonomyEntry {
  /** Appendix 1.2.2(1): grows with model capabilities or may emerge at the frontier. */
  CAPABILITY_DEPENDENT("1"),
  /** Appendix 1.2.2(2): grows with model reach. */
  REACH_DEPENDENT("2"),
  /** Appendix 1.2.2(3): may materialise fast enough to outpace mitigations. */
  HIGH_VELOCITY("3"),
  /** Appendix 1.2.2(4): may trigger other systemic risks or chain reactions. */
  COMPOUNDING_OR_CASCADING("4"),
  /** Appendix 1.2.2(5): leaves persistent or irreversible changes once materialised. */
  DIFFICULT_OR_IMPOSSIBLE_TO_REVERSE("5"),
  /** Appendix 1.2.2(6): few actors or events can cause a disproportionate impact. */
  ASYMMETRIC_IMPACT("6");

  private final String item;

  ContributingCharacteristic(String item) {
    this.item = item;
  }

  @JsonValue
  @Override
  public String code() {
    return category().codeOf(this);
  }

  @Override
  public TaxonomyCategory category() {
    return TaxonomyCategory.CONTRIBUTING_CHARACTERISTIC;
  }

  @Override
  public LegalBasis legalBasis() {
    return LegalBasis.appendix(Instrument.COP_SAFETY_AND_SECURITY, "1.2.2", item);
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
