package io.github.gpai4j.evaluation.time;

import static java.util.Objects.requireNonNull;

import io.github.gpai4j.core.Instrument;
import io.github.gpai4j.core.LegalBasis;
import io.github.gpai4j.taxonomy.incident.IncidentSeverity;
import java.time.LocalDate;
import java.time.Period;

/**
 * The reporting deadlines of one serious incident under Measures&nbsp;9.3 and 9.4 of the Safety and Security chapter
 * of the GPAI Code of Practice, counted in calendar days from the day the provider became aware of the model's
 * involvement.
 *
 * <p>The measure's text (gpai-reference.md section 6.4.11): the initial report is due "not later than" 2 days
 * (serious and irreversible disruption of critical infrastructure), 5 days (serious cybersecurity breach, including
 * exfiltration of model weights), 10 days (death) or 15 days (other serious harm) after awareness; intermediate
 * reports at least every 4 weeks after the initial report while the incident is unresolved; a final report no later
 * than 60 days after it is resolved; documentation kept at least 5 years from the date of the documentation or of the
 * incident, whichever is later. Several similar incidents may be bundled into the first one's reports, keeping its
 * deadlines.
 *
 * <p><b>Day counting.</b> The periods are counted by {@link TimeLimits} (Regulation No 1182/71, Art.&nbsp;3): the
 * day of awareness is not counted, so "within 2 days" of awareness on day D ends at the end of day D+2; a report
 * submitted on D+2 is on time, one submitted on D+3 is late. Four weeks run to the same weekday four weeks later,
 * 60 days to the 60th day after resolution. The <em>nominal</em> last day ({@link TimeLimit#lastDay()}) is the
 * deadline: Measure 9.3 counts plain days, and the Code of Practice is not an act of the Council or the Commission
 * to which Art.&nbsp;3(4) of Regulation No 1182/71 (extension past a weekend or public holiday) applies. The extension
 * that would apply is still reported ({@link TimeLimit#extendedLastDay()}) for information. This reading is
 * UNCONFIRMED: the chapter does not say how its days are counted.
 *
 * @param severity the severity category, not null
 * @param awareOn the day the provider became aware of the model's involvement, not null
 * @param initialReport the time limit of the initial report, not null
 * @param limits the counter used for the other periods, not null
 * @since 0.3.0
 */
