package io.github.gpai4j.core.copyright;

import java.util.List;
import org.immutables.value.Value;
import org.jspecify.annotations.Nullable;
import tools.jackson.databind.annotation.JsonDeserialize;
import tools.jackson.databind.annotation.JsonSerialize;

/**
 * Code of Practice, Copyright Measure 1.1: one up-to-date policy, in a single document, for every general-purpose
 * AI model the provider places on the Union market, with internal responsibilities for implementing and overseeing
 * it; publishing a summary of it is encouraged, not required.
 *
 * <p>Every part may be missing: a half-filled section is a legal draft.
 *
 * @since 0.3.0
 */
@Value.Immutable
@JsonSerialize(as = ImmutablePolicyDocument.class)
@JsonDeserialize(as = ImmutablePolicyDocument.class)
public abstract class PolicyDocument {
  PolicyDocument() {}

  /**
   * Returns the provider's legal name.
   *
   * @return the answer, or null if not given
   */
  public abstract @Nullable String provider();

  /**
   * Returns the models the policy covers, each with the date it was placed on the Union market.
   *
   * @return the list, empty if none is given
   */
  public abstract List<CoveredModel> models();

  /**
   * Returns whether the policy is kept in a single document that incorporates the chapter's measures.
   *
   * @return the answer, or null if not given
   */
  public abstract @Nullable Boolean singleDocument();

  /**
   * Returns the internal responsibilities for implementing and overseeing the policy.
   *
   * @return the list, empty if none is given
   */
  public abstract List<Responsibility> responsibilities();

  /**
   * Returns where a summary of the policy is published, if the provider publishes one (encouraged, optional).
   *
   * @return the answer, or null if not given
   */
  public abstract @Nullable String publicSummaryLink();

  /**
   * Returns a builder for a new value.
   *
   * @return a new builder
   */
  public static Builder builder() {
    return new Builder();
  }

  /** Builds a {@link PolicyDocument}; every part is optional. */
  public static final class Builder extends ImmutablePolicyDocument.Builder {
    Builder() {}
  }
}
