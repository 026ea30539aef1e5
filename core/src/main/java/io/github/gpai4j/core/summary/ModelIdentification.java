package io.github.gpai4j.core.summary;

import java.time.LocalDate;
import java.util.List;
import org.immutables.value.Value;
import org.jspecify.annotations.Nullable;
import tools.jackson.databind.annotation.JsonDeserialize;
import tools.jackson.databind.annotation.JsonSerialize;

/**
 * Section 1.2 of the template: the models the summary covers, the models they depend on and the date they were
 * placed on the Union market.
 *
 * <p>Every part may be missing: a half-filled section is a legal draft.
 *
 * @since 0.3.0
 */
@Value.Immutable
@JsonSerialize(as = ImmutableModelIdentification.class)
@JsonDeserialize(as = ImmutableModelIdentification.class)
public abstract class ModelIdentification {
  ModelIdentification() {}

  /**
   * Returns the versioned names of the models the summary covers, unique identifiers as the provider publishes them (template 1.2(i)).
   *
   * @return the list, empty if none is given
   */
  public abstract List<String> names();

  /**
   * Returns the general-purpose AI models this model modifies or fine-tunes, each with a link to its summary; empty if it modifies none (template 1.2(ii)).
   *
   * @return the list, empty for none, or null if not answered
   */
  public abstract @Nullable List<ModelReference> dependencies();

  /**
   * Returns the date the model was placed on the Union market (Art.&nbsp;3(9); template 1.2(iii)).
   *
   * @return the answer, or null if not given
   */
  public abstract @Nullable LocalDate placementDate();

  /**
   * Returns a builder for a new value.
   *
   * @return a new builder
   */
  public static Builder builder() {
    return new Builder();
  }

  /** Builds a {@link ModelIdentification}; every part is optional. */
  public static final class Builder extends ImmutableModelIdentification.Builder {
    Builder() {}
  }
}
