package io.github.gpai4j.taxonomy.framework;

import static java.util.Objects.requireNonNull;

import com.fasterxml.jackson.annotation.JsonCreator;
import com.fasterxml.jackson.annotation.JsonProperty;

/**
 * Resources of one kind allocated to those with systemic-risk responsibilities (Measure&nbsp;8.2 of the Safety and
 * Security chapter).
 *
 * @param kind the kind of resource, not null
 * @param description what is allocated, such as {@code "12 FTE safety research"}, not null
 * @since 0.3.0
 */
public record ResourceAllocation(ResourceKind kind, String description) {

  /**
   * Checks the components.
   *
   * @param kind the kind, not null
   * @param description the description, not null
   * @throws NullPointerException if a component is null
   */
  @JsonCreator
  public ResourceAllocation(
      @JsonProperty("kind") ResourceKind kind,
      @JsonProperty("description") String description) {
    this.kind = requireNonNull(kind, "kind");
    this.description = requireNonNull(description, "description");
  }
}
