package io.github.gpai4j.core.profile;

import static java.util.Objects.requireNonNull;

import java.time.LocalDate;
import org.jspecify.annotations.Nullable;

/**
 * A Commission decision under Art.&nbsp;52 of Regulation (EU) 2024/1689 concerning the model, with the date on which the
 * provider was notified of it (the guidelines, section 2.3, date the effects of decisions from that notification).
 *
 * @param kind what was decided, not null
 * @param date the date of the decision as notified to the provider, not null
 * @param reference the Commission's reference for the decision, or null if none is recorded
 * @since 0.1.0
 */
public record CommissionDecision(DecisionKind kind, LocalDate date, @Nullable String reference) {

  /**
   * Checks the components.
   *
   * @param kind what was decided, not null
   * @param date the date of the decision as notified to the provider, not null
   * @param reference the Commission's reference for the decision, or null if none is recorded
   * @throws NullPointerException if the kind or the date is null
   */
  public CommissionDecision {
    requireNonNull(kind, "kind");
    requireNonNull(date, "date");
  }

  /**
   * Returns a decision without a reference.
   *
   * @param kind what was decided, not null
   * @param date the date, not null
   * @return the decision
   */
  public static CommissionDecision of(DecisionKind kind, LocalDate date) {
    return new CommissionDecision(kind, date, null);
  }
}
