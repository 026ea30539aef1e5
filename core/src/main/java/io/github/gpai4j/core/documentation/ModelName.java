package io.github.gpai4j.core.documentation;

import static java.util.Objects.requireNonNull;

import io.github.gpai4j.core.form.FormValue;
import io.github.gpai4j.core.form.Answers;
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
public record ModelName(@Nullable String identifier, @Nullable String collection, List<String> versions) implements FormValue {

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

  /**
   * Returns whether the name answers MDF-1.2: it has an identifier that is not blank.
   *
   * @return true if answered
   * @since 0.2.0
   */
  @Override
  public boolean isAnswered() {
    return identifier != null && !identifier.isBlank();
  }

  /**
   * Returns whether the identifier is the form's {@code N/A}.
   *
   * @return true for an {@code N/A} identifier
   * @since 0.2.0
   */
  @Override
  public boolean isNotApplicable() {
    return identifier != null && Answers.isNotApplicableText(identifier);
  }
}
