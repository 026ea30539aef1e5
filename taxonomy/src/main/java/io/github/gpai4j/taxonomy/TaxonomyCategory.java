package io.github.gpai4j.taxonomy;

import io.github.gpai4j.core.Instrument;
import io.github.gpai4j.core.LegalBasis;
import java.util.Arrays;
import java.util.List;
import java.util.function.Supplier;

/**
 * The lists that make up each version of the systemic-risk taxonomy: in the final Code, the five risk types and
 * their examples (Safety and Security chapter, Appendix 1.1), the essential and contributing characteristics
 * (Appendix 1.2), the three lists of sources (Appendix 1.3) and the specified systemic risks (Appendix 1.4); in
 * the first draft, the types and further risks (Measure 6.1), the nature dimensions (6.2) and the three lists of
 * sources (6.3.1-6.3.3).
 *
 * <p>The code of an entry is its category's {@link #codePrefix()}, a dot, and the entry's constant name, for
 * example {@code FINAL.CAPABILITY.OFFENSIVE_CYBER} or {@code DRAFT1.TYPE.CYBER_OFFENCE}.
 *
 * @since 0.1.0
 */
public enum TaxonomyCategory {
  /** Final Appendix 1.1: the five types of systemic risk. */
  RISK_TYPE(TaxonomyVersion.FINAL_2025_07, "FINAL.TYPE", finalAppendix("1.1"), SystemicRiskType::values),
  /** Final Appendix 1.1, second paragraph: examples of risks to draw on when compiling the list of risks. */
  RISK_TYPE_EXAMPLE(TaxonomyVersion.FINAL_2025_07, "FINAL.EXAMPLE", finalAppendix("1.1"), RiskTypeExample::values),
  /** Final Appendix 1.2.1: the three essential characteristics of the nature of systemic risks. */
  ESSENTIAL_CHARACTERISTIC(
      TaxonomyVersion.FINAL_2025_07, "FINAL.ESSENTIAL", finalAppendix("1.2.1"), EssentialCharacteristic::values),
  /** Final Appendix 1.2.2: the six contributing characteristics. */
  CONTRIBUTING_CHARACTERISTIC(
      TaxonomyVersion.FINAL_2025_07,
      "FINAL.CONTRIBUTING",
      finalAppendix("1.2.2"),
      ContributingCharacteristic::values),
  /** Final Appendix 1.3.1: the fourteen model capabilities. */
  MODEL_CAPABILITY(TaxonomyVersion.FINAL_2025_07, "FINAL.CAPABILITY", finalAppendix("1.3.1"), ModelCapability::values),
  /** Final Appendix 1.3.2: the ten model propensities. */
  MODEL_PROPENSITY(TaxonomyVersion.FINAL_2025_07, "FINAL.PROPENSITY", finalAppendix("1.3.2"), ModelPropensity::values),
  /** Final Appendix 1.3.3: the thirteen model affordances and other systemic risk sources. */
  MODEL_AFFORDANCE(TaxonomyVersion.FINAL_2025_07, "FINAL.AFFORDANCE", finalAppendix("1.3.3"), ModelAffordance::values),
  /** Final Appendix 1.4: the four specified systemic risks. */
  SPECIFIED_SYSTEMIC_RISK(
      TaxonomyVersion.FINAL_2025_07, "FINAL.SPECIFIED", finalAppendix("1.4"), SpecifiedSystemicRisk::values),
  /** First draft 6.1: the six types of systemic risk signatories "will treat" as systemic. */
  DRAFT_RISK_TYPE(TaxonomyVersion.FIRST_DRAFT_2024_11, "DRAFT1.TYPE", draftSection("6.1"), FirstDraftRiskType::values),
  /** First draft 6.1: the further risks signatories may add (major accidents, privacy, other large-scale harm). */
  DRAFT_ADDITIONAL_RISK(
      TaxonomyVersion.FIRST_DRAFT_2024_11,
      "DRAFT1.ADDITIONAL",
      draftSection("6.1"),
      FirstDraftAdditionalRisk::values),
  /** First draft 6.2: the eight dimensions of the nature of systemic risks. */
  DRAFT_NATURE_DIMENSION(
      TaxonomyVersion.FIRST_DRAFT_2024_11,
      "DRAFT1.NATURE",
      draftSection("6.2"),
      FirstDraftNatureDimension::values),
  /** First draft 6.3.1: the six bullets of dangerous model capabilities. */
  DRAFT_CAPABILITY(
      TaxonomyVersion.FIRST_DRAFT_2024_11, "DRAFT1.CAPABILITY", draftSection("6.3.1"), FirstDraftCapability::values),
  /** First draft 6.3.2: the seven bullets of dangerous model propensities. */
  DRAFT_PROPENSITY(
      TaxonomyVersion.FIRST_DRAFT_2024_11, "DRAFT1.PROPENSITY", draftSection("6.3.2"), FirstDraftPropensity::values),
  /** First draft 6.3.3: model affordances and socio-technical context (eleven bullets and one doubtful line). */
  DRAFT_AFFORDANCE(
      TaxonomyVersion.FIRST_DRAFT_2024_11, "DRAFT1.AFFORDANCE", draftSection("6.3.3"), FirstDraftAffordance::values);

  private final TaxonomyVersion version;
  private final String codePrefix;
  private final LegalBasis legalBasis;
  private final Supplier<TaxonomyEntry[]> values;

  TaxonomyCategory(
      TaxonomyVersion version, String codePrefix, LegalBasis legalBasis, Supplier<TaxonomyEntry[]> values) {
    this.version = version;
    this.codePrefix = codePrefix;
    this.legalBasis = legalBasis;
    this.values = values;
  }

  private static LegalBasis finalAppendix(String number) {
    return LegalBasis.appendix(Instrument.COP_SAFETY_AND_SECURITY, number);
  }

  private static LegalBasis draftSection(String number) {
    return LegalBasis.section(Instrument.COP_FIRST_DRAFT, number);
  }

  /**
   * Returns the version of the taxonomy this list belongs to.
   *
   * @return the version, never null
   */
  public TaxonomyVersion version() {
    return version;
  }

  /**
   * Returns the prefix of the codes of this list's entries, such as {@code FINAL.CAPABILITY}.
   *
   * @return the prefix, never null
   */
  public String codePrefix() {
    return codePrefix;
  }

  /**
   * Returns the provision that sets out this list.
   *
   * @return the legal basis, never null
   */
  public LegalBasis legalBasis() {
    return legalBasis;
  }

  /**
   * Returns the entries of this list in the order the text gives them.
   *
   * @return an unmodifiable list, never null
   */
  public List<TaxonomyEntry> entries() {
    return List.copyOf(Arrays.asList(values.get()));
  }

  /**
   * Returns the code of an entry of this list: the prefix, a dot and the constant name.
   *
   * @param entry the entry's constant, not null
   * @return the code
   */
  String codeOf(Enum<?> entry) {
    return codePrefix + '.' + entry.name();
  }
}
