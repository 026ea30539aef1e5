package io.github.gpai4j.evaluation.crossdoc;

import static java.util.Objects.requireNonNull;

import io.github.gpai4j.core.Document;

/**
 * A document with the name under which a report refers to it, such as the file it was read from.
 *
 * @param name the name, such as {@code summary.json}, not blank
 * @param document the document, not null
 * @since 0.3.0
 */
public record NamedDocument(String name, Document document) {

  /**
   * Checks the components.
   *
   * @param name the name, not blank
   * @param document the document, not null
   * @throws NullPointerException if a component is null
   * @throws IllegalArgumentException if the name is blank
   */
  public NamedDocument {
    requireNonNull(name, "name");
    requireNonNull(document, "document");
    if (name.isBlank()) {
      throw new IllegalArgumentException("A named document needs a name");
    }
  }
}
