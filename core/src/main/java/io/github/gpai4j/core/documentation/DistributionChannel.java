package io.github.gpai4j.core.documentation;

import static java.util.Objects.requireNonNull;

import org.jspecify.annotations.Nullable;

/**
 * One method through which the model is made available (MDF-3.1a in the Union market, MDF-3.1b to downstream
 * providers; Annex XI 1(1)(c), Annex XII 1(c) "methods of distribution"), with a link on how to access it and the
 * level of access it gives.
 *
 * @param kind the kind of channel, not null
 * @param description what the channel is, in the provider's words, or null
 * @param link where to learn how to access the model through it, or null
 * @param accessLevel the level of access it gives, or null where not stated
 * @since 0.1.0
 */
public record DistributionChannel(
    Kind kind, @Nullable String description, @Nullable String link, @Nullable AccessLevel accessLevel) {

  /** The examples of channels the form lists, plus other. */
  public enum Kind {
    /** Enterprise or subscription access through software suites. */
    ENTERPRISE_OR_SUBSCRIPTION_SUITE,
    /** A public or subscription API. */
    API,
    /** Integrated development environments, device-specific applications or firmware. */
    IDE_APP_OR_FIRMWARE,
    /** Open-source repositories (for example a public model hub). */
    OPEN_SOURCE_REPOSITORY,
    /** Cloud computing services. */
    CLOUD_SERVICE,
    /** Another channel, described in the description. */
    OTHER
  }

  /** The levels of access the form names. */
  public enum AccessLevel {
    /** Access to the weights. */
    WEIGHTS_LEVEL,
    /** Black-box access (inputs and outputs only). */
    BLACK_BOX,
    /** Another level, described in the description. */
    OTHER
  }

  /**
   * Checks the kind.
   *
   * @param kind the kind of channel, not null
   * @param description what the channel is, in the provider's words, or null
   * @param link where to learn how to access the model through it, or null
   * @param accessLevel the level of access it gives, or null where not stated
   * @throws NullPointerException if the kind is null
   */
  public DistributionChannel {
    requireNonNull(kind, "kind");
  }
}
