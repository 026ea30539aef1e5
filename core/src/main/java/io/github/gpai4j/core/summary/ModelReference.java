package io.github.gpai4j.core.summary;

import static java.util.Objects.requireNonNull;

import org.jspecify.annotations.Nullable;

/**
 * Another general-purpose AI model named in the summary with a link to its own public summary: a model this one
 * modifies or fine-tunes (template section 1.2, "model dependencies") or a model used to generate synthetic
 * training data (template section 2.5).
 *
 * @param name the model's name and version, not null
 * @param summaryLink where that model's public summary of training content is published, or null if not given
 * @since 0.3.0
 */
public record ModelReference(String name, @Nullable String summaryLink) {

  /**
   * Checks the name.
   *
   * @param name the model's name and version, not null
   * @param summaryLink the link to its summary, or null
   * @throws NullPointerException if the name is null
   */
  public ModelReference {
    requireNonNull(name, "name");
  }
}
