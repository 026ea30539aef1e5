package io.github.gpai4j.taxonomy.report;

import static java.util.Objects.requireNonNull;

import com.fasterxml.jackson.annotation.JsonCreator;
import com.fasterxml.jackson.annotation.JsonProperty;
import java.time.LocalDate;
import org.jspecify.annotations.Nullable;

/**
 * One confirmed update of a Model Report (Measures&nbsp;7.6 and 7.7 of the Safety and Security chapter): its version,
 * the day it was confirmed, the day the AI Office was given access, what triggered it and its changelog.
 *
 * @param version the version number, not null
 * @param confirmedOn the day the update was confirmed, not null
 * @param aiOfficeAccessOn the day the AI Office was given access, or null if not yet
 * @param trigger what triggered the update (a Measure 7.6 condition or the six-month cadence), or null
 * @param changelog how and why the report changed, or null
 * @since 0.3.0
 */
public record ModelReportUpdate(String version, LocalDate confirmedOn, @Nullable LocalDate aiOfficeAccessOn,
    @Nullable String trigger, @Nullable String changelog) {

  /**
   * Checks the components.
   *
   * @param version the version, not null
   * @param confirmedOn the confirmation day, not null
   * @param aiOfficeAccessOn the access day, or null
   * @param trigger the trigger, or null
   * @param changelog the changelog, or null
   * @throws NullPointerException if the version or the confirmation day is null
   */
  @JsonCreator
  public ModelReportUpdate(
      @JsonProperty("version") String version,
      @JsonProperty("confirmedOn") LocalDate confirmedOn,
      @JsonProperty("aiOfficeAccessOn") @Nullable LocalDate aiOfficeAccessOn,
      @JsonProperty("trigger") @Nullable String trigger,
      @JsonProperty("changelog") @Nullable String changelog) {
    this.version = requireNonNull(version, "version");
    this.confirmedOn = requireNonNull(confirmedOn, "confirmedOn");
    this.aiOfficeAccessOn = aiOfficeAccessOn;
    this.trigger = trigger;
    this.changelog = changelog;
  }
}
