package io.github.gpai4j.core.documentation;

import io.github.gpai4j.core.Modality;
import io.github.gpai4j.core.form.FormValue;
import static java.util.Objects.requireNonNull;

import io.github.gpai4j.core.Applicable;

/**
 * The maximum input or output size for one selected modality (MDF-2.3b, MDF-2.4b; Annex XII 2(b) "and their
 * maximum size (e.g.&nbsp;context window length)"), or {@code N/A} where the provider defines none.
 *
 * @param modality the modality the size is for, not null
 * @param size the size in free text with its unit (such as {@code "128,000 tokens"}) or {@code N/A}, not null
 * @since 0.1.0
 */
public record MaximumSize(Modality modality, Applicable<String> size) implements FormValue {

  /**
   * Checks the components.
   *
   * @param modality the modality the size is for, not null
   * @param size the size in free text with its unit (such as {@code "128,000 tokens"}) or {@code N/A}, not null
   * @throws NullPointerException if a component is null
   */
  public MaximumSize {
    requireNonNull(modality, "modality");
    requireNonNull(size, "size");
  }

  /**
   * Returns a given maximum size.
   *
   * @param modality the modality
   * @param size the size text
   * @return the maximum size
   */
  public static MaximumSize of(Modality modality, String size) {
    return new MaximumSize(modality, Applicable.of(size));
  }

  /**
   * Returns true: a maximum size names its modality and gives a size or {@code N/A}.
   *
   * @return true
   * @since 0.2.0
   */
  @Override
  public boolean isAnswered() {
    return true;
  }

  /**
   * Returns whether the size is {@code N/A} (the form's answer where no maximum is defined).
   *
   * @return true for {@code N/A}
   * @since 0.2.0
   */
  @Override
  public boolean isNotApplicable() {
    return size.isNotApplicable();
  }
}
