package io.github.gpai4j.core.documentation;

import io.github.gpai4j.core.DataSize;
import org.jspecify.annotations.Nullable;

/**
 * The number of data points of the training, testing and validation sets, given separately (MDF-6.4a to at least
 * one significant figure for national competent authorities, MDF-6.4b to at least two for the AI Office; Annex XI
 * 1(2)(c) "number of data points").
 *
 * @param training the size of the training set, or null if not given
 * @param testing the size of the testing set, or null if not given
 * @param validation the size of the validation set, or null if not given
 * @since 0.1.0
 */
public record DataPoints(@Nullable DataSize training, @Nullable DataSize testing, @Nullable DataSize validation) {

  /**
   * Returns whether no set size is given.
   *
   * @return true if all three sizes are absent
   */
  public boolean isEmpty() {
    return training == null && testing == null && validation == null;
  }
}
