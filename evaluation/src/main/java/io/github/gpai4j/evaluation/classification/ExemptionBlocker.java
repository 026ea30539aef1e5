package io.github.gpai4j.evaluation.classification;

import static java.util.Objects.requireNonNull;

import io.github.gpai4j.core.LegalBasis;

/**
 * A condition of the open-source exemption (Arts.&nbsp;53(2), 54(6) of Regulation (EU) 2024/1689) that is known to fail
 * ({@link Fact#NO}) or is not known to hold ({@link Fact#UNKNOWN}), and therefore stands in the exemption's way.
 *
 * @param condition the condition, not null
 * @param satisfied {@link Fact#NO} if known to fail, {@link Fact#UNKNOWN} if unknown; never {@link Fact#YES}
 * @param legalBasis the provision stating the condition, not null
 * @param text what blocks the exemption, not blank
 * @since 0.1.0
 */
public record ExemptionBlocker(ExemptionCondition condition, Fact satisfied, LegalBasis legalBasis, String text) {

  /**
   * Checks the components.
   *
   * @param condition the condition, not null
   * @param satisfied {@link Fact#NO} if known to fail, {@link Fact#UNKNOWN} if unknown; never {@link Fact#YES}
   * @param legalBasis the provision stating the condition, not null
   * @param text what blocks the exemption, not blank
   * @throws NullPointerException if a component is null
   * @throws IllegalArgumentException if {@code satisfied} is {@link Fact#YES} or the text is blank
   */
  public ExemptionBlocker {
    requireNonNull(condition, "condition");
    requireNonNull(satisfied, "satisfied");
    requireNonNull(legalBasis, "legalBasis");
    requireNonNull(text, "text");
    if (satisfied == Fact.YES) {
      throw new IllegalArgumentException("A satisfied condition blocks nothing: " + condition);
    }
    if (text.isBlank()) {
      throw new IllegalArgumentException("Blocker text must not be blank");
    }
  }

  /**
   * Returns whether the condition is known to fail, as opposed to merely unknown.
   *
   * @return true for {@link Fact#NO}
   */
  public boolean definite() {
    return satisfied == Fact.NO;
  }
}
