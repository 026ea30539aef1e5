package io.github.gpai4j.taxonomy;

import com.fasterxml.jackson.annotation.JsonValue;
import io.github.gpai4j.core.Instrument;
import io.github.gpai4j.core.LegalBasis;

/**
 * The five types of systemic risk of the final Code of Practice (Safety and Security chapter, Appendix 1.1): the
 * distinct, possibly overlapping, kinds of risk from which a signatory compiles its list of possible systemic
 * risks under Measure 2.1(1)(a).
 *
 * @since 0.1.0
 */
public enum SystemicRiskType implements TaxonomyEntry {
  /** Appendix 1.1(1): risks to public health. */
  PUBLIC_HEALTH("1"),
  /** Appendix 1.1(2): risks to safety. */
  SAFETY("2"),
  /** Appendix 1.1(3): risks to public security. */
  PUBLIC_SECURITY("3"),
  /** Appendix 1.1(4): risks to fundamental rights. */
  FUNDAMENTAL_RIGHTS("4"),
  /** Appendix 1.1(5): risks to society as a whole. */
  SOCIETY_AS_A_WHOLE("5");

  private final String item;

  SystemicRiskType(String item) {
    this.item = item;
  }

  @JsonValue
  @Override
  public String code() {
    return category().codeOf(this);
  }

  @Override
  public TaxonomyCategory category() {
    return TaxonomyCategory.RISK_TYPE;
  }

  @Override
  public LegalBasis legalBasis() {
    return LegalBasis.appendix(Instrument.COP_SAFETY_AND_SECURITY, "1.1", item);
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
