package io.github.gpai4j.core.summary;

import java.util.List;
import java.time.YearMonth;
import org.immutables.value.Value;
import org.jspecify.annotations.Nullable;
import tools.jackson.databind.annotation.JsonDeserialize;
import tools.jackson.databind.annotation.JsonSerialize;

/**
 * Section 1.3 of the template: the modalities, overall size and other characteristics of the training data, after
 * pre-processing and before training.
 *
 * <p>Every part may be missing: a half-filled section is a legal draft.
 *
 * @since 0.3.0
 */
@Value.Immutable
@JsonSerialize(as = ImmutableTrainingDataCharacteristics.class)
@JsonDeserialize(as = ImmutableTrainingDataCharacteristics.class)
public abstract class TrainingDataCharacteristics {
  TrainingDataCharacteristics() {}

  /**
   * Returns each modality of the training data with its size and types of content (template 1.3).
   *
   * @return the list, empty if none is given
   */
  public abstract List<ModalityContent> modalities();

  /**
   * Returns the month of the latest acquisition or collection of training data, which the template writes MM/YYYY (template 1.3).
   *
   * @return the answer, or null if not given
   */
  public abstract @Nullable YearMonth latestAcquisition();

  /**
   * Returns whether the model continues to be trained on data acquired after that month (template 1.3).
   *
   * @return the answer, or null if not given
   */
  public abstract @Nullable Boolean continuousTraining();

  /**
   * Returns the linguistic characteristics of the training data, such as its languages (template 1.3).
   *
   * @return the answer, or null if not given
   */
  public abstract @Nullable String languages();

  /**
   * Returns other relevant characteristics, such as national, regional or demographic specificities (template 1.3).
   *
   * @return the answer, or null if not given
   */
  public abstract @Nullable String otherCharacteristics();

  /**
   * Returns additional comments (template 1.3, optional).
   *
   * @return the answer, or null if not given
   */
  public abstract @Nullable String comments();

  /**
   * Returns a builder for a new value.
   *
   * @return a new builder
   */
  public static Builder builder() {
    return new Builder();
  }

  /** Builds a {@link TrainingDataCharacteristics}; every part is optional. */
  public static final class Builder extends ImmutableTrainingDataCharacteristics.Builder {
    Builder() {}
  }
}
