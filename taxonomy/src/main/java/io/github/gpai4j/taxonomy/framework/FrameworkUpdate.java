package io.github.gpai4j.taxonomy.framework;

import static java.util.Objects.requireNonNull;

import com.fasterxml.jackson.annotation.JsonCreator;
import com.fasterxml.jackson.annotation.JsonProperty;
import java.time.LocalDate;
import org.jspecify.annotations.Nullable;

/**
 * One confirmed update of a Safety and Security Framework (Measures&nbsp;1.3 and 1.4 of the Safety and Security
 * chapter): its version number, date of confirmation, changelog (how and why it changed) and the day the AI Office
 * was given access.
 *
 * @param version the version number, not null
 * @param confirmedOn the day the update was confirmed, not null
 * @param changelog how and why the Framework changed, or null if not given
 * @param aiOfficeAccessOn the day the AI Office was given unredacted access, or null if not yet
 * @since 0.3.0
 */
public record FrameworkUpdate(String version, LocalDate confirmedOn, @Nullable String changelog,
    @Nullable LocalDate aiOfficeAccessOn) {

  /**
   * Checks the components.
   *
   * @param version the version, not null
   * @param confirmedOn the confirmation day, not null
   * @param changelog the changelog, or null
   * @param aiOfficeAccessOn the access day, or null
   * @throws NullPointerException if the version or the day is null
   */
  @JsonCreator
  public FrameworkUpdate(
      @JsonProperty("version") String version,
      @JsonProperty("confirmedOn") LocalDate confirmedOn,
      @JsonProperty("changelog") @Nullable String changelog,
      @JsonProperty("aiOfficeAccessOn") @Nullable LocalDate aiOfficeAccessOn) {
    this.version = requireNonNull(version, "version");
    this.confirmedOn = requireNonNull(confirmedOn, "confirmedOn");
    this.changelog = changelog;
    this.aiOfficeAccessOn = aiOfficeAccessOn;
  }
}
