package io.github.gpai4j.taxonomy.mitigation;

import com.fasterxml.jackson.annotation.JsonValue;
import io.github.gpai4j.core.Instrument;
import io.github.gpai4j.core.LegalBasis;
import io.github.gpai4j.taxonomy.Term;

/**
 * The kinds of safety mitigation that Measure 5.1 of the Safety and Security chapter gives as examples of
 * appropriate safety mitigations, which must be robust under adversarial pressure (for example fine-tuning
 * attacks or jailbreaking) and take the release and distribution strategy into account. The list is not
 * exhaustive; {@link #OTHER} covers the rest.
 *
 * @since 0.1.0
 */
public enum SafetyMitigationKind implements Term {
  /** Measure 5.1(1): filtering and cleaning training data. */
  TRAINING_DATA_FILTERING("1"),
  /** Measure 5.1(2): monitoring and filtering the model's inputs and outputs. */
  INPUT_OUTPUT_MONITORING_AND_FILTERING("2"),
  /** Measure 5.1(3): changing the model's behaviour, such as fine-tuning it to refuse some requests. */
  BEHAVIOUR_MODIFICATION("3"),
  /** Measure 5.1(4): staging access, such as vetted API users first and no initial release of weights. */
  STAGED_ACCESS("4"),
  /** Measure 5.1(5): offering tools that let other actors mitigate systemic risks. */
  TOOLS_FOR_OTHER_ACTORS("5"),
  /** Measure 5.1(6): high-assurance quantitative safety guarantees. */
  QUANTITATIVE_SAFETY_GUARANTEES("6"),
  /** Measure 5.1(7): techniques for a safe ecosystem of AI agents (identification, protocols, monitoring). */
  SAFE_AGENT_ECOSYSTEM("7"),
  /** Measure 5.1(8): emerging techniques, such as keeping chains-of-thought legible. */
  EMERGING_MITIGATIONS("8"),
  /** Any other safety mitigation; Measure 5.1's list is not exhaustive. */
  OTHER("");

  private final String item;

  SafetyMitigationKind(String item) {
    this.item = item;
  }

  @JsonValue
  @Override
  public String code() {
    return "MITIGATION.SAFETY." + name();
  }

  @Override
  public LegalBasis legalBasis() {
    return item.isEmpty()
        ? LegalBasis.measure(Instrument.COP_SAFETY_AND_SECURITY, "5.1")
        : LegalBasis.measure(Instrument.COP_SAFETY_AND_SECURITY, "5.1", item);
  }
}
