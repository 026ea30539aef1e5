package io.github.gpai4j.core.documentation;

import io.github.gpai4j.core.ParameterCount;
import java.util.List;
import org.immutables.value.Value;
import org.jspecify.annotations.Nullable;
import tools.jackson.databind.annotation.JsonDeserialize;
import tools.jackson.databind.annotation.JsonSerialize;

/**
 * Section 2 of the Model Documentation Form, model properties (MDF-2.1 to MDF-2.5b).
 *
 * <p>Every item may be missing: a half-filled section is a legal draft.
 *
 * @since 0.1.0
 */
@Value.Immutable
@JsonSerialize(as = ImmutableModelProperties.class)
@JsonDeserialize(as = ImmutableModelProperties.class)
public abstract class ModelProperties {
  ModelProperties() {}

  /**
   * Returns a general description of the architecture, such as a transformer (about 20 words recommended); Annex XI 1(1)(d) (MDF-2.1).
   *
   * @return the answer, or null if not given
   */
  public abstract @Nullable String architecture();

  /**
   * Returns the key design specifications with their rationale and assumptions (about 100 words recommended); Annex XI 1(2)(b) (MDF-2.2).
   *
   * @return the answer, or null if not given
   */
  public abstract @Nullable String designSpecification();

  /**
   * Returns the input modalities; Annex XI 1(1)(e), Annex XII 1(g) (MDF-2.3).
   *
   * @return the answer, or null if not given
   */
  public abstract @Nullable ModalitySelection inputModalities();

  /**
   * Returns the maximum input size for each selected input modality, or {@code N/A} per modality; Annex XII 2(b) (MDF-2.3b).
   *
   * @return the entries in order, empty if not given
   */
  public abstract List<MaximumSize> inputMaximumSizes();

  /**
   * Returns the output modalities; Annex XI 1(1)(e), Annex XII 1(g) (MDF-2.4).
   *
   * @return the answer, or null if not given
   */
  public abstract @Nullable ModalitySelection outputModalities();

  /**
   * Returns the maximum output size for each selected output modality, or {@code N/A} per modality; Annex XII 2(b) (MDF-2.4b).
   *
   * @return the entries in order, empty if not given
   */
  public abstract List<MaximumSize> outputMaximumSizes();

  /**
   * Returns the total number of parameters, to at least two significant figures; Annex XI 1(1)(d) (MDF-2.5a).
   *
   * @return the answer, or null if not given
   */
  public abstract @Nullable ParameterCount parameterCount();

  /**
   * Returns the total model size as one of the form ranges; Annex XII 1(f) (MDF-2.5b).
   *
   * @return the answer, or null if not given
   */
  public abstract @Nullable ParameterRange parameterRange();

  // Copy methods: implemented by the generated class; declared here so that they are public API.

  /**
   * Returns a copy of this value with another {@link #architecture()}.
   *
   * @param value the new value, or null for none
   * @return the copy, or this value if the new value is the same
   */
  public abstract ModelProperties withArchitecture(@Nullable String value);

  /**
   * Returns a copy of this value with another {@link #designSpecification()}.
   *
   * @param value the new value, or null for none
   * @return the copy, or this value if the new value is the same
   */
  public abstract ModelProperties withDesignSpecification(@Nullable String value);

  /**
   * Returns a copy of this value with another {@link #inputModalities()}.
   *
   * @param value the new value, or null for none
   * @return the copy, or this value if the new value is the same
   */
  public abstract ModelProperties withInputModalities(@Nullable ModalitySelection value);

  /**
   * Returns a copy of this value whose {@link #inputMaximumSizes()} holds the given elements in order.
   *
   * @param elements the elements, not null
   * @return the copy
   */
  public abstract ModelProperties withInputMaximumSizes(Iterable<? extends MaximumSize> elements);

  /**
   * Returns a copy of this value with another {@link #outputModalities()}.
   *
   * @param value the new value, or null for none
   * @return the copy, or this value if the new value is the same
   */
  public abstract ModelProperties withOutputModalities(@Nullable ModalitySelection value);

  /**
   * Returns a copy of this value whose {@link #outputMaximumSizes()} holds the given elements in order.
   *
   * @param elements the elements, not null
   * @return the copy
   */
  public abstract ModelProperties withOutputMaximumSizes(Iterable<? extends MaximumSize> elements);

  /**
   * Returns a copy of this value with another {@link #parameterCount()}.
   *
   * @param value the new value, or null for none
   * @return the copy, or this value if the new value is the same
   */
  public abstract ModelProperties withParameterCount(@Nullable ParameterCount value);

  /**
   * Returns a copy of this value with another {@link #parameterRange()}.
   *
   * @param value the new value, or null for none
   * @return the copy, or this value if the new value is the same
   */
  public abstract ModelProperties withParameterRange(@Nullable ParameterRange value);

  /**
   * Returns a builder for this section.
   *
   * @return a new builder
   */
  public static Builder builder() {
    return new Builder();
  }

  /** Builds a {@link ModelProperties}; every item is optional. */
  public static final class Builder extends ImmutableModelProperties.Builder {
    Builder() {}
  }
}
