package io.github.gpai4j.evaluation.classification;

import static java.util.Objects.requireNonNull;

import io.github.gpai4j.core.LegalBasis;

/**
 * One step of a decision's reason trace: a stable code, the provision it applies and a sentence naming the facts and
 * numbers compared, such as {@code 3.8E+25 FLOP > 1E+25 FLOP}.
 *
 * @param code the stable code of the step, not null
 * @param legalBasis the provision applied, not null
 * @param text the explanation in English, not blank
 * @since 0.1.0
 */
public record Reason(ReasonCode code, LegalBasis legalBasis, String text) {

  /**
   * Checks the components.
   *
   * @param code the stable code of the step, not null
   * @param legalBasis the provision applied, not null
   * @param text the explanation in English, not blank
   * @throws NullPointerException if a component is null
   * @throws IllegalArgumentException if the text is blank
   */
  public Reason {
    requireNonNull(code, "code");
    requireNonNull(legalBasis, "legalBasis");
    requireNonNull(text, "text");
    if (text.isBlank()) {
      throw new IllegalArgumentException("Reason text must not be blank");
    }
  }

  /**
   * Renders the reason as {@code [CODE] citation: text}.
   *
   * @return the text, never null
   */
  @Override
  public String toString() {
    return "[" + code + "] " + legalBasis.citation() + ": " + text;
  }
}
