package io.github.gpai4j.core.documentation;

import static java.util.Objects.requireNonNull;

import org.jspecify.annotations.Nullable;

/**
 * The licence category given to downstream providers (MDF-3.2b; Annex XII 1(h)).
 *
 * @param category the category, not null
 * @param details the licence name or, where no licence exists, how access is provided (for example terms of
 *     service), or null
 * @since 0.1.0
 */
public record LicenceType(Category category, @Nullable String details) {

  /** The licence categories the form lists. */
  public enum Category {
    /** A free and open-source licence. */
    FREE_AND_OPEN_SOURCE,
    /** A less permissive licence, with use restrictions such as ethical-use clauses. */
    LESS_PERMISSIVE,
    /** A proprietary licence. */
    PROPRIETARY,
    /** No licence; access is provided otherwise (the details say how). */
    NO_LICENCE
  }

  /**
   * Checks the category.
   *
   * @param category the category, not null
   * @param details the licence name or, where no licence exists, how access is provided, or null
   * @throws NullPointerException if the category is null
   */
  public LicenceType {
    requireNonNull(category, "category");
  }
}
