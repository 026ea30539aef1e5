package io.github.gpai4j.core.summary;

import io.github.gpai4j.core.Modality;
import io.github.gpai4j.core.data.Dataset;
import java.util.List;
import org.immutables.value.Value;
import org.jspecify.annotations.Nullable;
import tools.jackson.databind.annotation.JsonDeserialize;
import tools.jackson.databind.annotation.JsonSerialize;

/**
 * Section 2.1 of the template: publicly available datasets, including ones third parties compiled from crawls.
 *
 * <p>Every part may be missing: a half-filled section is a legal draft.
 *
 * @since 0.3.0
 */
@Value.Immutable
@JsonSerialize(as = ImmutablePublicDatasets.class)
@JsonDeserialize(as = ImmutablePublicDatasets.class)
public abstract class PublicDatasets {
  PublicDatasets() {}

  /**
   * Returns the answer to "Have you used publicly available datasets to train the model?" (template 2.1).
   *
   * @return the answer, or null if not given
   */
  public abstract @Nullable Boolean used();

  /**
   * Returns the modalities these datasets cover.
   *
   * @return the list, empty if none is given
   */
  public abstract List<Modality> modalities();

  /**
   * Returns the large publicly available datasets, each with its name and a link, or a description where there is no link.
   *
   * @return the list, empty if none is given
   */
  public abstract List<Dataset> largeDatasets();

  /**
   * Returns a general description of the other publicly available datasets used.
   *
   * @return the answer, or null if not given
   */
  public abstract @Nullable String otherDatasets();

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

  /** Builds a {@link PublicDatasets}; every part is optional. */
  public static final class Builder extends ImmutablePublicDatasets.Builder {
    Builder() {}
  }
}
