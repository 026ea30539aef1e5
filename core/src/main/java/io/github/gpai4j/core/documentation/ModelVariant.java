package io.github.gpai4j.core.documentation;

import org.immutables.value.Value;
import org.jspecify.annotations.Nullable;
import tools.jackson.databind.annotation.JsonDeserialize;
import tools.jackson.databind.annotation.JsonSerialize;

/**
 * One model of a family that a single Model Documentation Form documents (a size, or the base or instruct version),
 * with the answers that differ from one variant to another. Providers publish one form per family; the form's model
 * name item (MDF-1.2) already names versions. The items a variant may answer are those the form table marks
 * {@code variant} ({@link io.github.gpai4j.core.form.FormItem#perVariant()}: parameter count and range, maximum
 * input and output sizes, data points, training time, training compute and its order of magnitude, training energy,
 * inference compute); they sit at the same place in the variant's sections as in the document's, so an item's JSON
 * Pointer under {@code /variants/<index>} locates the variant's answer.
 *
 * <p>A variant's answer wins over the document's; an item the variant leaves out takes the document's answer
 * (see {@link ModelDocumentation#forVariant(int)}).
 *
 * @since 0.3.0
 */
@Value.Immutable
@JsonSerialize(as = ImmutableModelVariant.class)
@JsonDeserialize(as = ImmutableModelVariant.class)
public abstract class ModelVariant {

  ModelVariant() {}

  /**
   * Returns the variant's name, as the provider publishes it (for example {@code Example-7B-Instruct}).
   *
   * @return the name
   */
  public abstract String name();

  /**
   * Returns what distinguishes the variant, such as "base" or "instruction-tuned".
   *
   * @return the description, or null if not given
   */
  public abstract @Nullable String description();

  /**
   * Returns the variant's answers in section 2, model properties.
   *
   * @return the answers, or null if the variant has none in that section
   */
  public abstract @Nullable ModelProperties modelProperties();

  /**
   * Returns the variant's answers in section 6, data.
   *
   * @return the answers, or null if the variant has none in that section
   */
  public abstract @Nullable TrainingData trainingData();

  /**
   * Returns the variant's answers in section 7, computational resources.
   *
   * @return the answers, or null if the variant has none in that section
   */
  public abstract @Nullable ComputationalResources computationalResources();

  /**
   * Returns the variant's answers in section 8, energy.
   *
   * @return the answers, or null if the variant has none in that section
   */
  public abstract @Nullable Energy energy();

  /**
   * Returns a copy of this variant with other model properties.
   *
   * @param value the new value, or null for none
   * @return the copy
   */
  public abstract ModelVariant withModelProperties(@Nullable ModelProperties value);

  /**
   * Returns a copy of this variant with other data answers.
   *
   * @param value the new value, or null for none
   * @return the copy
   */
  public abstract ModelVariant withTrainingData(@Nullable TrainingData value);

  /**
   * Returns a copy of this variant with other computational-resources answers.
   *
   * @param value the new value, or null for none
   * @return the copy
   */
  public abstract ModelVariant withComputationalResources(@Nullable ComputationalResources value);

  /**
   * Returns a copy of this variant with other energy answers.
   *
   * @param value the new value, or null for none
   * @return the copy
   */
  public abstract ModelVariant withEnergy(@Nullable Energy value);

  /**
   * Returns a builder for a variant.
   *
   * @param name the variant's name, not null
   * @return a new builder with the name set
   */
  public static Builder builder(String name) {
    return new Builder().name(java.util.Objects.requireNonNull(name, "name"));
  }

  /** Builds a {@link ModelVariant}; only the name is required. */
  public static final class Builder extends ImmutableModelVariant.Builder {
    Builder() {}
  }
}
