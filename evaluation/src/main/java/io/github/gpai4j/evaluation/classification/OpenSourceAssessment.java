package io.github.gpai4j.evaluation.classification;

import static java.util.Objects.requireNonNull;

import java.util.List;

/**
 * Whether the open-source exemption of Arts.&nbsp;53(2) and 54(6) of Regulation (EU) 2024/1689 applies, with every
 * condition that blocks it.
 *
 * @param status the answer, not null
 * @param blockers the conditions known to fail or not known to hold, in {@link ExemptionCondition} order, not null
 * @param reasons the reason trace, not null
 * @since 0.1.0
 */
public record OpenSourceAssessment(ExemptionStatus status, List<ExemptionBlocker> blockers, List<Reason> reasons) {

  /**
   * Checks and copies the components.
   *
   * @param status the answer, not null
   * @param blockers the conditions known to fail or not known to hold, in {@link ExemptionCondition} order, not null
   * @param reasons the reason trace, not null
   * @throws NullPointerException if a component is null
   */
  public OpenSourceAssessment {
    requireNonNull(status, "status");
    blockers = List.copyOf(blockers);
    reasons = List.copyOf(reasons);
  }
}
