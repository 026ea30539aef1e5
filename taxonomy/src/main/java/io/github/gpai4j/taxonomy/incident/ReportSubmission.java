package io.github.gpai4j.taxonomy.incident;

import static java.util.Objects.requireNonNull;

import com.fasterxml.jackson.annotation.JsonCreator;
import com.fasterxml.jackson.annotation.JsonProperty;
import java.time.LocalDate;
import org.jspecify.annotations.Nullable;

/**
 * One report about a serious incident as the signatory submitted it to the AI Office (Measure&nbsp;9.3 of the
 * Safety and Security chapter): its kind and the day it was submitted. The Commission's template has no field for
 * this date; the deadlines need it.
 *
 * @param kind initial, intermediate or final, not null
 * @param submittedOn the day the report was submitted, not null
 * @param reference the signatory's or the AI Office's reference for the submission, or null
 * @since 0.3.0
 */
public record ReportSubmission(IncidentReportKind kind, LocalDate submittedOn, @Nullable String reference) {

  /**
   * Checks the components.
   *
   * @param kind the kind, not null
   * @param submittedOn the submission day, not null
   * @param reference the reference, or null
   * @throws NullPointerException if the kind or the day is null
   */
  @JsonCreator
  public ReportSubmission(
      @JsonProperty("kind") IncidentReportKind kind,
      @JsonProperty("submittedOn") LocalDate submittedOn,
      @JsonProperty("reference") @Nullable String reference) {
    this.kind = requireNonNull(kind, "kind");
    this.submittedOn = requireNonNull(submittedOn, "submittedOn");
    this.reference = reference;
  }

  /**
   * Returns a submission without reference.
   *
   * @param kind the kind, not null
   * @param submittedOn the submission day, not null
   * @return the submission
   */
  public static ReportSubmission of(IncidentReportKind kind, LocalDate submittedOn) {
    return new ReportSubmission(kind, submittedOn, null);
  }
}
