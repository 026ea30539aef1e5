package io.github.gpai4j.core.summary;

import io.github.gpai4j.core.Modality;
import java.util.List;
import org.immutables.value.Value;
import org.jspecify.annotations.Nullable;
import tools.jackson.databind.annotation.JsonDeserialize;
import tools.jackson.databind.annotation.JsonSerialize;

/**
 * Section 2.5 of the template: synthetic data created by or on behalf of the provider to train the model, for
 * example by distillation or by reinforcement learning from AI feedback.
 *
 * <p>Every part may be missing: a half-filled section is a legal draft.
 *
 * @since 0.3.0
 */
@Value.Immutable
@JsonSerialize(as = ImmutableSyntheticData.class)
@JsonDeserialize(as = ImmutableSyntheticData.class)
public abstract class SyntheticData {
  SyntheticData() {}

  /**
   * Returns the answer to whether synthetic data was used (template 2.5).
   *
   * @return the answer, or null if not given
   */
  public abstract @Nullable Boolean used();

  /**
   * Returns the modalities of the synthetic data.
   *
   * @return the list, empty if none is given
   */
  public abstract List<Modality> modalities();

  /**
   * Returns the general-purpose AI models on the market used to generate it, each with a link to its summary.
   *
   * @return the list, empty for none, or null if not answered
   */
  public abstract @Nullable List<ModelReference> generatingModels();

  /**
   * Returns information on other models used to generate it, such as the provider's own unreleased models.
   *
   * @return the answer, or null if not given
   */
  public abstract @Nullable String otherModels();

  /**
   * Returns additional comments (optional).
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

  /** Builds a {@link SyntheticData}; every part is optional. */
  public static final class Builder extends ImmutableSyntheticData.Builder {
    Builder() {}
  }
}
