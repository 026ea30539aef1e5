package io.github.gpai4j.core.copyright;

import static java.util.Objects.requireNonNull;

import org.jspecify.annotations.Nullable;

/**
 * An explicit statement that a measure of the Code's Copyright chapter is not (yet) implemented, and why. A
 * <em>legacy gap</em> is the disclosed and justified gap that the Commission allows for models placed on the
 * market before 2&nbsp;August&nbsp;2025, until 2&nbsp;August&nbsp;2027 (Commission guidelines on the scope of the
 * obligations, section 5.3).
 *
 * @param measure the measure, {@code 1.1} to {@code 1.5}, not null
 * @param reason why it is not implemented, or null if not given
 * @param legacyGap whether it is a gap for a model placed before 2 August 2025
 * @since 0.3.0
 */
public record Justification(String measure, @Nullable String reason, boolean legacyGap) {

  /**
   * Checks the measure.
   *
   * @param measure the measure, not null
   * @param reason the reason, or null
   * @param legacyGap whether it is a legacy gap
   * @throws NullPointerException if the measure is null
   */
  public Justification {
    requireNonNull(measure, "measure");
  }
}
