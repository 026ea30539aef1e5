package io.github.gpai4j.core.documentation;

import static java.util.Objects.requireNonNull;

import org.jspecify.annotations.Nullable;

/**
 * A point of contact that a provider publishes with its documentation, for example for downstream providers'
 * requests (Transparency Measure 1.2 of the Code of Practice asks providers to publish how to request the
 * information) or for complaints. Not an item of the Model Documentation Form.
 *
 * @param purpose what the contact is for, such as "downstream providers", or null
 * @param contact an e-mail address, web form or postal address, not null
 * @since 0.3.0
 */
public record ContactPoint(@Nullable String purpose, String contact) {

  /**
   * Checks the contact.
   *
   * @param purpose what the contact is for, or null
   * @param contact the contact, not null
   * @throws NullPointerException if the contact is null
   */
  public ContactPoint {
    requireNonNull(contact, "contact");
  }
}
