package io.github.gpai4j.core.summary;

import io.github.gpai4j.core.Modality;
import io.github.gpai4j.core.data.Dataset;
import java.util.List;
import org.immutables.value.Value;
import org.jspecify.annotations.Nullable;
import tools.jackson.databind.annotation.JsonDeserialize;
import tools.jackson.databind.annotation.JsonSerialize;

/**
 * Section 2.2.2 of the template: private datasets obtained from other third parties, such as data intermediaries,
 * and not licensed under 2.2.1.
 *
 * <p>Every part may be missing: a half-filled section is a legal draft.
 *
 * @since 0.3.0
 */
@Value.Immutable
@JsonSerialize(as = ImmutablePrivateDatasets.class)
@JsonDeserialize(as = ImmutablePrivateDatasets.class)
public abstract class PrivateDatasets {
  PrivateDatasets() {}

  /**
   * Returns the answer to whether private datasets from other third parties were used (template 2.2.2).
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
   * Returns the publicly known private datasets, by name.
   *
   * @return the list, empty if none is given
   */
  public abstract List<Dataset> knownDatasets();

  /**
   * Returns a general description of the private datasets that are not publicly known.
   *
   * @return the answer, or null if not given
   */
  public abstract @Nullable String otherDatasets();

  /**
   * Returns additional comments, such as the collection period or size (optional).
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

  /** Builds a {@link PrivateDatasets}; every part is optional. */
  public static final class Builder extends ImmutablePrivateDatasets.Builder {
    Builder() {}
  }
}
