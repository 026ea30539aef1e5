package io.github.gpai4j.taxonomy;

import static java.util.Objects.requireNonNull;

/**
 * Where an entry of the first draft of the Code of Practice (14 November 2024) stands in the draft, how firmly
 * its presence there is established, and what independent source corroborates it.
 *
 * @param item the item number gpai4j's fact sheet gives the entry ({@code T1}, {@code A12}); the draft itself does
 *     not number its bullets
 * @param page the page or pages of the draft that list it
 * @param provenance how firmly the entry's presence in the draft is established
 * @param corroboration an independent source that corroborates it, empty if none was found
 * @since 0.1.0
 */
public record DraftReference(String item, String page, Provenance provenance, String corroboration) {

  /**
   * Checks the components.
   *
   * @param item the item number
   * @param page the page or pages
   * @param provenance the provenance
   * @param corroboration the corroborating source, or empty
   * @throws NullPointerException if a component is null
   */
  public DraftReference {
    requireNonNull(item, "item");
    requireNonNull(page, "page");
    requireNonNull(provenance, "provenance");
    requireNonNull(corroboration, "corroboration");
  }

  /**
   * Returns the source note: the draft, item and page it was read in, and the corroborating source if any.
   *
   * @return the note, never null
   */
  public String source() {
    return Sources.draft(item, page, corroboration);
  }
}
