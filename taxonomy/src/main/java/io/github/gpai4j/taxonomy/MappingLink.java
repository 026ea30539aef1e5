package io.github.gpai4j.taxonomy;

import static java.util.Objects.requireNonNull;

/**
 * One correspondence between a taxonomy entry of one version and an entry of the other, with how they relate and
 * a short explanation (gpai4j's own analysis).
 *
 * @param from the entry that was looked up, not null
 * @param to the corresponding entry of the other version, not null
 * @param status how the first-draft entry became the final one (the same in both directions), not null
 * @param note a short explanation in English, not null, may be empty
 * @since 0.1.0
 */
public record MappingLink(TaxonomyEntry from, TaxonomyEntry to, MappingStatus status, String note) {

  /**
   * Checks the components.
   *
   * @param from the entry looked up, not null
   * @param to the entry of the other version, not null
   * @param status how the draft entry became the final one, not null
   * @param note a short explanation, not null
   * @throws NullPointerException if a component is null
   * @throws IllegalArgumentException if both entries belong to the same version
   */
  public MappingLink {
    requireNonNull(from, "from");
    requireNonNull(to, "to");
    requireNonNull(status, "status");
    requireNonNull(note, "note");
    if (from.version() == to.version()) {
      throw new IllegalArgumentException(
          "A mapping links two versions, but " + from.code() + " and " + to.code() + " are both " + from.version());
    }
  }

  MappingLink reversed() {
    return new MappingLink(to, from, status, note);
  }
}
