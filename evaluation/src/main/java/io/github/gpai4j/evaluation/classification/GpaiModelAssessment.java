package io.github.gpai4j.evaluation.classification;

import io.github.gpai4j.core.profile.Fact;

import static java.util.Objects.requireNonNull;

import java.util.List;

/**
 * Whether the model is a GPAI model per the indicative criterion of the Commission guidelines (section 2.1: training
 * compute greater than 10^23 FLOP and generating language, text-to-image or text-to-video), rebuttable either way.
 *
 * @param status the answer, not null
 * @param indicativeCriterionMet whether the indicative criterion itself is met, not null
 * @param reasons the reason trace in evaluation order, not null
 * @since 0.1.0
 */
public record GpaiModelAssessment(GpaiModelStatus status, Fact indicativeCriterionMet, List<Reason> reasons) {

  /**
   * Checks and copies the components.
   *
   * @param status the answer, not null
   * @param indicativeCriterionMet whether the indicative criterion itself is met, not null
   * @param reasons the reason trace in evaluation order, not null
   * @throws NullPointerException if a component is null
   */
  public GpaiModelAssessment {
    requireNonNull(status, "status");
    requireNonNull(indicativeCriterionMet, "indicativeCriterionMet");
    reasons = List.copyOf(reasons);
  }
}
