package io.github.gpai4j.core.documentation;

import static java.util.Objects.requireNonNull;

import java.util.List;
import org.jspecify.annotations.Nullable;

/**
 * The model's name (MDF-1.2): its unique identifier, the collection it belongs to where relevant, and the
 * publicly available version names this documentation covers.
 *
 * @param identifier the unique model identifier, such as {@code Lattice-4}, or null
 * @param collection the collection identifier, or null
 * @param versions the public version names covered, not null
 * @since 0.1.0
 */
public record ModelName(@Nullable String identifier, @Nullable String collection, List<String> versions) {

  /**
   * Copies the versions.
   *
   * @param identifier the unique model identifier, such as {@code Lattice-4}, or null
   * @param collection the collection identifier, or null
   * @param versions the public version names covered, not null
   */
  public ModelName {
    versions = versions == null ? List.of() : List.copyOf(versions);
  }

  /**
   * Returns a name with an identifier and versions.
   *
   * @param identifier the identifier, or null
   * @param versions the version names, not null
   * @return the name
   */
  public static ModelName of(@Nullable String identifier, String... versions) {
    requireNonNull(versions, "versions");
    return new ModelName(identifier, null, List.of(versions));
  }
}
