package io.github.gpai4j.taxonomy.framework;

import static java.util.Objects.requireNonNull;

import com.fasterxml.jackson.annotation.JsonCreator;
import com.fasterxml.jackson.annotation.JsonProperty;
import org.jspecify.annotations.Nullable;

/**
 * One systemic-risk responsibility assigned to a body or role at an organisational level (Measure&nbsp;8.1 of the
 * Safety and Security chapter), such as oversight by the supervisory board's risk committee.
 *
 * @param responsibility the responsibility, not null
 * @param level the organisational level, not null
 * @param holder the body or role that holds it, such as {@code "Chief Risk Officer"}, not null
 * @param riskProducing whether the holder is also responsible for the activities that produce systemic risk
 *     (research, product), which Measure 8.1's presumption excludes for support and monitoring; null if not said
 * @since 0.3.0
 */
public record ResponsibilityAssignment(Responsibility responsibility, OrganisationalLevel level, String holder,
    @Nullable Boolean riskProducing) {

  /**
   * Checks the components.
   *
   * @param responsibility the responsibility, not null
   * @param level the level, not null
   * @param holder the holder, not null
   * @param riskProducing whether the holder runs risk-producing activities, or null
   * @throws NullPointerException if a required component is null
   */
  @JsonCreator
  public ResponsibilityAssignment(
      @JsonProperty("responsibility") Responsibility responsibility,
      @JsonProperty("level") OrganisationalLevel level,
      @JsonProperty("holder") String holder,
      @JsonProperty("riskProducing") @Nullable Boolean riskProducing) {
    this.responsibility = requireNonNull(responsibility, "responsibility");
    this.level = requireNonNull(level, "level");
    this.holder = requireNonNull(holder, "holder");
    this.riskProducing = riskProducing;
  }
}
