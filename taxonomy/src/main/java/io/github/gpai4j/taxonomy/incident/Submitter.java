package io.github.gpai4j.taxonomy.incident;

import com.fasterxml.jackson.annotation.JsonCreator;
import com.fasterxml.jackson.annotation.JsonProperty;
import io.github.gpai4j.core.form.FormValue;
import org.jspecify.annotations.Nullable;

/**
 * Who submits a serious-incident report: field 10 of the Commission's reporting template for serious incidents of
 * GPAI models with systemic risk (published 4 November 2025). The template's exact sub-fields are UNCONFIRMED (the
 * template itself was not read, only its publication, reported by act legal, "Serious incident reporting under the
 * EU AI Act", actlegal.com, November 2025); gpai4j asks for the organisation, a contact person, a role and an
 * e-mail address.
 *
 * @param organisation the provider submitting, or null if not given
 * @param name the contact person, or null if not given
 * @param role the contact person's role, or null if not given
 * @param email the contact address, or null if not given
 * @since 0.3.0
 */
public record Submitter(
    @Nullable String organisation, @Nullable String name, @Nullable String role, @Nullable String email)
    implements FormValue {

  /**
   * Creates a submitter; every part may be missing in a draft.
   *
   * @param organisation the provider, or null
   * @param name the contact person, or null
   * @param role the role, or null
   * @param email the address, or null
   */
  @JsonCreator
  public Submitter(
      @JsonProperty("organisation") @Nullable String organisation,
      @JsonProperty("name") @Nullable String name,
      @JsonProperty("role") @Nullable String role,
      @JsonProperty("email") @Nullable String email) {
    this.organisation = organisation;
    this.name = name;
    this.role = role;
    this.email = email;
  }

  /** Answered when the organisation, the contact person and the address are given and not blank. */
  @Override
  public boolean isAnswered() {
    return filled(organisation) && filled(name) && filled(email);
  }

  private static boolean filled(@Nullable String s) {
    return s != null && !s.isBlank();
  }
}
