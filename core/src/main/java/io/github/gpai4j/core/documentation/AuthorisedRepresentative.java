package io.github.gpai4j.core.documentation;

import static java.util.Objects.requireNonNull;

import java.time.LocalDate;
import org.jspecify.annotations.Nullable;

/**
 * The authorised representative that a provider established in a third country appoints, by written mandate, before
 * placing a general-purpose AI model on the Union market (Art.&nbsp;54(1)); the representative keeps the technical
 * documentation available to the AI Office and national competent authorities (Art.&nbsp;54(3)). Providers add it to
 * their documentation; it is not an item of the Model Documentation Form. Art.&nbsp;54(6) lifts the obligation for
 * open-source models without systemic risk.
 *
 * @param name the representative's name, not null
 * @param contact its contact details (address, e-mail), or null
 * @param mandateDate the date of the written mandate, or null if not given
 * @since 0.3.0
 */
public record AuthorisedRepresentative(String name, @Nullable String contact, @Nullable LocalDate mandateDate) {

  /**
   * Checks the name.
   *
   * @param name the representative's name, not null
   * @param contact its contact details, or null
   * @param mandateDate the date of the written mandate, or null
   * @throws NullPointerException if the name is null
   */
  public AuthorisedRepresentative {
    requireNonNull(name, "name");
  }
}
