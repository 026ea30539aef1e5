package io.github.gpai4j.core.documentation;

import io.github.gpai4j.core.Applicable;
import org.immutables.value.Value;
import org.jspecify.annotations.Nullable;
import tools.jackson.databind.annotation.JsonDeserialize;
import tools.jackson.databind.annotation.JsonSerialize;

/**
 * Section 4 of the Model Documentation Form, use (MDF-4.1 to MDF-4.6).
 *
 * <p>Every item may be missing: a half-filled section is a legal draft.
 *
 * @since 0.1.0
 */
@Value.Immutable
@JsonSerialize(as = ImmutableUse.class)
@JsonDeserialize(as = ImmutableUse.class)
public abstract class Use {
  Use() {}

  /**
   * Returns a link to or a copy of the acceptable use policy, or the statement that none exists; Annex XI 1(1)(b), Annex XII 1(b) (MDF-4.1).
   *
   * @return the answer, or null if not given
   */
  public abstract @Nullable String acceptableUsePolicy();

  /**
   * Returns the intended uses, or the restricted or prohibited uses (about 200 words recommended); Annex XI 1(1)(a), Annex XII 1(a) (MDF-4.2), or {@code N/A}.
   *
   * @return the answer, or null if not given
   */
  public abstract @Nullable Applicable<String> intendedUses();

  /**
   * Returns the type and nature of AI systems in which the model can (or should not) be integrated (up to 300 words recommended); Annex XI 1(1)(a), Annex XII 1(a) (MDF-4.3).
   *
   * @return the answer, or null if not given
   */
  public abstract @Nullable String integrableSystemTypes();

  /**
   * Returns the technical means (instructions, infrastructure, tools) for integrating the model (about 100 words recommended); Annex XI 1(2)(a), Annex XII 2(a) (MDF-4.4).
   *
   * @return the answer, or null if not given
   */
  public abstract @Nullable String integrationMeans();

  /**
   * Returns the hardware, with versions, needed to use the model, or {@code N/A} (about 100 words recommended); Annex XII 1(d) (MDF-4.5), or {@code N/A}.
   *
   * @return the answer, or null if not given
   */
  public abstract @Nullable Applicable<String> requiredHardware();

  /**
   * Returns the software, with versions, needed to use the model, or {@code N/A} (about 100 words recommended); Annex XII 1(e) (MDF-4.6), or {@code N/A}.
   *
   * @return the answer, or null if not given
   */
  public abstract @Nullable Applicable<String> requiredSoftware();

  // Copy methods: implemented by the generated class; declared here so that they are public API.

  /**
   * Returns a copy of this value with another {@link #acceptableUsePolicy()}.
   *
   * @param value the new value, or null for none
   * @return the copy, or this value if the new value is the same
   */
  public abstract Use withAcceptableUsePolicy(@Nullable String value);

  /**
   * Returns a copy of this value with another {@link #intendedUses()}.
   *
   * @param value the new value, or null for none
   * @return the copy, or this value if the new value is the same
   */
  public abstract Use withIntendedUses(@Nullable Applicable<String> value);

  /**
   * Returns a copy of this value with another {@link #integrableSystemTypes()}.
   *
   * @param value the new value, or null for none
   * @return the copy, or this value if the new value is the same
   */
  public abstract Use withIntegrableSystemTypes(@Nullable String value);

  /**
   * Returns a copy of this value with another {@link #integrationMeans()}.
   *
   * @param value the new value, or null for none
   * @return the copy, or this value if the new value is the same
   */
  public abstract Use withIntegrationMeans(@Nullable String value);

  /**
   * Returns a copy of this value with another {@link #requiredHardware()}.
   *
   * @param value the new value, or null for none
   * @return the copy, or this value if the new value is the same
   */
  public abstract Use withRequiredHardware(@Nullable Applicable<String> value);

  /**
   * Returns a copy of this value with another {@link #requiredSoftware()}.
   *
   * @param value the new value, or null for none
   * @return the copy, or this value if the new value is the same
   */
  public abstract Use withRequiredSoftware(@Nullable Applicable<String> value);

  /**
   * Returns a builder for this section.
   *
   * @return a new builder
   */
  public static Builder builder() {
    return new Builder();
  }

  /** Builds a {@link Use}; every item is optional. */
  public static final class Builder extends ImmutableUse.Builder {
    Builder() {}
  }
}
