package io.github.gpai4j.core.copyright;

import java.util.List;
import org.immutables.value.Value;
import org.jspecify.annotations.Nullable;
import tools.jackson.databind.annotation.JsonDeserialize;
import tools.jackson.databind.annotation.JsonSerialize;

/**
 * Code of Practice, Copyright Measure 1.5: a point of contact for electronic communication with affected
 * rightsholders, and a mechanism for electronic complaints by them, their representatives and collective management
 * organisations, handled diligently, non-arbitrarily and within a reasonable time.
 *
 * <p>Every part may be missing: a half-filled section is a legal draft.
 *
 * @since 0.3.0
 */
@Value.Immutable
@JsonSerialize(as = ImmutableContactAndComplaints.class)
@JsonDeserialize(as = ImmutableContactAndComplaints.class)
public abstract class ContactAndComplaints {
  ContactAndComplaints() {}

  /**
   * Returns the point of contact for electronic communication, such as an e-mail address or a web form.
   *
   * @return the answer, or null if not given
   */
  public abstract @Nullable String contactPoint();

  /**
   * Returns where and how complaints are lodged electronically.
   *
   * @return the answer, or null if not given
   */
  public abstract @Nullable String complaintMechanism();

  /**
   * Returns the register of complaints, if the provider documents it.
   *
   * @return the list, empty if none is given
   */
  public abstract List<Complaint> complaints();

  /**
   * Returns a builder for a new value.
   *
   * @return a new builder
   */
  public static Builder builder() {
    return new Builder();
  }

  /** Builds a {@link ContactAndComplaints}; every part is optional. */
  public static final class Builder extends ImmutableContactAndComplaints.Builder {
    Builder() {}
  }
}
