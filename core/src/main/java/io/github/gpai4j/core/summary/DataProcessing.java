package io.github.gpai4j.core.summary;

import org.immutables.value.Value;
import org.jspecify.annotations.Nullable;
import tools.jackson.databind.annotation.JsonDeserialize;
import tools.jackson.databind.annotation.JsonSerialize;

/**
 * Section 3 of the template, data processing: the respect of text-and-data-mining reservations, the removal of
 * illegal content and other information.
 *
 * <p>Every part may be missing: a half-filled section is a legal draft.
 *
 * @since 0.3.0
 */
@Value.Immutable
@JsonSerialize(as = ImmutableDataProcessing.class)
@JsonDeserialize(as = ImmutableDataProcessing.class)
public abstract class DataProcessing {
  DataProcessing() {}

  /**
   * Returns whether the provider is a signatory of the General-Purpose AI Code of Practice, whose Copyright chapter includes commitments on rights reservations (template 3.1).
   *
   * @return the answer, or null if not given
   */
  public abstract @Nullable Boolean codeSignatory();

  /**
   * Returns the measures implemented before model training, and before and during data collection, to respect reservations of rights from the text-and-data-mining exception (Art.&nbsp;4(3) of Directive (EU) 2019/790), including the opt-out protocols honoured (template 3.1).
   *
   * @return the answer, or null if not given
   */
  public abstract @Nullable String reservationMeasures();

  /**
   * Returns additional comments on reservations of rights (optional).
   *
   * @return the answer, or null if not given
   */
  public abstract @Nullable String reservationComments();

  /**
   * Returns a general description of the measures taken to avoid or remove illegal content from the training data, such as block lists, keywords or classifiers (template 3.2).
   *
   * @return the answer, or null if not given
   */
  public abstract @Nullable String illegalContentMeasures();

  /**
   * Returns other information on data processing (template 3.3, optional).
   *
   * @return the answer, or null if not given
   */
  public abstract @Nullable String otherInformation();

  /**
   * Returns a builder for a new value.
   *
   * @return a new builder
   */
  public static Builder builder() {
    return new Builder();
  }

  /** Builds a {@link DataProcessing}; every part is optional. */
  public static final class Builder extends ImmutableDataProcessing.Builder {
    Builder() {}
  }
}
