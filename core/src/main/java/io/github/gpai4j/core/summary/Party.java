package io.github.gpai4j.core.summary;

import io.github.gpai4j.core.form.FormValue;
import org.jspecify.annotations.Nullable;

/**
 * A person or organisation named in the summary with its contact details: the provider or, for a provider
 * established outside the Union, its authorised representative (template section 1.1, Art.&nbsp;54(1)).
 *
 * @param name the legal name, or null if not given
 * @param contactDetails how to contact it (postal address, e-mail or web form), or null if not given
 * @since 0.3.0
 */
public record Party(@Nullable String name, @Nullable String contactDetails) implements FormValue {

  /**
   * Returns whether both the name and the contact details are given and not blank.
   *
   * @return true if complete
   */
  public boolean isComplete() {
    return name != null && !name.isBlank() && contactDetails != null && !contactDetails.isBlank();
  }

  /**
   * Returns whether this value answers its template item: {@link #isComplete()}.
   *
   * @return true if complete
   */
  @Override
  public boolean isAnswered() {
    return isComplete();
  }
}
