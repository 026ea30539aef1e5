package io.github.gpai4j.evaluation.time;

import static java.util.Objects.requireNonNull;

import java.time.LocalDate;
import java.time.Period;
import org.jspecify.annotations.Nullable;

/**
 * The deadlines of the Safety and Security Framework and of the Model Report under Measures&nbsp;1.1, 1.3, 1.4, 7.6
 * and 7.7 of the Safety and Security chapter of the GPAI Code of Practice, with business days counted on a
 * configurable holiday calendar through {@link TimeLimits}.
 *
 * <p>The measures' text (gpai-reference.md sections 6.4.3 and 6.4.9):
 * <ul>
 *   <li>Measure 1.1: the Framework is confirmed "no later than 4 weeks" after the Art.&nbsp;52(1) notification and "no
 *       later than 2 weeks before" the model is placed on the market ({@link #frameworkConfirmationDue});</li>
 *   <li>Measure 1.3: a Framework assessment at least every 12 months from placing on the market
 *       ({@link #frameworkAssessmentDue});</li>
 *   <li>Measure 1.4: the AI Office gets unredacted access to the Framework and each update "within 5 business days"
 *       of confirmation ({@link #frameworkAccessDue});</li>
 *   <li>Measure 7.6: the most capable models' Model Report updated at least every six months
 *       ({@link #modelReportUpdateDue});</li>
 *   <li>Measure 7.7: the Model Report available to the AI Office by the time of placing on the market; updates within
 *       5 business days of confirmation ({@link #modelReportUpdateAccessDue}); a delay of up to 15 business days only
 *       with an interim Model Report ({@link #modelReportDelayLimit}).</li>
 * </ul>
 *
 * <p><b>Business days.</b> Monday to Friday except the calendar's public holidays (Art.&nbsp;2(2) of Regulation
 * No 1182/71); the day of confirmation is not counted. Confirmation on Friday 5 June 2026 gives access due by Friday
 * 12 June 2026; a public holiday in between moves the day by one working day. Instances are immutable and
 * thread-safe.
 *
 * @since 0.3.0
 */
public final class NotificationDeadlines {

  /** Measures 1.4 and 7.7: five business days after confirmation. */
  public static final int ACCESS_BUSINESS_DAYS = 5;

  /** Measure 7.7: a delay of up to fifteen business days with an interim Model Report. */
  public static final int INTERIM_DELAY_BUSINESS_DAYS = 15;

  /** Measure 1.1: four weeks after the Art.&nbsp;52(1) notification. */
  public static final Period AFTER_NOTIFICATION = Period.ofWeeks(4);

  /** Measure 1.1: two weeks before placing on the market. */
  public static final Period BEFORE_PLACEMENT = Period.ofWeeks(2);

  /** Measure 1.3: a Framework assessment every 12 months. */
  public static final Period ASSESSMENT_INTERVAL = Period.ofMonths(12);

  /** Measure 7.6: an updated Model Report every six months for the most capable models. */
  public static final Period REPORT_UPDATE_INTERVAL = Period.ofMonths(6);

  private final TimeLimits limits;

  /**
   * Returns deadlines counted with a counter.
   *
   * @param limits the counter and its holiday calendar, not null
   * @throws NullPointerException if the counter is null
   */
  public NotificationDeadlines(TimeLimits limits) {
    this.limits = requireNonNull(limits, "limits");
  }

  /**
   * Returns deadlines counted on the EU institutions' calendar (Brussels, where the AI Office sits).
   *
   * @return the deadlines
   */
  public static NotificationDeadlines euInstitutions() {
    return new NotificationDeadlines(TimeLimits.euInstitutions());
  }

  /**
   * Returns the counter in use.
   *
   * @return the counter
   */
  public TimeLimits limits() {
    return limits;
  }

  /**
   * Returns the last day the Framework may be confirmed (Measure 1.1): the earlier of four weeks after the
   * notification and two weeks before placing on the market; either may be unknown.
   *
   * @param notifiedOn the day of the Art.&nbsp;52(1) notification, or null if unknown
   * @param placedOn the day the model is (to be) placed on the market, or null if unknown
   * @return the day, or null if both are unknown
   */
  public @Nullable LocalDate frameworkConfirmationDue(
      @Nullable LocalDate notifiedOn,
      @Nullable LocalDate placedOn) {
    LocalDate a = notifiedOn == null ? null : limits.after(notifiedOn, AFTER_NOTIFICATION)
        .map(TimeLimit::lastDay).orElse(null);
    LocalDate b = placedOn == null || placedOn.equals(LocalDate.MIN) ? null : placedOn.minus(BEFORE_PLACEMENT);
    if (a == null) {
      return b;
    }
    return b == null || a.isBefore(b) ? a : b;
  }

  /**
   * Returns the last day for giving the AI Office access to a confirmed Framework or update (Measure 1.4): five
   * business days after confirmation, the day of confirmation not counted.
   *
   * @param confirmedOn the day of confirmation, not null
   * @return the day
   * @throws IllegalArgumentException if the day would leave the range of dates
   */
  public LocalDate frameworkAccessDue(LocalDate confirmedOn) {
    return businessDaysAfter(confirmedOn, ACCESS_BUSINESS_DAYS);
  }

  /**
   * Returns the last day for giving the AI Office access to a confirmed Model Report update (Measure 7.7): five
   * business days after confirmation.
   *
   * @param confirmedOn the day the update was confirmed, not null
   * @return the day
   * @throws IllegalArgumentException if the day would leave the range of dates
   */
  public LocalDate modelReportUpdateAccessDue(LocalDate confirmedOn) {
    return businessDaysAfter(confirmedOn, ACCESS_BUSINESS_DAYS);
  }

  /**
   * Returns the last day to which the Model Report may be delayed with an interim report (Measure 7.7): fifteen
   * business days after placing on the market.
   *
   * @param placedOn the day the model was placed on the market, not null
   * @return the day
   * @throws IllegalArgumentException if the day would leave the range of dates
   */
  public LocalDate modelReportDelayLimit(LocalDate placedOn) {
    return businessDaysAfter(placedOn, INTERIM_DELAY_BUSINESS_DAYS);
  }

  /**
   * Returns the day the next Framework assessment is due (Measure 1.3): twelve months after placing on the market or
   * the last assessment.
   *
   * @param from the day of placing on the market or of the last assessment, not null
   * @return the day
   * @throws IllegalArgumentException if the day would leave the range of dates
   */
  public LocalDate frameworkAssessmentDue(LocalDate from) {
    return limits.after(requireNonNull(from, "from"), ASSESSMENT_INTERVAL).map(TimeLimit::lastDay)
        .orElseThrow(() -> new IllegalArgumentException("Out of range: " + from));
  }

  /**
   * Returns the day an updated Model Report of one of the most capable models is due (Measure 7.6): six months after
   * the last report.
   *
   * @param lastReport the day of the last report given to the AI Office, not null
   * @return the day
   * @throws IllegalArgumentException if the day would leave the range of dates
   */
  public LocalDate modelReportUpdateDue(LocalDate lastReport) {
    return limits.after(requireNonNull(lastReport, "lastReport"), REPORT_UPDATE_INTERVAL).map(TimeLimit::lastDay)
        .orElseThrow(() -> new IllegalArgumentException("Out of range: " + lastReport));
  }

  private LocalDate businessDaysAfter(LocalDate day, int days) {
    requireNonNull(day, "day");
    return limits.plusWorkingDays(day, days)
        .orElseThrow(() -> new IllegalArgumentException("Out of range: " + day));
  }
}
