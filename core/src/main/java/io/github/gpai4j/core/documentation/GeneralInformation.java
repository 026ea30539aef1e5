package io.github.gpai4j.core.documentation;

import io.github.gpai4j.core.Applicable;
import java.time.LocalDate;
import java.util.List;
import org.immutables.value.Value;
import org.jspecify.annotations.Nullable;
import tools.jackson.databind.annotation.JsonDeserialize;
import tools.jackson.databind.annotation.JsonSerialize;

/**
 * Section 1 of the Model Documentation Form, general information (MDF-1.1 to MDF-1.6).
 *
 * <p>Every item may be missing: a half-filled section is a legal draft.
 *
 * @since 0.1.0
 */
@Value.Immutable
@JsonSerialize(as = ImmutableGeneralInformation.class)
@JsonDeserialize(as = ImmutableGeneralInformation.class)
public abstract class GeneralInformation {
  GeneralInformation() {}

  /**
   * Returns the legal name of the model provider (MDF-1.1).
   *
   * @return the answer, or null if not given
   */
  public abstract @Nullable String providerLegalName();

  /**
   * Returns the unique model identifier, collection and covered versions (MDF-1.2).
   *
   * @return the answer, or null if not given
   */
  public abstract @Nullable ModelName modelName();

  /**
   * Returns evidence of provenance and authenticity, such as a secure hash of the distributed binaries or the service endpoint (MDF-1.3).
   *
   * @return the answer, or null if not given
   */
  public abstract @Nullable String modelAuthenticity();

  /**
   * Returns the date the model was first released through any distribution channel; Annex XI 1(1)(c) (MDF-1.4).
   *
   * @return the answer, or null if not given
   */
  public abstract @Nullable LocalDate releaseDate();

  /**
   * Returns the date the model was placed on the Union market (Art.&nbsp;3(9)); Annex XI 1(1)(c) (MDF-1.5).
   *
   * @return the answer, or null if not given
   */
  public abstract @Nullable LocalDate unionMarketReleaseDate();

  /**
   * Returns the general-purpose AI models this model modifies or fine-tunes; {@code N/A} when it results from no such modification (MDF-1.6), or {@code N/A}.
   *
   * @return the answer, or null if not given
   */
  public abstract @Nullable Applicable<List<ModelDependency>> modelDependencies();

  // Copy methods: implemented by the generated class; declared here so that they are public API.

  /**
   * Returns a copy of this value with another {@link #providerLegalName()}.
   *
   * @param value the new value, or null for none
   * @return the copy, or this value if the new value is the same
   */
  public abstract GeneralInformation withProviderLegalName(@Nullable String value);

  /**
   * Returns a copy of this value with another {@link #modelName()}.
   *
   * @param value the new value, or null for none
   * @return the copy, or this value if the new value is the same
   */
  public abstract GeneralInformation withModelName(@Nullable ModelName value);

  /**
   * Returns a copy of this value with another {@link #modelAuthenticity()}.
   *
   * @param value the new value, or null for none
   * @return the copy, or this value if the new value is the same
   */
  public abstract GeneralInformation withModelAuthenticity(@Nullable String value);

  /**
   * Returns a copy of this value with another {@link #releaseDate()}.
   *
   * @param value the new value, or null for none
   * @return the copy, or this value if the new value is the same
   */
  public abstract GeneralInformation withReleaseDate(@Nullable LocalDate value);

  /**
   * Returns a copy of this value with another {@link #unionMarketReleaseDate()}.
   *
   * @param value the new value, or null for none
   * @return the copy, or this value if the new value is the same
   */
  public abstract GeneralInformation withUnionMarketReleaseDate(@Nullable LocalDate value);

  /**
   * Returns a copy of this value with another {@link #modelDependencies()}.
   *
   * @param value the new value, or null for none
   * @return the copy, or this value if the new value is the same
   */
  public abstract GeneralInformation withModelDependencies(@Nullable Applicable<List<ModelDependency>> value);

  /**
   * Returns a builder for this section.
   *
   * @return a new builder
   */
  public static Builder builder() {
    return new Builder();
  }

  /** Builds a {@link GeneralInformation}; every item is optional. */
  public static final class Builder extends ImmutableGeneralInformation.Builder {
    Builder() {}
  }
}