public record IncidentDeadlines(
    IncidentSeverity severity, LocalDate awareOn, TimeLimit initialReport, TimeLimits limits) {

  /** Intermediate reports: at least every 4 weeks after the initial report while unresolved (Measure 9.3). */
  public static final Period INTERMEDIATE_INTERVAL = Period.ofWeeks(4);

  /** Final report: no later than 60 days after resolution (Measure 9.3). */
  public static final Period FINAL_AFTER_RESOLUTION = Period.ofDays(60);

  /** Retention: at least 5 years from the later of documentation date and incident date (Measure 9.4). */
  public static final Period RETENTION = Period.ofYears(5);

  /** The latest year whose dates every period here can be added to without leaving {@link LocalDate}'s range. */
  private static final int LAST_SUPPORTED_YEAR = LocalDate.MAX.getYear() - 10;

  /**
   * Checks the components.
   *
   * @param severity the severity
   * @param awareOn the awareness day
   * @param initialReport the initial report's time limit
   * @param limits the counter
   * @throws NullPointerException if a component is null
   */
  public IncidentDeadlines {
    requireNonNull(severity, "severity");
    requireNonNull(awareOn, "awareOn");
    requireNonNull(initialReport, "initialReport");
    requireNonNull(limits, "limits");
  }

  /**
   * Returns the deadlines of an incident, with the EU institutions' calendar for the extension information.
   *
   * @param severity the severity category, not null
   * @param awareness the day the provider became aware of the model's involvement, not null
   * @return the deadlines
   * @throws NullPointerException if an argument is null
   * @throws IllegalArgumentException if the day is not {@linkplain #supports(LocalDate) supported}
   */
  public static IncidentDeadlines of(IncidentSeverity severity, LocalDate awareness) {
    return of(severity, awareness, TimeLimits.euInstitutions());
  }

  /**
   * Returns the deadlines of an incident, counted with a given counter.
   *
   * @param severity the severity category, not null
   * @param awareness the day the provider became aware of the model's involvement, not null
   * @param limits the counter, whose calendar gives the extension information, not null
   * @return the deadlines
   * @throws NullPointerException if an argument is null
   * @throws IllegalArgumentException if the day is not {@linkplain #supports(LocalDate) supported}
   */
  public static IncidentDeadlines of(IncidentSeverity severity, LocalDate awareness, TimeLimits limits) {
    requireNonNull(severity, "severity");
    requireNonNull(awareness, "awareness");
    requireNonNull(limits, "limits");
    checkSupported(awareness);
    TimeLimit initial = limits.after(awareness, Period.ofDays(severity.initialReportDays())).orElseThrow();
    return new IncidentDeadlines(severity, awareness, initial, limits);
  }

  /**
   * Returns whether every deadline counted from a day stays within the range of {@link LocalDate}: true for every
   * year up to 999,999,989.
   *
   * @param day the day, not null
   * @return true if supported
   */
  public static boolean supports(LocalDate day) {
    return requireNonNull(day, "day").getYear() <= LAST_SUPPORTED_YEAR;
  }

  private static void checkSupported(LocalDate day) {
    if (!supports(day)) {
      throw new IllegalArgumentException("Deadlines from " + day + " would leave the supported range of dates");
    }
  }

  /**
   * Returns the last day on which the initial report is on time: awareness plus 2, 5, 10 or 15 days.
   *
   * @return the day
   */
  public LocalDate initialReportDue() {
    return initialReport.lastDay();
  }

  /**
   * Returns the time limit of the next intermediate report after a report submitted on a day: four weeks later.
   *
   * @param previousReport the day the initial or previous intermediate report was submitted, not null
   * @return the time limit; its {@link TimeLimit#lastDay()} is the deadline
   * @throws IllegalArgumentException if the day is not supported
   */
  public TimeLimit nextIntermediateReport(LocalDate previousReport) {
    requireNonNull(previousReport, "previousReport");
    checkSupported(previousReport);
    return limits.after(previousReport, INTERMEDIATE_INTERVAL).orElseThrow();
  }

  /**
   * Returns the time limit of the final report: 60 days after the day the incident was resolved.
   *
   * @param resolvedOn the day the incident was resolved, not null
   * @return the time limit; its {@link TimeLimit#lastDay()} is the deadline
   * @throws IllegalArgumentException if the day is not supported
   */
  public TimeLimit finalReport(LocalDate resolvedOn) {
    requireNonNull(resolvedOn, "resolvedOn");
    checkSupported(resolvedOn);
    return limits.after(resolvedOn, FINAL_AFTER_RESOLUTION).orElseThrow();
  }

  /**
   * Returns whether a similar incident may be bundled into this incident's reports: when the provider became aware
   * of it no later than this incident's initial-report deadline (Measure 9.3 allows bundling of similar incidents
   * "within the timelines"; reading them as the first incident's initial-report period is UNCONFIRMED).
   *
   * @param similarAwareOn the day the provider became aware of the similar incident, not null
   * @return true if it may be bundled
   */
  public boolean canBundle(LocalDate similarAwareOn) {
    return !requireNonNull(similarAwareOn, "similarAwareOn").isAfter(initialReportDue());
  }

  /**
   * Returns the last day of the retention period of Measure 9.4: five years after the later of the documentation
   * date and the incident date (a period in years ends on the same date, 29 February on 28 February).
   *
   * @param documentedOn the date of the documentation, not null
   * @param incidentDate the date of the incident, not null
   * @return the first day on which the documentation may be discarded is the day after this one
   * @throws IllegalArgumentException if the later day is not supported
   */
  public static LocalDate retainUntil(LocalDate documentedOn, LocalDate incidentDate) {
    requireNonNull(documentedOn, "documentedOn");
    requireNonNull(incidentDate, "incidentDate");
    LocalDate later = documentedOn.isAfter(incidentDate) ? documentedOn : incidentDate;
    checkSupported(later);
    return later.plus(RETENTION);
  }

  /**
   * Returns the provision the reporting deadlines implement: Measure 9.3 of the Safety and Security chapter.
   *
   * @return the legal basis
   */
  public static LegalBasis legalBasis() {
    return LegalBasis.measure(Instrument.COP_SAFETY_AND_SECURITY, "9.3");
  }
}
