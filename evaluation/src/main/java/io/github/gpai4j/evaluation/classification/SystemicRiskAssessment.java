package io.github.gpai4j.evaluation.classification;

import io.github.gpai4j.core.profile.Fact;

import static java.util.Objects.requireNonNull;

import java.time.LocalDate;
import java.util.List;
import org.jspecify.annotations.Nullable;

/**
 * The systemic-risk status of the model under Arts.&nbsp;51 and 52 of Regulation (EU) 2024/1689, with the date from which
 * it holds and whether Annex XIII(f)'s reach presumption is met.
 *
 * @param status the status, not null
 * @param since the date from which the status holds: the day the Art.&nbsp;51(1)(a) condition was met, the designation
 *     date, or the date the rebuttal was accepted; null when unknown or irrelevant
 * @param reachPresumed whether the model is made available to at least 10 000 registered business users in the Union
 *     (Annex XIII(f)); a criterion for designation, not a presumption of systemic risk
 * @param reasons the reason trace in evaluation order, not null
 * @since 0.1.0
 */
public record SystemicRiskAssessment(
    SystemicRiskStatus status, @Nullable LocalDate since, Fact reachPresumed, List<Reason> reasons) {

  /**
   * Checks and copies the components.
   *
   * @param status the status, not null
   * @param since the date from which the status holds, or null when unknown or irrelevant
   * @param reachPresumed whether it is available to at least 10 000 registered business users (Annex XIII(f)), not null
   * @param reasons the reason trace in evaluation order, not null
   * @throws NullPointerException if a non-nullable component is null
   */
  public SystemicRiskAssessment {
    requireNonNull(status, "status");
    requireNonNull(reachPresumed, "reachPresumed");
    reasons = List.copyOf(reasons);
  }

  /**
   * Returns whether the model is, as of the evaluation date, a GPAI model with systemic risk.
   *
   * @return {@link Fact#YES} for presumed or designated, {@link Fact#UNKNOWN} for indeterminate, else {@link Fact#NO}
   */
  public Fact systemicRisk() {
    return switch (status) {
      case PRESUMED, DESIGNATED -> Fact.YES;
      case INDETERMINATE -> Fact.UNKNOWN;
      case REBUTTED, NOT_PRESUMED -> Fact.NO;
    };
  }
}
