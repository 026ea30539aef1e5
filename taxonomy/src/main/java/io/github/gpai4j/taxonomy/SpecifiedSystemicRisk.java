package io.github.gpai4j.taxonomy;

import com.fasterxml.jackson.annotation.JsonValue;
import io.github.gpai4j.core.Instrument;
import io.github.gpai4j.core.LegalBasis;

/**
 * The four specified systemic risks of the final Code (Safety and Security chapter, Appendix 1.4), which a
 * signatory always identifies (Measure 2.1(2)) and for which it always defines systemic risk tiers rather than
 * other acceptance criteria (Measure 4.1).
 *
 * @since 0.1.0
 */
public enum SpecifiedSystemicRisk implements TaxonomyEntry {
  /** Appendix 1.4(1): chemical, biological, radiological and nuclear attacks or accidents. */
  CBRN("1"),
  /** Appendix 1.4(2): humans losing the ability to reliably direct, modify or shut down a model. */
  LOSS_OF_CONTROL("2"),
  /** Appendix 1.4(3): large-scale sophisticated cyber-attacks, including on critical systems and infrastructure. */
  CYBER_OFFENCE("3"),
  /**
   * Appendix 1.4(4): strategic distortion of human behaviour or beliefs by targeting large populations or
   * high-stakes decision-makers, through persuasion, deception or personalised targeting, which may undermine
   * democratic processes and fundamental rights, including exploitation based on protected characteristics.
   */
  HARMFUL_MANIPULATION("4");

  private final String item;

  SpecifiedSystemicRisk(String item) {
    this.item = item;
  }

  @JsonValue
  @Override
  public String code() {
    return category().codeOf(this);
  }

  @Override
  public TaxonomyCategory category() {
    return TaxonomyCategory.SPECIFIED_SYSTEMIC_RISK;
  }

  @Override
  public LegalBasis legalBasis() {
    return LegalBasis.appendix(Instrument.COP_SAFETY_AND_SECURITY, "1.4", item);
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
