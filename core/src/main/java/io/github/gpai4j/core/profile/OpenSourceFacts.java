package io.github.gpai4j.core.profile;

import java.util.Set;
import org.immutables.value.Value;
import org.jspecify.annotations.Nullable;
import tools.jackson.databind.annotation.JsonDeserialize;

/**
 * The facts that decide the open-source exemption of Arts.&nbsp;53(2) and 54(6) of Regulation (EU) 2024/1689 as read
 * by the Commission guidelines (section 4): a free and open-source licence granting access, use, modification and
 * distribution; parameters including weights, architecture information and usage information made public; and no
 * monetisation (Recital 103).
 *
 * <p>Every fact defaults to {@link Fact#UNKNOWN}; the exemption is granted only when every condition is known to
 * hold. The sets list what the caller knows to be present; an empty set does not assert absence, which is stated
 * through {@link #monetised()} and the four licence freedoms.
 *
 * @since 0.1.0
 */
@Value.Immutable
@JsonDeserialize(as = ImmutableOpenSourceFacts.class)
public abstract class OpenSourceFacts {

  OpenSourceFacts() {}

  // Copy methods: implemented by the generated class; declared here so that they are public API.

  /**
   * Returns a copy of this value with another {@link #licence()}.
   *
   * @param value the new value, or null for none
   * @return the copy, or this value if the new value is the same
   */
  public abstract OpenSourceFacts withLicence(@Nullable String value);

  /**
   * Returns a copy of this value with another {@link #freeAccess()}.
   *
   * @param value the new value, not null
   * @return the copy, or this value if the new value is the same
   */
  public abstract OpenSourceFacts withFreeAccess(Fact value);

  /**
   * Returns a copy of this value with another {@link #freeUse()}.
   *
   * @param value the new value, not null
   * @return the copy, or this value if the new value is the same
   */
  public abstract OpenSourceFacts withFreeUse(Fact value);

  /**
   * Returns a copy of this value with another {@link #freeModification()}.
   *
   * @param value the new value, not null
   * @return the copy, or this value if the new value is the same
   */
  public abstract OpenSourceFacts withFreeModification(Fact value);

  /**
   * Returns a copy of this value with another {@link #freeDistribution()}.
   *
   * @param value the new value, not null
   * @return the copy, or this value if the new value is the same
   */
  public abstract OpenSourceFacts withFreeDistribution(Fact value);

  /**
   * Returns a copy of this value with another {@link #weightsPublic()}.
   *
   * @param value the new value, not null
   * @return the copy, or this value if the new value is the same
   */
  public abstract OpenSourceFacts withWeightsPublic(Fact value);

  /**
   * Returns a copy of this value with another {@link #architecturePublic()}.
   *
   * @param value the new value, not null
   * @return the copy, or this value if the new value is the same
   */
  public abstract OpenSourceFacts withArchitecturePublic(Fact value);

  /**
   * Returns a copy of this value with another {@link #usageInformationPublic()}.
   *
   * @param value the new value, not null
   * @return the copy, or this value if the new value is the same
   */
  public abstract OpenSourceFacts withUsageInformationPublic(Fact value);

  /**
   * Returns a copy of this value with another {@link #monetised()}.
   *
   * @param value the new value, not null
   * @return the copy, or this value if the new value is the same
   */
  public abstract OpenSourceFacts withMonetised(Fact value);

  /**
   * Returns a copy of this value whose {@link #monetisationSigns()} holds the given elements in order.
   *
   * @param elements the elements, not null
   * @return the copy
   */
  public abstract OpenSourceFacts withMonetisationSigns(Iterable<MonetisationSign> elements);

  /**
   * Returns a copy of this value whose {@link #licenceRestrictions()} holds the given elements in order.
   *
   * @param elements the elements, not null
   * @return the copy
   */
  public abstract OpenSourceFacts withLicenceRestrictions(Iterable<LicenceRestriction> elements);

  /**
   * Returns a builder.
   *
   * @return a new builder
   */
  public static Builder builder() {
    return new Builder();
  }

  /**
   * Returns facts of which nothing is known.
   *
   * @return the facts, all unknown
   */
  public static OpenSourceFacts unknown() {
    return builder().build();
  }

  /** Builds open-source facts; every fact left unset stays {@link Fact#UNKNOWN}. */
  public static final class Builder extends ImmutableOpenSourceFacts.Builder {
    Builder() {}
  }

  /**
   * Returns the licence, preferably as an SPDX identifier such as {@code Apache-2.0}.
   *
   * @return the licence, or null if not stated
   */
  public abstract @Nullable String licence();

  /**
   * Returns whether anyone can obtain the model freely, without payment or other restriction (reasonable,
   * non-discriminatory safety measures such as user verification allowed).
   *
   * @return the fact
   */
  @Value.Default
  public Fact freeAccess() {
    return Fact.UNKNOWN;
  }

  /**
   * Returns whether the licence lets anyone use the model freely (attribution and same-terms conditions and narrow
   * safety-oriented restrictions allowed).
   *
   * @return the fact
   */
  @Value.Default
  public Fact freeUse() {
    return Fact.UNKNOWN;
  }

  /**
   * Returns whether anyone may freely modify the model.
   *
   * @return the fact
   */
  @Value.Default
  public Fact freeModification() {
    return Fact.UNKNOWN;
  }

  /**
   * Returns whether recipients may redistribute the model, including modified versions.
   *
   * @return the fact
   */
  @Value.Default
  public Fact freeDistribution() {
    return Fact.UNKNOWN;
  }

  /**
   * Returns whether the parameters, including the weights, are publicly available.
   *
   * @return the fact
   */
  @Value.Default
  public Fact weightsPublic() {
    return Fact.UNKNOWN;
  }

  /**
   * Returns whether information on the model architecture is publicly available.
   *
   * @return the fact
   */
  @Value.Default
  public Fact architecturePublic() {
    return Fact.UNKNOWN;
  }

  /**
   * Returns whether usage information is publicly available (at least modalities, capabilities, limitations and
   * the technical means for integration).
   *
   * @return the fact
   */
  @Value.Default
  public Fact usageInformationPublic() {
    return Fact.UNKNOWN;
  }

  /**
   * Returns whether the model is made available against a price or otherwise monetised (Recital 103).
   *
   * @return the fact
   */
  @Value.Default
  public Fact monetised() {
    return Fact.UNKNOWN;
  }

  /**
   * Returns the signs of monetisation the caller knows of; any sign excludes the exemption.
   *
   * @return the signs in declaration order, never null
   */
  public abstract Set<MonetisationSign> monetisationSigns();

  /**
   * Returns the disqualifying licence terms the caller knows of; any term excludes the exemption.
   *
   * @return the restrictions in declaration order, never null
   */
  public abstract Set<LicenceRestriction> licenceRestrictions();
}
