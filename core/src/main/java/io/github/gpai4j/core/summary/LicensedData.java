package io.github.gpai4j.core.summary;

import io.github.gpai4j.core.Modality;
import java.util.List;
import org.immutables.value.Value;
import org.jspecify.annotations.Nullable;
import tools.jackson.databind.annotation.JsonDeserialize;
import tools.jackson.databind.annotation.JsonSerialize;

/**
 * Section 2.2.1 of the template: private datasets commercially licensed from rightsholders or their
 * representatives, disclosed only to the extent of the modalities (the rightsholders are parties to the contracts).
 *
 * <p>Every part may be missing: a half-filled section is a legal draft.
 *
 * @since 0.3.0
 */
@Value.Immutable
@JsonSerialize(as = ImmutableLicensedData.class)
@JsonDeserialize(as = ImmutableLicensedData.class)
public abstract class LicensedData {
  LicensedData() {}

  /**
   * Returns the answer to whether the provider concluded transactional commercial licensing agreements for training data (template 2.2.1).
   *
   * @return the answer, or null if not given
   */
  public abstract @Nullable Boolean used();

  /**
   * Returns the modalities the licensed data covers.
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

  /** Builds a {@link LicensedData}; every part is optional. */
  public static final class Builder extends ImmutableLicensedData.Builder {
    Builder() {}
  }
}
