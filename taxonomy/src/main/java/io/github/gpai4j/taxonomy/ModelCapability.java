package io.github.gpai4j.taxonomy;

import com.fasterxml.jackson.annotation.JsonValue;
import io.github.gpai4j.core.Instrument;
import io.github.gpai4j.core.LegalBasis;

/**
 * The fourteen model capabilities listed as non-exhaustive systemic risk sources by the final Code (Safety and
 * Security chapter, Appendix 1.3.1), used in systemic risk identification (Commitment 2) and as the measure in
 * which systemic risk tiers are defined (Measure 4.1).
 *
 * @since 0.1.0
 */
public enum ModelCapability implements TaxonomyEntry {
  /** Appendix 1.3.1(1): offensive cyber capabilities. */
  OFFENSIVE_CYBER("1"),
  /** Appendix 1.3.1(2): CBRN capabilities, and other such weapon acquisition or proliferation capabilities. */
  CBRN_AND_WEAPONS("2"),
  /** Appendix 1.3.1(3): capabilities that could cause persistent and serious infringement of fundamental rights. */
  FUNDAMENTAL_RIGHTS_INFRINGEMENT("3"),
  /** Appendix 1.3.1(4): capabilities to manipulate, persuade or deceive. */
  MANIPULATION_PERSUASION_DECEPTION("4"),
  /** Appendix 1.3.1(5): capabilities to operate autonomously. */
  AUTONOMOUS_OPERATION("5"),
  /** Appendix 1.3.1(6): capabilities to adaptively learn new tasks. */
  ADAPTIVE_TASK_LEARNING("6"),
  /** Appendix 1.3.1(7): long-horizon planning, forecasting or strategising. */
  LONG_HORIZON_PLANNING("7"),
  /** Appendix 1.3.1(8): self-reasoning, including knowing whether it is being evaluated. */
  SELF_REASONING("8"),
  /** Appendix 1.3.1(9): capabilities to evade human oversight. */
  EVADING_HUMAN_OVERSIGHT("9"),
  /** Appendix 1.3.1(10): self-replication, self-improvement or modifying its own implementation environment. */
  SELF_REPLICATION_AND_IMPROVEMENT("10"),
  /** Appendix 1.3.1(11): capabilities to automate AI research and development. */
  AI_RESEARCH_AUTOMATION("11"),
  /** Appendix 1.3.1(12): capabilities to process multiple modalities. */
  MULTIPLE_MODALITIES("12"),
  /** Appendix 1.3.1(13): tool use, including computer use. */
  TOOL_USE("13"),
  /** Appendix 1.3.1(14): capabilities to control physical systems. */
  PHYSICAL_SYSTEM_CONTROL("14");

  private final String item;

  ModelCapability(String item) {
    this.item = item;
  }

  @JsonValue
  @Override
  public String code() {
    return category().codeOf(this);
  }

  @Override
  public TaxonomyCategory category() {
    return TaxonomyCategory.MODEL_CAPABILITY;
  }

  @Override
  public LegalBasis legalBasis() {
    return LegalBasis.appendix(Instrument.COP_SAFETY_AND_SECURITY, "1.3.1", item);
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
