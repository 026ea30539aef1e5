package io.github.gpai4j.core.documentation;

import static java.util.Objects.requireNonNull;

import org.jspecify.annotations.Nullable;

/**
 * Another released asset and how it is accessed and licensed (MDF-3.2c).
 *
 * @param kind the kind of asset, not null
 * @param access how the asset is accessed, or null
 * @param licence the licence it is released under, or null
 * @since 0.1.0
 */
public record AdditionalAsset(Kind kind, @Nullable String access, @Nullable String licence) {

  /** The assets the form lists. */
  public enum Kind {
    /** Training data. */
    TRAINING_DATA,
    /** Data-processing code. */
    DATA_PROCESSING_CODE,
    /** Training code. */
    TRAINING_CODE,
    /** Inference code. */
    INFERENCE_CODE,
    /** Evaluation code. */
    EVALUATION_CODE,
    /** Another asset, described in {@code access}. */
    OTHER
  }

  /**
   * Checks the kind.
   *
   * @param kind the kind of asset, not null
   * @param access how the asset is accessed, or null
   * @param licence the licence it is released under, or null
   * @throws NullPointerException if the kind is null
   */
  public AdditionalAsset {
    requireNonNull(kind, "kind");
  }
}
