package io.github.gpai4j.taxonomy;

import com.fasterxml.jackson.annotation.JsonValue;
import io.github.gpai4j.core.Instrument;
import io.github.gpai4j.core.LegalBasis;

/**
 * The ten model propensities (tendencies of a model to show some behaviours) listed as non-exhaustive systemic
 * risk sources by the final Code (Safety and Security chapter, Appendix 1.3.2).
 *
 * @since 0.1.0
 */
public enum ModelPropensity implements TaxonomyEntry {
  /** Appendix 1.3.2(1): misalignment with human intent. */
  MISALIGNMENT_WITH_HUMAN_INTENT("1"),
  /** Appendix 1.3.2(2): misalignment with human values. */
  MISALIGNMENT_WITH_HUMAN_VALUES("2"),
  /** Appendix 1.3.2(3): tendency to deploy capabilities in harmful ways. */
  HARMFUL_DEPLOYMENT_OF_CAPABILITIES("3"),
  /** Appendix 1.3.2(4): tendency to hallucinate, produce misinformation or obscure sources. */
  HALLUCINATION_AND_MISINFORMATION("4"),
  /** Appendix 1.3.2(5): discriminatory bias. */
  DISCRIMINATORY_BIAS("5"),
  /** Appendix 1.3.2(6): lack of performance reliability. */
  LACK_OF_PERFORMANCE_RELIABILITY("6"),
  /** Appendix 1.3.2(7): lawlessness. */
  LAWLESSNESS("7"),
  /** Appendix 1.3.2(8): goal-pursuing, harmful resistance to goal modification, power-seeking. */
  GOAL_PURSUIT_AND_POWER_SEEKING("8"),
  /** Appendix 1.3.2(9): colluding with other AI models or systems. */
  COLLUSION_WITH_OTHER_AI("9"),
  /** Appendix 1.3.2(10): mis-coordination or conflict with other AI models or systems. */
  MISCOORDINATION_OR_CONFLICT_WITH_OTHER_AI("10");

  private final String item;

  ModelPropensity(String item) {
    this.item = item;
  }

  @JsonValue
  @Override
  public String code() {
    return category().codeOf(this);
  }

  @Override
  public TaxonomyCategory category() {
    return TaxonomyCategory.MODEL_PROPENSITY;
  }

  @Override
  public LegalBasis legalBasis() {
    return LegalBasis.appendix(Instrument.COP_SAFETY_AND_SECURITY, "1.3.2", item);
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
