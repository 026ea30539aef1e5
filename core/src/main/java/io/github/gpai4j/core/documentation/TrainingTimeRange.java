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
 * either adjacent range in {@link #containsAcceptingBoundaries(BigDecimal)}, widened by four days on each side to
 * absorb calendar months (six calendar months span 181 to 184 days).
 *
 * @since 0.1.0
 */
public enum TrainingTimeRange {
  /** Less than 1 month. */
  LESS_THAN_1_MONTH("less than 1 month", null, "30"),
  /** 1 to 3 months. */
  FROM_1_TO_3_MONTHS("1–3 months", "30", "90"),
  /** 3 to 6 months. */
  FROM_3_TO_6_MONTHS("3–6 months", "90", "180"),
  /** More than 6 months. */
  MORE_THAN_6_MONTHS("more than 6 months", "180", null);

  private static final BigDecimal SLACK_DAYS = new BigDecimal(4);

  private final String label;
  private final @Nullable BigDecimal lowerDays;
  private final @Nullable BigDecimal upperDays;

  TrainingTimeRange(String label, @Nullable String lowerDays, @Nullable String upperDays) {
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
   * Returns whether a duration fits this range, allowing for calendar months (four days of slack at each
   * boundary).
   *
   * @param days the duration in wall-clock days, not null
   * @return true if the duration is consistent with this range
   */
  public boolean containsAcceptingBoundaries(BigDecimal days) {
    requireNonNull(days, "days");
    boolean aboveLower = lowerDays == null || days.compareTo(lowerDays.subtract(SLACK_DAYS)) >= 0;
    boolean belowUpper = upperDays == null || days.compareTo(upperDays.add(SLACK_DAYS)) <= 0;
    return aboveLower && belowUpper;
  }
}
