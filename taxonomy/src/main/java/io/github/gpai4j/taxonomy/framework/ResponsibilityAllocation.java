package io.github.gpai4j.taxonomy.framework;

import com.fasterxml.jackson.annotation.JsonAutoDetect;
import io.github.gpai4j.core.form.FormValue;
import java.time.LocalDate;
import java.util.List;
import org.immutables.value.Value;
import org.jspecify.annotations.Nullable;
import tools.jackson.databind.annotation.JsonDeserialize;
import tools.jackson.databind.annotation.JsonSerialize;

/**
 * How a signatory allocates systemic-risk responsibility (Commitment&nbsp;8 of the Safety and Security chapter): the
 * responsibilities assigned across organisational levels (Measure 8.1), the resources allocated (Measure 8.2), and
 * the indicators of a healthy risk culture, including the whistleblower protection policy of which workers are
 * informed at least annually (Measure 8.3). The Framework describes it (Measure 1.1(3)).
 *
 * <p>A draft is a legal value: every part may be missing.
 *
 * @since 0.3.0
 */
@Value.Immutable
@JsonAutoDetect(isGetterVisibility = JsonAutoDetect.Visibility.NONE)
@JsonSerialize(as = ImmutableResponsibilityAllocation.class)
@JsonDeserialize(as = ImmutableResponsibilityAllocation.class)
public abstract class ResponsibilityAllocation implements FormValue {

  ResponsibilityAllocation() {}

  /**
   * Returns a new builder.
   *
   * @return the builder
   */
  public static Builder builder() {
    return new Builder();
  }

  /** Builds a {@link ResponsibilityAllocation}; every part is optional. */
  public static final class Builder extends ImmutableResponsibilityAllocation.Builder {
    Builder() {}
  }

  /**
   * Returns the responsibilities assigned (Measure 8.1).
   *
   * @return an unmodifiable list, empty if none given
   */
  public abstract List<ResponsibilityAssignment> assignments();

  /**
   * Returns the resources allocated (Measure 8.2).
   *
   * @return an unmodifiable list, empty if none given
   */
  public abstract List<ResourceAllocation> resources();

  /**
   * Returns the indicators of a healthy risk culture the signatory uses (Measure 8.3).
   *
   * @return an unmodifiable list, empty if none given
   */
  public abstract List<String> riskCultureIndicators();

  /**
   * Returns where the whistleblower protection policy is available (Measure 8.3).
   *
   * @return the reference, or null if not given
   */
  public abstract @Nullable String whistleblowerPolicy();

  /**
   * Returns the day workers were last informed of the whistleblower protection policy, which Measure 8.3 asks at
   * least annually.
   *
   * @return the day, or null if not given
   */
  public abstract @Nullable LocalDate workersLastInformedOn();

  /** Answered when at least one responsibility is assigned. */
  @Override
  public boolean isAnswered() {
    return !assignments().isEmpty();
  }
}
