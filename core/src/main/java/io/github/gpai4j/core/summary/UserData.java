package io.github.gpai4j.core.summary;

import io.github.gpai4j.core.Modality;
import java.util.List;
import org.immutables.value.Value;
import org.jspecify.annotations.Nullable;
import tools.jackson.databind.annotation.JsonDeserialize;
import tools.jackson.databind.annotation.JsonSerialize;

/**
 * Section 2.4 of the template: data from user interactions, with the model or with the provider's other services
 * and products.
 *
 * <p>Every part may be missing: a half-filled section is a legal draft.
 *
 * @since 0.3.0
 */
@Value.Immutable
@JsonSerialize(as = ImmutableUserData.class)
@JsonDeserialize(as = ImmutableUserData.class)
public abstract class UserData {
  UserData() {}

  /**
   * Returns whether either question of section 2.4 is answered yes.
   *
   * @return true if user data of either kind was used, false if both are no, null if neither says yes and one
   *     is unanswered
   */
  public final @Nullable Boolean used() {
    if (Boolean.TRUE.equals(fromModelInteractions()) || Boolean.TRUE.equals(fromOtherServices())) {
      return Boolean.TRUE;
    }
    return fromModelInteractions() == null || fromOtherServices() == null ? null : Boolean.FALSE;
  }

  /**
   * Returns whether data from user interactions with the model (such as prompts) was used (template 2.4).
   *
   * @return the answer, or null if not given
   */
  public abstract @Nullable Boolean fromModelInteractions();

  /**
   * Returns whether data collected from user interactions with the provider's other services or products was used (template 2.4).
   *
   * @return the answer, or null if not given
   */
  public abstract @Nullable Boolean fromOtherServices();

  /**
   * Returns a general description of the services or products the user data was collected from.
   *
   * @return the answer, or null if not given
   */
  public abstract @Nullable String servicesDescription();

  /**
   * Returns the modalities of the user data.
   *
   * @return the list, empty if none is given
   */
  public abstract List<Modality> modalities();

  /**
   * Returns additional comments (optional).
   *
   * @return the answer, or null if not given
   */
  public abstract @Nullable String comments();

  /**
   * Returns a builder for a new value.
   *
   * @return a new builder
   */
  public static Builder builder() {
    return new Builder();
  }

  /** Builds a {@link UserData}; every part is optional. */
  public static final class Builder extends ImmutableUserData.Builder {
    Builder() {}
  }
}
