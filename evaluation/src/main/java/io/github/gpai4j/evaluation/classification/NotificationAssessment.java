package io.github.gpai4j.evaluation.classification;

import io.github.gpai4j.core.profile.Fact;

import static java.util.Objects.requireNonNull;

import java.time.LocalDate;
import java.util.List;
import org.jspecify.annotations.Nullable;

/**
 * The Art.&nbsp;52(1) notification of Regulation (EU) 2024/1689: whether it is required, its trigger (the earlier of the
 * condition being met and becoming known to be met, but not before Chapter V applied) and its due date (two weeks,
 * 14 days, after the trigger), with the following working day when the last day is a Saturday, Sunday or public
 * holiday (Art.&nbsp;3(4) of Regulation (EEC, Euratom) No 1182/71, gpai4j's interpretation).
 * <p>When whether a notification is required is undecided ({@link NotificationStatus#INDETERMINATE}), the trigger
 * and dates are those that apply if it is.
 *
 * @param status where the notification stands as of the evaluation date, not null
 * @param required whether a notification is required, not null
 * @param trigger the day from which the two weeks run, or null when unknown or not required
 * @param dueDate the last day for the notification, or null when the trigger is unknown or none is required
 * @param extendedDueDate the following working day when the due date is not a working day, or null
 * @param notifiedOn the day the notification was made, or null if not made as of the evaluation date
 * @param reasons the reason trace, not null
 * @since 0.1.0
 */
public record NotificationAssessment(
    NotificationStatus status,
    Fact required,
    @Nullable LocalDate trigger,
    @Nullable LocalDate dueDate,
    @Nullable LocalDate extendedDueDate,
    @Nullable LocalDate notifiedOn,
    List<Reason> reasons) {

  /**
   * Checks and copies the components.
   *
   * @param status where the notification stands as of the evaluation date, not null
   * @param required whether a notification is required, not null
   * @param trigger the day from which the two weeks run, or null when unknown or not required
   * @param dueDate the last day for the notification, or null when the trigger is unknown or none is required
   * @param extendedDueDate the following working day when the due date is not a working day, or null
   * @param notifiedOn the day the notification was made, or null if not made as of the evaluation date
   * @param reasons the reason trace, not null
   * @throws NullPointerException if a non-nullable component is null
   */
  public NotificationAssessment {
    requireNonNull(status, "status");
    requireNonNull(required, "required");
    reasons = List.copyOf(reasons);
  }
}
