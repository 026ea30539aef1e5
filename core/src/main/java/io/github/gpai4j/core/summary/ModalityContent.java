package io.github.gpai4j.core.summary;

import io.github.gpai4j.core.DataSize;
import io.github.gpai4j.core.Modality;
import org.jspecify.annotations.Nullable;

/**
 * One modality of the overall training data (template section 1.3): its size as one of the template's ranges or,
 * alternatively, an approximate size in another unit, and the types of content it holds (fiction, scientific
 * text, photography, music, films, ...).
 *
 * @param modality the modality, or null if not said
 * @param sizeRange the template's size range, or null if not chosen
 * @param alternativeSize an approximate size in a different unit, or null
 * @param contentTypes the types of content, in the provider's words, or null if not given
 * @param description for {@link Modality#OTHER}, what the modality is; or null
 * @since 0.3.0
 */
public record ModalityContent(
    @Nullable Modality modality,
    @Nullable SizeRange sizeRange,
    @Nullable DataSize alternativeSize,
    @Nullable String contentTypes,
    @Nullable String description) {

  /**
   * Returns whether a size is stated, as a range or an alternative size.
   *
   * @return true if sized
   */
  public boolean hasSize() {
    return sizeRange != null || alternativeSize != null;
  }
}
