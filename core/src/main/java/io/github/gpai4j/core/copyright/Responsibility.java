package io.github.gpai4j.core.copyright;

import static java.util.Objects.requireNonNull;

import org.jspecify.annotations.Nullable;

/**
 * An internal responsibility for implementing or overseeing the policy (Code of Practice, Copyright Measure 1.1):
 * a unit or role and what it is responsible for.
 *
 * @param unit the unit or role, such as "Legal, copyright team", not null
 * @param task what it implements or oversees, or null if not said
 * @since 0.3.0
 */
public record Responsibility(String unit, @Nullable String task) {

  /**
   * Checks the unit.
   *
   * @param unit the unit or role, not null
   * @param task its task, or null
   * @throws NullPointerException if the unit is null
   */
  public Responsibility {
    requireNonNull(unit, "unit");
  }
}
