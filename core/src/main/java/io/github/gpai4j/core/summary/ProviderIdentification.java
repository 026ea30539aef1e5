package io.github.gpai4j.core.summary;

import org.immutables.value.Value;
import org.jspecify.annotations.Nullable;
import tools.jackson.databind.annotation.JsonDeserialize;
import tools.jackson.databind.annotation.JsonSerialize;

/**
 * Section 1.1 of the template: the provider and, for a provider established outside the Union, its authorised
 * representative (Art.&nbsp;54(1) of Regulation (EU) 2024/1689).
 *
 * <p>Every part may be missing: a half-filled section is a legal draft.
 *
 * @since 0.3.0
 */
@Value.Immutable
@JsonSerialize(as = ImmutableProviderIdentification.class)
@JsonDeserialize(as = ImmutableProviderIdentification.class)
public abstract class ProviderIdentification {
  ProviderIdentification() {}

  /**
   * Returns the provider's name and contact details (template 1.1(i)).
   *
   * @return the answer, or null if not given
   */
  public abstract @Nullable Party provider();

  /**
   * Returns whether the provider is established in the Union; when false, the template asks for an authorised representative (Art.&nbsp;54(1)). It is not a template item but the fact that item 1.1(ii) depends on.
   *
   * @return the answer, or null if not given
   */
  public abstract @Nullable Boolean establishedInUnion();

  /**
   * Returns the authorised representative's name and contact details, for a provider established outside the Union (template 1.1(ii)).
   *
   * @return the answer, or null if not given
   */
  public abstract @Nullable Party authorisedRepresentative();

  /**
   * Returns a builder for a new value.
   *
   * @return a new builder
   */
  public static Builder builder() {
    return new Builder();
  }

  /** Builds a {@link ProviderIdentification}; every part is optional. */
  public static final class Builder extends ImmutableProviderIdentification.Builder {
    Builder() {}
  }
}
