package io.github.gpai4j.evaluation.safety;

import static java.util.Objects.requireNonNull;

import io.github.gpai4j.core.LegalBasis;
import java.time.LocalDate;
import java.util.List;
import java.util.Locale;
import java.util.ResourceBundle;
import org.jspecify.annotations.Nullable;

/**
 * One deadline of a document or model as of an evaluation date: what is due, by when, whether and when it was met,
 * and the provisions that set it.
 *
 * @param document the document type it comes from, such as {@code serious-incident-report} or
 *     {@code model-profile}, not null
 * @param subject what it concerns: an incident id, a report or update version, an obligation id; not null
 * @param kind the kind of deadline, not null
 * @param due the last day on time, not null
 * @param metOn the day the action was taken, or null if not taken
 * @param status where it stands as of the evaluation date, not null
 * @param legalBases the provisions that set it, not null
 * @since 0.3.0
 */
public record Deadline(String document, String subject, DeadlineKind kind, LocalDate due, @Nullable LocalDate metOn,
    DeadlineStatus status, List<LegalBasis> legalBases) {

  /**
   * Checks and copies the components.
   *
   * @param document the document type
   * @param subject the subject
   * @param kind the kind
   * @param due the due date
   * @param metOn the day met, or null
   * @param status the status
   * @param legalBases the provisions
   * @throws NullPointerException if a required component is null
   */
  public Deadline {
    requireNonNull(document, "document");
    requireNonNull(subject, "subject");
    requireNonNull(kind, "kind");
    requireNonNull(due, "due");
    requireNonNull(status, "status");
    legalBases = List.copyOf(requireNonNull(legalBases, "legalBases"));
  }

  /**
   * Returns the status of an action due by a day, taken on another (or not), as of a date.
   *
   * @param due the due date, not null
   * @param metOn the day the action was taken, or null
   * @param asOf the evaluation date, not null
   * @return met, met late, missed or upcoming
   */
  public static DeadlineStatus statusOf(LocalDate due, @Nullable LocalDate metOn, LocalDate asOf) {
    requireNonNull(due, "due");
    requireNonNull(asOf, "asOf");
    if (metOn != null) {
      return metOn.isAfter(due) ? DeadlineStatus.MET_LATE : DeadlineStatus.MET;
    }
    return asOf.isAfter(due) ? DeadlineStatus.MISSED : DeadlineStatus.UPCOMING;
  }

  /**
   * Returns whether the deadline needs attention: missed, or met late.
   *
   * @return true if missed or met late
   */
  public boolean isBreached() {
    return status == DeadlineStatus.MISSED || status == DeadlineStatus.MET_LATE;
  }

  /**
   * Returns what is due, in words: the kind's label with the subject, or the obligation's name for an obligation.
   *
   * @param locale English or French, not null
   * @return the label
   */
  public String label(Locale locale) {
    requireNonNull(locale, "locale");
    if (kind == DeadlineKind.OBLIGATION) {
      ResourceBundle b = ResourceBundle.getBundle("io.github.gpai4j.evaluation.obligations.labels", locale);
      String key = "ObligationId." + subject;
      return b.containsKey(key) ? b.getString(key) : subject;
    }
    return kind.label(locale) + " (" + subject + ")";
  }
}
