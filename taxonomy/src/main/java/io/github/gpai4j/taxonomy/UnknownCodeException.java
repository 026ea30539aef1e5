package io.github.gpai4j.taxonomy;

import java.util.List;
import org.jspecify.annotations.Nullable;

/**
 * Thrown when a code is not an entry of the taxonomy version it was looked up in; the message names the nearest
 * known codes so that a typo or a code of the other version is easy to fix.
 *
 * @since 0.1.0
 */
public final class UnknownCodeException extends IllegalArgumentException {

  private static final long serialVersionUID = 1L;

  /** The code that was not found. */
  private final String code;
  /** The version searched, or null for all versions. */
  private final @Nullable TaxonomyVersion version;
  /** The nearest known codes, nearest first. */
  private final List<String> suggestions;

  /**
   * Creates the exception.
   *
   * @param code the code that was not found, not null
   * @param version the version searched, or null if all versions were searched
   * @param suggestions the nearest known codes, nearest first, not null
   * @param otherVersion the version that does know the code, or null
   */
  UnknownCodeException(
      String code,
      @Nullable TaxonomyVersion version,
      List<String> suggestions,
      @Nullable TaxonomyVersion otherVersion) {
    super(message(code, version, suggestions, otherVersion));
    this.code = code;
    this.version = version;
    this.suggestions = List.copyOf(suggestions);
  }

  private static String message(
      String code,
      @Nullable TaxonomyVersion version,
      List<String> suggestions,
      @Nullable TaxonomyVersion otherVersion) {
    StringBuilder sb = new StringBuilder("Unknown taxonomy code '").append(code).append('\'');
    if (version != null) {
      sb.append(" in ").append(version);
    }
    if (otherVersion != null) {
      sb.append("; it is a code of ").append(otherVersion)
          .append(" (use TaxonomyMapping to translate between versions)");
    }
    if (!suggestions.isEmpty()) {
      sb.append("; did you mean ").append(String.join(", ", suggestions)).append('?');
    }
    return sb.toString();
  }

  /**
   * Returns the code that was not found.
   *
   * @return the code, never null
   */
  public String code() {
    return code;
  }

  /**
   * Returns the version that was searched.
   *
   * @return the version, or null if every version was searched
   */
  public @Nullable TaxonomyVersion version() {
    return version;
  }

  /**
   * Returns the nearest known codes, nearest first (by edit distance, then alphabetically), at most three.
   *
   * @return an unmodifiable list, never null
   */
  public List<String> suggestions() {
    return suggestions;
  }
}
