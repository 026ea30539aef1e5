package io.github.gpai4j.taxonomy.mitigation;

import java.util.List;
import org.immutables.value.Value;
import org.jspecify.annotations.Nullable;
import tools.jackson.databind.annotation.JsonDeserialize;
import tools.jackson.databind.annotation.JsonSerialize;

/**
 * A signatory's Security Goal under Measure 6.1 of the Safety and Security chapter: the threat actors its
 * security mitigations are meant to protect against, including non-state external threats and insider threats,
 * chosen in view of the model's current and expected capabilities.
 *
 * <p>A draft goal is a legal value: every part may be missing. {@code SecurityGoalValidator} (module {@code gpai4j-evaluation})
 * reports what Measure 6.1 still requires.
 *
 * @since 0.1.0
 */
@Value.Immutable
@JsonSerialize(as = ImmutableSecurityGoal.class)
@JsonDeserialize(as = ImmutableSecurityGoal.class)
public abstract class SecurityGoal {

  SecurityGoal() {}

  /**
   * Returns a new builder.
   *
   * @return the builder
   */
  public static Builder builder() {
    return new Builder();
  }

  /** Builds a {@link SecurityGoal}; every part is optional. */
  public static final class Builder extends ImmutableSecurityGoal.Builder {
    Builder() {}
  }

  /**
   * Returns the threat actors the goal protects against, in the signatory's order.
   *
   * @return an unmodifiable list, empty if none named yet
   */
  public abstract List<ThreatActor> threatActors();

  /**
   * Returns a description of the actors behind {@link ThreatActor#OTHER}, such as state actors.
   *
   * @return the description, or null if not given
   */
  public abstract @Nullable String otherActorsDescription();

  /**
   * Returns how the current and expected capabilities of the model informed the choice of actors.
   *
   * @return the explanation, or null if not given
   */
  public abstract @Nullable String capabilitiesConsidered();
}
