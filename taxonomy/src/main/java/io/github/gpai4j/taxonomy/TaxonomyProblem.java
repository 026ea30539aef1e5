package io.github.gpai4j.taxonomy;

import static java.util.Objects.requireNonNull;

import io.github.gpai4j.core.LegalBasis;
import io.github.gpai4j.core.validation.Severity;
import io.github.gpai4j.taxonomy.internal.Labels;
import java.text.MessageFormat;
import java.util.List;
import java.util.Locale;
import java.util.regex.Pattern;

/**
 * A problem that a check of the taxonomy module's records (systemic risks, acceptance criteria, Security Goals,
 * mitigations) found: a stable rule id, a severity, a JSON Pointer (RFC 6901) into the checked record, the
 * provision the rule implements, and the message arguments; the message itself is rendered per locale.
 *
 * <p>This is the interim form of the project-wide validation finding ({@code core.validation.Finding}, not yet
 * available); it carries the same parts so that it can be converted one to one. Record values appear only as
 * arguments, never inside the message template.
 *
 * @param ruleId the stable rule id, such as {@code TAX-4.1-SPECIFIED-NEEDS-TIERS}; never reworded once released
 * @param severity how much the problem matters, not null
 * @param pointer the JSON Pointer of the offending part of the checked record ({@code ""} for the whole record)
 * @param legalBasis the provision the rule implements, not null
 * @param arguments the message arguments, in template order, not null
 * @since 0.1.0
 */
public record TaxonomyProblem(
    String ruleId, Severity severity, String pointer, LegalBasis legalBasis, List<String> arguments) {

  private static final Pattern RULE_ID = Pattern.compile("[A-Z][A-Z0-9.-]*");

  /**
   * Checks the components.
   *
   * @param ruleId the stable rule id, not null
   * @param severity the severity, not null
   * @param pointer the JSON Pointer, not null
   * @param legalBasis the provision implemented, not null
   * @param arguments the message arguments, not null
   * @throws NullPointerException if a component is null
   * @throws IllegalArgumentException if the rule id is malformed or the pointer is neither empty nor starts with
   *     {@code /}
   */
  public TaxonomyProblem {
    requireNonNull(ruleId, "ruleId");
    requireNonNull(severity, "severity");
    requireNonNull(pointer, "pointer");
    requireNonNull(legalBasis, "legalBasis");
    arguments = List.copyOf(requireNonNull(arguments, "arguments"));
    if (!RULE_ID.matcher(ruleId).matches()) {
      throw new IllegalArgumentException("Rule id must be upper-case words joined by '-' or '.', was '" + ruleId + "'");
    }
    if (!pointer.isEmpty() && !pointer.startsWith("/")) {
      throw new IllegalArgumentException("A JSON Pointer is empty or starts with '/', was '" + pointer + "'");
    }
  }

  /**
   * Renders the message in the given language (French for a French locale, English otherwise).
   *
   * @param locale the locale, not null
   * @return the message, never null
   */
  public String message(Locale locale) {
    String template = Labels.message("problem." + ruleId, locale);
    MessageFormat f = new MessageFormat(template, locale);
    return f.format(arguments.stream().map(a -> "'" + a + "'").toArray());
  }

  /**
   * Renders the message in English.
   *
   * @return the message, never null
   */
  public String message() {
    return message(Locale.ENGLISH);
  }

  /**
   * Returns whether this problem makes the checked record fall short of the Code.
   *
   * @return true for {@link Severity#ERROR}
   */
  public boolean isError() {
    return severity == Severity.ERROR;
  }

  /** Returns rule id, pointer and English message. */
  @Override
  public String toString() {
    return ruleId + " at '" + pointer + "': " + message();
  }
}
