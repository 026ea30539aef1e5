package io.github.gpai4j.taxonomy.evaluation;

import com.fasterxml.jackson.annotation.JsonValue;
import io.github.gpai4j.core.Instrument;
import io.github.gpai4j.core.LegalBasis;
import io.github.gpai4j.taxonomy.Term;

/**
 * The model evaluation methods that Measure 3.2 of the Safety and Security chapter gives as examples, plus the
 * open-ended testing it requires and {@link #OTHER} for methods it does not name.
 *
 * @since 0.1.0
 */
public enum EvaluationMethod implements Term {
  /** Question-and-answer sets. */
  QA_SET,
  /** Task-based evaluations. */
  TASK_BASED,
  /** Benchmarks. */
  BENCHMARK,
  /** Red-teaming and other methods of adversarial testing. */
  RED_TEAMING,
  /** Human uplift studies. */
  HUMAN_UPLIFT_STUDY,
  /** Model organisms. */
  MODEL_ORGANISM,
  /** Simulations. */
  SIMULATION,
  /** Proxy evaluations for classified materials. */
  PROXY_EVALUATION,
  /** Open-ended testing of the model, which Measure 3.2 requires to be included. */
  OPEN_ENDED_TESTING,
  /** Any other method. */
  OTHER;

  @JsonValue
  @Override
  public String code() {
    return "EVALUATION.METHOD." + name();
  }

  @Override
  public LegalBasis legalBasis() {
    return LegalBasis.measure(Instrument.COP_SAFETY_AND_SECURITY, "3.2");
  }
}
