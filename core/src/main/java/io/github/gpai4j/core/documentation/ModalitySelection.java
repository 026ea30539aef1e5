package io.github.gpai4j.core.documentation;

import io.github.gpai4j.core.Modality;
import static java.util.Objects.requireNonNull;

import io.github.gpai4j.core.form.FormValue;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import org.jspecify.annotations.Nullable;

/**
 * The modalities ticked in a form item (MDF-2.3 input, MDF-2.4 output, MDF-6.1 training data), with the
 * "if any other please specify" text.
 *
 * @param selected the ticked modalities in form order, without duplicates; absent in JSON means none
 * @param other the description of {@link Modality#OTHER}, or null
 * @since 0.1.0
 */
public record ModalitySelection(List<Modality> selected, @Nullable String other) implements FormValue {

  /**
   * Normalises the selection to form order without duplicates.
   *
   * @param selected the ticked modalities in form order, without duplicates; absent in JSON means none
   * @param other the description of {@link Modality#OTHER}, or null
   * @throws NullPointerException if an element is null
   */
  public ModalitySelection {
    selected = selected == null ? List.of() : selected;
    Set<Modality> set = selected.isEmpty() ? EnumSet.noneOf(Modality.class) : EnumSet.copyOf(selected);
    selected = List.copyOf(set);
  }

  /**
   * Returns a selection of the given modalities.
   *
   * @param modalities the ticked modalities
   * @return the selection
   */
  public static ModalitySelection of(Modality... modalities) {
    requireNonNull(modalities, "modalities");
    return new ModalitySelection(List.of(modalities), null);
  }

  /**
   * Returns whether a modality is ticked.
   *
   * @param modality the modality, not null
   * @return true if ticked
   */
  public boolean includes(Modality modality) {
    requireNonNull(modality, "modality");
    return selected.contains(modality);
  }

  /**
   * Returns whether nothing is ticked and no other modality is described.
   *
   * @return true if the item is unanswered
   */
  public boolean isEmpty() {
    return selected.isEmpty() && (other == null || other.isBlank());
  }

  /**
   * Returns whether this value answers its item ({@link io.github.gpai4j.core.form.Answers}).
   *
   * @return true if answered
   * @since 0.2.0
   */
  @Override
  public boolean isAnswered() {
    return !isEmpty();
  }
}
