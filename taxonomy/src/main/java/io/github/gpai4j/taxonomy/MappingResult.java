package io.github.gpai4j.taxonomy;

import static java.util.Objects.requireNonNull;

import java.util.List;
import java.util.Optional;
import org.jspecify.annotations.Nullable;

/**
 * The answer to "where did this taxonomy entry go?" (or "where did it come from?"): the corresponding entries of
 * the other version, or an explicit {@linkplain #isUnmapped() unmapped} answer with the reason, never a silent
 * empty list.
 *
 * @param source the entry that was looked up, not null
 * @param targetVersion the version mapped to, not null
 * @param links the correspondences, in a stable order; empty exactly when unmapped
 * @param unmappedReason why the entry has no counterpart; null exactly when {@code links} is not empty
 * @since 0.1.0
 */
public record MappingResult(
    TaxonomyEntry source, TaxonomyVersion targetVersion, List<MappingLink> links, @Nullable String unmappedReason) {

  /**
   * Checks the components.
   *
   * @param source the entry looked up, not null
   * @param targetVersion the version mapped to, not null
   * @param links the correspondences, not null
   * @param unmappedReason the reason when there are no links, else null
   * @throws NullPointerException if a required component is null
   * @throws IllegalArgumentException if the result has both links and an unmapped reason, or neither
   */
  public MappingResult {
    requireNonNull(source, "source");
    requireNonNull(targetVersion, "targetVersion");
    links = List.copyOf(requireNonNull(links, "links"));
    if (links.isEmpty() == (unmappedReason == null)) {
      throw new IllegalArgumentException(
          "A mapping result for " + source.code() + " needs links or an unmapped reason, not both or neither");
    }
  }

  /**
   * Returns whether the entry has no counterpart in the other version.
   *
   * @return true if unmapped
   */
  public boolean isUnmapped() {
    return links.isEmpty();
  }

  /**
   * Returns the corresponding entries of the other version, in link order.
   *
   * @return an unmodifiable list, empty when unmapped
   */
  public List<TaxonomyEntry> targets() {
    return links.stream().map(MappingLink::to).toList();
  }

  /**
   * Returns why the entry has no counterpart.
   *
   * @return the reason, or empty when the entry is mapped
   */
  public Optional<String> reason() {
    return Optional.ofNullable(unmappedReason);
  }
}
