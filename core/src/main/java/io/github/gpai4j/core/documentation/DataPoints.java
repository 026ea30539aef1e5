package io.github.gpai4j.core.documentation;

import java.util.List;
import java.util.ArrayList;
import io.github.gpai4j.core.validation.JsonPointer;
import io.github.gpai4j.core.form.Figure;
import io.github.gpai4j.core.form.FormValue;
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
public record DataPoints(@Nullable DataSize training, @Nullable DataSize testing, @Nullable DataSize validation) implements FormValue {

  /**
   * Returns whether no set size is given.
   *
   * @return true if all three sizes are absent
   */
  public boolean isEmpty() {
    return training == null && testing == null && validation == null;
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

  /**
   * Returns the sizes of the training, testing and validation sets that are given, at {@code /training},
   * {@code /testing} and {@code /validation}.
   *
   * @return the figures
   * @since 0.2.0
   */
  @Override
  public List<Figure> figures() {
    List<Figure> out = new ArrayList<>(3);
    if (training != null) {
      out.add(new Figure(JsonPointer.of("training"), training.amount()));
    }
    if (testing != null) {
      out.add(new Figure(JsonPointer.of("testing"), testing.amount()));
    }
    if (validation != null) {
      out.add(new Figure(JsonPointer.of("validation"), validation.amount()));
    }
    return out;
  }
}
