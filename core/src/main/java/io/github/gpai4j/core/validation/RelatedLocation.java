package io.github.gpai4j.core.validation;

import static java.util.Objects.requireNonNull;

/**
 * Where a finding that compares several documents also points: the same fact in another document, such as the
 * provider's name in the public summary of training content when a finding about the Model Documentation Form says
 * the two differ. The finding's own {@link Finding#location()} is in the document it is reported for.
 *
 * @param document the other document, as the caller names it (a file name, or its {@code documentType}), not blank
 * @param location the JSON Pointer (RFC 6901) of the fact in that document, not null
 * @since 0.3.0
 */
public record RelatedLocation(String document, JsonPointer location) {

  /**
   * Checks the components.
   *
   * @param document the other document, not blank
   * @param location the pointer, not null
   * @throws NullPointerException if a component is null
   * @throws IllegalArgumentException if the document name is blank
   */
  public RelatedLocation {
    requireNonNull(document, "document");
    requireNonNull(location, "location");
    if (document.isBlank()) {
      throw new IllegalArgumentException("A related location names its document");
    }
  }

  /** Returns {@code document#pointer}, such as {@code summary.json#/provider/provider/name}. */
  @Override
  public String toString() {
    return document + "#" + location.text();
  }
}
