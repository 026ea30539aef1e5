package io.github.gpai4j.core.copyright;

/**
 * Where a rightsholder's complaint stands (Code of Practice, Copyright Measure 1.5: complaints are handled
 * diligently, non-arbitrarily and within a reasonable time, except manifestly unfounded ones and ones identical to
 * complaints already handled). The states are gpai4j's modelling; the Code names no states and sets no deadline.
 *
 * @since 0.3.0
 */
public enum ComplaintState {
  /** Received, not yet assessed. */
  RECEIVED,
  /** Being assessed. */
  UNDER_REVIEW,
  /** Handled: a decision was taken and communicated. */
  RESOLVED,
  /** Not handled because manifestly unfounded. */
  REJECTED_MANIFESTLY_UNFOUNDED,
  /** Not handled again because identical to a complaint already handled. */
  DUPLICATE;

  /**
   * Returns whether the complaint is closed: resolved, rejected or a duplicate.
   *
   * @return true if closed
   */
  public boolean isClosed() {
    return this != RECEIVED && this != UNDER_REVIEW;
  }
}
