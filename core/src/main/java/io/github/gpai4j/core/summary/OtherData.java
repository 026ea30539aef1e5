package io.github.gpai4j.core.summary;

import org.immutables.value.Value;
import org.jspecify.annotations.Nullable;
import tools.jackson.databind.annotation.JsonDeserialize;
import tools.jackson.databind.annotation.JsonSerialize;

/**
 * Section 2.6 of the template: other sources of data, such as human-written data for reinforcement learning.
 *
 * <p>Every part may be missing: a half-filled section is a legal draft.
 *
 * @since 0.3.0
 */
@Value.Immutable
@JsonSerialize(as = ImmutableOtherData.class)
@JsonDeserialize(as = ImmutableOtherData.class)
public abstract class OtherData {
  OtherData() {}

  /**
   * Returns the answer to whether other sources of data were used (template 2.6).
   *
   * @return the answer, or null if not given
   */
  public abstract @Nullable Boolean used();

  /**
   * Returns a narrative description of those sources.
   *
   * @return the answer, or null if not given
   */
  public abstract @Nullable String description();

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

  /** Builds a {@link OtherData}; every part is optional. */
  public static final class Builder extends ImmutableOtherData.Builder {
    Builder() {}
  }
}
