package io.github.gpai4j.core.documentation;

import static java.util.Objects.requireNonNull;

import java.math.BigDecimal;
import org.jspecify.annotations.Nullable;

/**
 * The training-time ranges of MDF-7.1a, for national competent authorities: less than one month, one to three
 * months, three to six months, more than six months.
 *
 * <p>The form measures months without defining them (UNCONFIRMED). gpai4j converts wall-clock days at 30 days a
 * month for {@link #of(BigDecimal)} and, like {@link ParameterRange}, accepts a value equal to a boundary in
 * either adjacent range in {@link #containsAcceptingBoundaries(BigDecimal)}, widened to calendar months of 28 to 31
 * days but never so far that a duration contradicts the range's label; that method gives the exact readings.
 *
 * @since 0.1.0
 */
public enum TrainingTimeRange {
  /** Less than 1 month. */
  LESS_THAN_1_MONTH("less than 1 month", null, "30", null, "<31"),
  /** 1 to 3 months. */
  FROM_1_TO_3_MONTHS("1–3 months", "30", "90", ">=28", "<=92"),
  /** 3 to 6 months. */
  FROM_3_TO_6_MONTHS("3–6 months", "90", "180", ">=89", "<=184"),
  /** More than 6 months. */
  MORE_THAN_6_MONTHS("more than 6 months", "180", null, ">180", null);

  private final String label;
  private final @Nullable BigDecimal lowerDays;
  private final @Nullable BigDecimal upperDays;
  /** The accepted lower bound, or null; inclusive when {@link #fromInclusive}. */
  private final @Nullable BigDecimal acceptedFrom;
  private final boolean fromInclusive;
  /** The accepted upper bound, or null; inclusive when {@link #toInclusive}. */
  private final @Nullable BigDecimal acceptedTo;
  private final boolean toInclusive;

  /** The accepted bounds are written {@code >=28}, {@code >180}, {@code <31} or {@code <=92}; null is no bound. */
  TrainingTimeRange(String label, @Nullable String lowerDays, @Nullable String upperDays,
      @Nullable String acceptedFrom, @Nullable String acceptedTo) {
    this.fromInclusive = acceptedFrom != null && acceptedFrom.charAt(1) == '=';
    this.acceptedFrom = acceptedFrom == null ? null : new BigDecimal(acceptedFrom.substring(fromInclusive ? 2 : 1));
    this.toInclusive = acceptedTo != null && acceptedTo.charAt(1) == '=';
    this.acceptedTo = acceptedTo == null ? null : new BigDecimal(acceptedTo.substring(toInclusive ? 2 : 1));
    this.label = label;
    this.lowerDays = lowerDays == null ? null : new BigDecimal(lowerDays);
    this.upperDays = upperDays == null ? null : new BigDecimal(upperDays);
  }

  /**
   * Returns the form's label.
   *
   * @return the label
   */
  public String label() {
    return label;
  }

  /**
   * Returns the range for a duration in wall-clock days, at 30 days a month. The labels decide the boundaries:
   * exactly one month is not "less than 1 month", and exactly six months is not "more than 6 months", so 30 days
   * is {@code 1–3 months} and 90 and 180 days belong to the lower of the two ranges they bound (as for
   * {@link ParameterRange}, whose upper bounds are inclusive).
   *
   * @param days the duration, not negative
   * @return the range
   */
  public static TrainingTimeRange of(BigDecimal days) {
    requireNonNull(days, "days");
    if (days.compareTo(LESS_THAN_1_MONTH.upperDays) < 0) {
      return LESS_THAN_1_MONTH;
    }
    for (TrainingTimeRange r : values()) {
      if (r.upperDays == null || days.compareTo(r.upperDays) <= 0) {
        return r == LESS_THAN_1_MONTH ? FROM_1_TO_3_MONTHS : r;
      }
    }
    return MORE_THAN_6_MONTHS;
  }

  /**
   * Returns whether a duration in wall-clock days is consistent with this range under some reading of "month".
   * The form does not define a month (UNCONFIRMED), so a month is anything from 28 to 31 days and three or six
   * calendar months span 89 to 92 or 181 to 184 days, which gives these readings:
   * <ul>
   *   <li>{@code less than 1 month}: fewer than 31 days (30 days is less than a 31-day month);</li>
   *   <li>{@code 1–3 months}: 28 to 92 days;</li>
   *   <li>{@code 3–6 months}: 89 to 184 days;</li>
   *   <li>{@code more than 6 months}: more than 180 days (six months of 30 days; 176 or 180 days are never more
   *       than six months under any reading).</li>
   * </ul>
   * Where the form's wording leaves a boundary open both neighbours accept it (30 days fits the first two ranges,
   * 90 days the middle two, 181 to 184 days the last two); no range accepts a duration that contradicts its label,
   * and every duration fits the range {@link #of(BigDecimal)} assigns it.
   *
   * @param days the duration in wall-clock days, not null
   * @return true if the duration is consistent with this range
   */
  public boolean containsAcceptingBoundaries(BigDecimal days) {
    requireNonNull(days, "days");
    boolean aboveFrom = acceptedFrom == null
        || (fromInclusive ? days.compareTo(acceptedFrom) >= 0 : days.compareTo(acceptedFrom) > 0);
    boolean belowTo = acceptedTo == null
        || (toInclusive ? days.compareTo(acceptedTo) <= 0 : days.compareTo(acceptedTo) < 0);
    return aboveFrom && belowTo;
  }
}
