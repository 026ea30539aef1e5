package io.github.gpai4j.core.profile;

/**
 * A yes/no fact as the caller knows it, with "unknown" as a first-class answer: an unknown fact never counts as
 * satisfied, so that a rule depending on it yields an indeterminate answer or a finding, never a guess.
 *
 * <p>Combination follows Kleene's three-valued logic: {@code YES and UNKNOWN} is {@code UNKNOWN},
 * {@code NO and UNKNOWN} is {@code NO}, {@code YES or UNKNOWN} is {@code YES}.
 *
 * @since 0.1.0
 */
public enum Fact {
  /** The caller knows the fact holds. */
  YES,
  /** The caller knows the fact does not hold. */
  NO,
  /** The caller does not know; this is the default of every fact in a {@link ModelProfile}. */
  UNKNOWN;

  /**
   * Returns {@link #YES} or {@link #NO} for a known boolean.
   *
   * @param value the known value
   * @return the fact
   */
  public static Fact of(boolean value) {
    return value ? YES : NO;
  }

  /**
   * Returns whether the fact is known to hold.
   *
   * @return true only for {@link #YES}
   */
  public boolean isYes() {
    return this == YES;
  }

  /**
   * Returns whether the fact is known not to hold.
   *
   * @return true only for {@link #NO}
   */
  public boolean isNo() {
    return this == NO;
  }

  /**
   * Returns whether the fact is unknown.
   *
   * @return true only for {@link #UNKNOWN}
   */
  public boolean isUnknown() {
    return this == UNKNOWN;
  }

  /**
   * Returns the negation; the negation of unknown is unknown.
   *
   * @return the negated fact
   */
  public Fact not() {
    return this == YES ? NO : this == NO ? YES : UNKNOWN;
  }

  /**
   * Returns the three-valued conjunction.
   *
   * @param other the other fact, not null
   * @return {@code NO} if either is {@code NO}, else {@code UNKNOWN} if either is unknown, else {@code YES}
   */
  public Fact and(Fact other) {
    if (this == NO || other == NO) {
      return NO;
    }
    return this == UNKNOWN || other == UNKNOWN ? UNKNOWN : YES;
  }

  /**
   * Returns the three-valued disjunction.
   *
   * @param other the other fact, not null
   * @return {@code YES} if either is {@code YES}, else {@code UNKNOWN} if either is unknown, else {@code NO}
   */
  public Fact or(Fact other) {
    if (this == YES || other == YES) {
      return YES;
    }
    return this == UNKNOWN || other == UNKNOWN ? UNKNOWN : NO;
  }
}
