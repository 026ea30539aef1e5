package io.github.gpai4j.taxonomy.incident;

import static java.util.Objects.requireNonNull;

import com.fasterxml.jackson.annotation.JsonCreator;
import com.fasterxml.jackson.annotation.JsonProperty;
import java.time.LocalDate;
import org.jspecify.annotations.Nullable;

/**
 * A similar serious incident bundled into the report of a first one (Measure&nbsp;9.3 of the Safety and Security
 * chapter: several similar incidents occurring within the reporting timelines may be reported together, keeping
 * the first incident's deadlines).
 *
 * @param id the signatory's identifier of the similar incident, not blank
 * @param awareOn the day the signatory became aware of the model's involvement in it, not null
 * @param description what happened, or null
 * @since 0.3.0
 */
public record SimilarIncident(String id, LocalDate awareOn, @Nullable String description) {

  /**
   * Checks the components.
   *
   * @param id the identifier, not blank
   * @param awareOn the awareness day, not null
   * @param description the description, or null
   * @throws NullPointerException if the id or the day is null
   * @throws IllegalArgumentException if the id is blank
   */
  @JsonCreator
  public SimilarIncident(
      @JsonProperty("id") String id,
      @JsonProperty("awareOn") LocalDate awareOn,
      @JsonProperty("description") @Nullable String description) {
    requireNonNull(id, "id");
    if (id.isBlank()) {
      throw new IllegalArgumentException("A similar incident needs an id");
    }
    this.id = id;
    this.awareOn = requireNonNull(awareOn, "awareOn");
    this.description = description;
  }
}
