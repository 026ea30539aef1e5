package io.github.gpai4j.taxonomy;

/**
 * How a first-draft taxonomy entry (14 November 2024) relates to an entry of the final Code's Appendix 1 (10 July
 * 2025). The judgements are gpai4j's own analysis of the two texts, not statements of either text.
 *
 * @since 0.1.0
 */
public enum MappingStatus {
  /** Same idea, same role, at most reworded. */
  KEPT,
  /** Same role but renamed, widened, narrowed or sharpened; the note says how. */
  CHANGED,
  /** The draft entry bundled several ideas that the final text lists as separate entries; one link per part. */
  SPLIT,
  /** The idea survives in another kind of list (a risk type became a capability, an affordance a capability). */
  MOVED,
  /** Only a partial or nearest counterpart exists; the note says what is missing. */
  PARTIAL
}
