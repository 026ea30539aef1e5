package io.github.gpai4j.core.documentation;

import io.github.gpai4j.core.Applicable;
import java.util.List;
import org.immutables.value.Value;
import org.jspecify.annotations.Nullable;
import tools.jackson.databind.annotation.JsonDeserialize;
import tools.jackson.databind.annotation.JsonSerialize;

/**
 * Section 3 of the Model Documentation Form, methods of distribution and licences (MDF-3.1a to MDF-3.2c).
 *
 * <p>Every item may be missing: a half-filled section is a legal draft.
 *
 * @since 0.1.0
 */
@Value.Immutable
@JsonSerialize(as = ImmutableDistributionAndLicences.class)
@JsonDeserialize(as = ImmutableDistributionAndLicences.class)
public abstract class DistributionAndLicences {
  DistributionAndLicences() {}

  /**
   * Returns the methods through which the model has been made available on the Union market, with access links and access levels; Annex XI 1(1)(c) (MDF-3.1a).
   *
   * @return the entries in order, empty if not given
   */
  public abstract List<DistributionChannel> unionDistributionChannels();

  /**
   * Returns the methods through which the model can be made available to downstream providers; Annex XII 1(c) (MDF-3.1b).
   *
   * @return the entries in order, empty if not given
   */
  public abstract List<DistributionChannel> downstreamDistributionChannels();

  /**
   * Returns a link to the licence, the statement that a copy is provided on request under Art.&nbsp;91, or that no licence exists; Annex XI 1(1)(f) (MDF-3.2a).
   *
   * @return the answer, or null if not given
   */
  public abstract @Nullable String licence();

  /**
   * Returns the licence category given to downstream providers; Annex XII 1(h) (MDF-3.2b).
   *
   * @return the answer, or null if not given
   */
  public abstract @Nullable LicenceType licenceType();

  /**
   * Returns the other released assets and how each is accessed and licensed (MDF-3.2c). The form asks for them
   * "if any", so an empty list, or "None" with an optional statement ({@link Applicable#none}), is an answer stating
   * there are none, distinct from no answer.
   *
   * @return the entries in order (an empty list if the document states there are none), "none", or null if not
   *     answered
   */
  public abstract @Nullable Applicable<List<AdditionalAsset>> additionalAssets();

  // Copy methods: implemented by the generated class; declared here so that they are public API.

  /**
   * Returns a copy of this value whose {@link #unionDistributionChannels()} holds the given elements in order.
   *
   * @param elements the elements, not null
   * @return the copy
   */
  public abstract DistributionAndLicences withUnionDistributionChannels(
      Iterable<? extends DistributionChannel> elements);

  /**
   * Returns a copy of this value whose {@link #downstreamDistributionChannels()} holds the given elements in order.
   *
   * @param elements the elements, not null
   * @return the copy
   */
  public abstract DistributionAndLicences withDownstreamDistributionChannels(
      Iterable<? extends DistributionChannel> elements);

  /**
   * Returns a copy of this value with another {@link #licence()}.
   *
   * @param value the new value, or null for none
   * @return the copy, or this value if the new value is the same
   */
  public abstract DistributionAndLicences withLicence(@Nullable String value);

  /**
   * Returns a copy of this value with another {@link #licenceType()}.
   *
   * @param value the new value, or null for none
   * @return the copy, or this value if the new value is the same
   */
  public abstract DistributionAndLicences withLicenceType(@Nullable LicenceType value);

  /**
   * Returns a copy of this value with another {@link #additionalAssets()}.
   *
   * @param value the new value, or null for none
   * @return the copy, or this value if the new value is the same
   */
  public abstract DistributionAndLicences withAdditionalAssets(@Nullable Applicable<List<AdditionalAsset>> value);

  /**
   * Returns a builder for this section.
   *
   * @return a new builder
   */
  public static Builder builder() {
    return new Builder();
  }

  /** Builds a {@link DistributionAndLicences}; every item is optional. */
  public static final class Builder extends ImmutableDistributionAndLicences.Builder {
    Builder() {}
  }
}
