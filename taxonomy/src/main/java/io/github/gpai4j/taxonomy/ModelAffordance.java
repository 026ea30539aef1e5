package io.github.gpai4j.taxonomy;

import com.fasterxml.jackson.annotation.JsonValue;
import io.github.gpai4j.core.Instrument;
import io.github.gpai4j.core.LegalBasis;

/**
 * The thirteen model affordances and other systemic risk sources (model configurations, properties and the
 * context in which the model is made available) listed by the final Code (Safety and Security chapter, Appendix
 * 1.3.3).
 *
 * @since 0.1.0
 */
public enum ModelAffordance implements TaxonomyEntry {
  /** Appendix 1.3.3(1): access to tools, computational power or physical systems. */
  ACCESS_TO_TOOLS_COMPUTE_OR_PHYSICAL_SYSTEMS("1"),
  /** Appendix 1.3.3(2): scalability. */
  SCALABILITY("2"),
  /** Appendix 1.3.3(3): release and distribution strategies. */
  RELEASE_AND_DISTRIBUTION_STRATEGIES("3"),
  /** Appendix 1.3.3(4): level of human oversight. */
  LEVEL_OF_HUMAN_OVERSIGHT("4"),
  /** Appendix 1.3.3(5): vulnerability to adversarial removal of guardrails. */
  GUARDRAIL_REMOVAL_VULNERABILITY("5"),
  /** Appendix 1.3.3(6): vulnerability to model exfiltration. */
  EXFILTRATION_VULNERABILITY("6"),
  /** Appendix 1.3.3(7): lack of appropriate infrastructure security. */
  LACK_OF_INFRASTRUCTURE_SECURITY("7"),
  /** Appendix 1.3.3(8): number of business users and end-users. */
  NUMBER_OF_USERS("8"),
  /** Appendix 1.3.3(9): offence-defence balance. */
  OFFENCE_DEFENCE_BALANCE("9"),
  /** Appendix 1.3.3(10): vulnerability of the environment potentially affected. */
  ENVIRONMENT_VULNERABILITY("10"),
  /** Appendix 1.3.3(11): lack of appropriate explainability or transparency. */
  LACK_OF_EXPLAINABILITY_OR_TRANSPARENCY("11"),
  /** Appendix 1.3.3(12): interactions with other AI models or systems. */
  INTERACTIONS_WITH_OTHER_AI("12"),
  /** Appendix 1.3.3(13): inappropriate use of the model. */
  INAPPROPRIATE_USE("13");

  private final String item;

  ModelAffordance(String item) {
    this.item = item;
  }

  @JsonValue
  @Override
  public String code() {
    return category().codeOf(this);
  }

  @Override
  public TaxonomyCategory category() {
    return TaxonomyCategory.MODEL_AFFORDANCE;
  }

  @Override
  public LegalBasis legalBasis() {
    return LegalBasis.appendix(Instrument.COP_SAFETY_AND_SECURITY, "1.3.3", item);
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
