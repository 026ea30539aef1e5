package io.github.gpai4j.core.profile;

import org.immutables.value.Value;
import org.jspecify.annotations.Nullable;
import tools.jackson.databind.annotation.JsonDeserialize;

/**
 * The facts about a modification of another provider's GPAI model that decide whether the modifier becomes the
 * provider of the modified model (Commission guidelines, section 3.2; Recital 109 of Regulation (EU) 2024/1689).
 *
 * <p>Modifications by or on behalf of the original provider are not described here: they are the same model over
 * its lifecycle (guidelines, section 2.2).
 *
 * @since 0.1.0
 */
@Value.Immutable
@JsonDeserialize(as = ImmutableModificationFacts.class)
public abstract class ModificationFacts {

  ModificationFacts() {}

  // Copy methods: implemented by the generated class; declared here so that they are public API.

  /**
   * Returns a copy of this value with another {@link #baseModel()}.
   *
   * @param value the new value, or null for none
   * @return the copy, or this value if the new value is the same
   */
  public abstract ModificationFacts withBaseModel(@Nullable String value);

  /**
   * Returns a copy of this value with another {@link #baseModelCompute()}.
   *
   * @param value the new value, or null for none
   * @return the copy, or this value if the new value is the same
   */
  public abstract ModificationFacts withBaseModelCompute(@Nullable ComputeEstimate value);

  /**
   * Returns a copy of this value with another {@link #baseModelSystemicRisk()}.
   *
   * @param value the new value, not null
   * @return the copy, or this value if the new value is the same
   */
  public abstract ModificationFacts withBaseModelSystemicRisk(Fact value);

  /**
   * Returns a copy of this value with another {@link #modificationCompute()}.
   *
   * @param value the new value, or null for none
   * @return the copy, or this value if the new value is the same
   */
  public abstract ModificationFacts withModificationCompute(@Nullable ComputeEstimate value);

  /**
   * Returns a builder.
   *
   * @return a new builder
   */
  public static Builder builder() {
    return new Builder();
  }

  /** Builds modification facts. */
  public static final class Builder extends ImmutableModificationFacts.Builder {
    Builder() {}
  }

  /**
   * Returns the name and version of the original (base) model.
   *
   * @return the base model, or null if not stated
   */
  public abstract @Nullable String baseModel();

  /**
   * Returns the original model's training compute, if known or estimable.
   *
   * @return the estimate, or null when unknown (the guidelines' fallback thresholds then apply)
   */
  public abstract @Nullable ComputeEstimate baseModelCompute();

  /**
   * Returns whether the original model is a GPAI model with systemic risk.
   *
   * @return the fact, {@link Fact#UNKNOWN} by default
   */
  @Value.Default
  public Fact baseModelSystemicRisk() {
    return Fact.UNKNOWN;
  }

  /**
   * Returns the training compute used for the modification.
   *
   * @return the estimate, or null when unknown
   */
  public abstract @Nullable ComputeEstimate modificationCompute();
}
