package io.github.gpai4j.core.documentation;

import static java.util.Objects.requireNonNull;

import io.github.gpai4j.core.form.FormValue;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import org.jspecify.annotations.Nullable;

/**
 * The provenance check-boxes ticked in MDF-6.2, with the "other" text.
 *
 * @param selected the ticked sources in form order, without duplicates; absent in JSON means none
 * @param other the description of {@link DataProvenance#OTHER}, or null
 * @since 0.1.0
 */
public record ProvenanceSelection(List<DataProvenance> selected, @Nullable String other) implements FormValue {

  /**
   * Normalises the selection to form order without duplicates.
   *
   * @param selected the ticked sources in form order, without duplicates; absent in JSON means none
   * @param other the description of {@link DataProvenance#OTHER}, or null
   * @throws NullPointerException if an element is null
   */
  public ProvenanceSelection {
    selected = selected == null ? List.of() : selected;
    Set<DataProvenance> set = selected.isEmpty() ? EnumSet.noneOf(DataProvenance.class) : EnumSet.copyOf(selected);
    selected = List.copyOf(set);
  }

  /**
   * Returns a selection of the given sources.
   *
   * @param sources the ticked sources
   * @return the selection
   */
  public static ProvenanceSelection of(DataProvenance... sources) {
    requireNonNull(sources, "sources");
    return new ProvenanceSelection(List.of(sources), null);
  }

  /**
   * Returns whether nothing is ticked and no other source is described.
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
