package io.github.gpai4j.evaluation.classification;

/**
 * Where the Art.&nbsp;52(1) notification of Regulation (EU) 2024/1689 stands as of the evaluation date.
 *
 * @since 0.1.0
 */
public enum NotificationStatus {
  /** No notification is required: the Art.&nbsp;51(1)(a) condition is known not to be met. */
  NOT_REQUIRED,
  /** Required, not yet made, and the due date has not passed. */
  PENDING,
  /** Required, not made, and the due date has passed. */
  OVERDUE,
  /** Made on or before the due date (or when the due date is unknown). */
  NOTIFIED,
  /** Made after the due date. */
  NOTIFIED_LATE,
  /** Required and not made, but the trigger date is unknown so the due date cannot be computed. */
  DUE_DATE_UNKNOWN,
  /** Whether a notification is required is not decided by the facts given. */
  INDETERMINATE
}
