package io.github.gpai4j.evaluation.classification;

import java.time.LocalDate;
import java.util.List;
import org.jspecify.annotations.Nullable;

/**
 * The earliest date on which the provider of a designated model may ask for reassessment (Art.&nbsp;52(5) of Regulation
 * (EU) 2024/1689: no earlier than six months after the designation decision, or after a decision maintaining it).
 *
 * @param decisionDate the designation or maintaining decision the six months run from, or null if there is none
 * @param earliestRequest the earliest request date, or null if the model is not designated
 * @param reasons the reason trace, not null
 * @since 0.1.0
 */
public record ReassessmentAssessment(
    @Nullable LocalDate decisionDate, @Nullable LocalDate earliestRequest, List<Reason> reasons) {

  /**
   * Copies the components.
   *
   * @param decisionDate the designation or maintaining decision the six months run from, or null if there is none
   * @param earliestRequest the earliest request date, or null if the model is not designated
   * @param reasons the reason trace, not null
   * @throws NullPointerException if the reasons are null
   */
  public ReassessmentAssessment {
    reasons = List.copyOf(reasons);
  }
}
