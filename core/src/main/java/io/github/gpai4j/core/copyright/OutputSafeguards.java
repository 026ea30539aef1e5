package io.github.gpai4j.core.copyright;

import java.util.List;
import org.immutables.value.Value;
import org.jspecify.annotations.Nullable;
import tools.jackson.databind.annotation.JsonDeserialize;
import tools.jackson.databind.annotation.JsonSerialize;

/**
 * Code of Practice, Copyright Measure 1.4: appropriate and proportionate technical safeguards against outputs
 * that reproduce training content in an infringing manner, and a prohibition of infringing uses in the acceptable
 * use policy, terms or other documentation; for models released under a free and open-source licence, an alert to
 * that prohibition in the accompanying documentation.
 *
 * <p>Every part may be missing: a half-filled section is a legal draft.
 *
 * @since 0.3.0
 */
@Value.Immutable
@JsonSerialize(as = ImmutableOutputSafeguards.class)
@JsonDeserialize(as = ImmutableOutputSafeguards.class)
public abstract class OutputSafeguards {
  OutputSafeguards() {}

  /**
   * Returns the technical safeguards against infringing outputs.
   *
   * @return the list, empty if none is given
   */
  public abstract List<String> safeguards();

  /**
   * Returns whether the acceptable use policy, terms or documentation prohibit infringing uses.
   *
   * @return the answer, or null if not given
   */
  public abstract @Nullable Boolean infringingUsesProhibited();

  /**
   * Returns where that prohibition is published.
   *
   * @return the answer, or null if not given
   */
  public abstract @Nullable String prohibitionLink();

  /**
   * Returns whether the models are released under a free and open-source licence (not an item; it decides whether the documentation alert is asked).
   *
   * @return the answer, or null if not given
   */
  public abstract @Nullable Boolean openSource();

  /**
   * Returns for open-source models, whether the accompanying documentation alerts users to the prohibition.
   *
   * @return the answer, or null if not given
   */
  public abstract @Nullable Boolean openSourceDocumentationAlert();

  /**
   * Returns a builder for a new value.
   *
   * @return a new builder
   */
  public static Builder builder() {
    return new Builder();
  }

  /** Builds a {@link OutputSafeguards}; every part is optional. */
  public static final class Builder extends ImmutableOutputSafeguards.Builder {
    Builder() {}
  }
}
