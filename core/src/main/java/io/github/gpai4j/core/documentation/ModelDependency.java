package io.github.gpai4j.core.documentation;

import static java.util.Objects.requireNonNull;

import org.jspecify.annotations.Nullable;

/**
 * A general-purpose AI model already on the market that this model modifies or fine-tunes (MDF-1.6).
 *
 * @param name the model's name, not null
 * @param version the version, where several were placed on the market, or null
 * @since 0.1.0
 */
public record ModelDependency(String name, @Nullable String version) {

  /**
   * Checks the name.
   *
   * @param name the model's name, not null
   * @param version the version, where several were placed on the market, or null
   * @throws NullPointerException if the name is null
   */
  public ModelDependency {
    requireNonNull(name, "name");
  }
}
