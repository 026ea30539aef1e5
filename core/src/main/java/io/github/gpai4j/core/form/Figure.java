package io.github.gpai4j.core.form;

import static java.util.Objects.requireNonNull;

import io.github.gpai4j.core.validation.JsonPointer;
import java.math.BigDecimal;

/**
 * One figure inside an answer, with its place relative to the item's JSON Pointer: the whole answer for a single
 * quantity ({@link JsonPointer#root()}), {@code /training} for the training set of a data-point count, and so on.
 * Precision rules check each figure of an item.
 *
 * @param at where the figure is, relative to the item, not null
 * @param value the figure as written, not null
 * @since 0.2.0
 */
public record Figure(JsonPointer at, BigDecimal value) {

  /**
   * Checks the components.
   *
   * @param at the relative location
   * @param value the figure
   * @throws NullPointerException if either is null
   */
  public Figure {
    requireNonNull(at, "at");
    requireNonNull(value, "value");
  }

  /**
   * Returns a figure that is the whole answer.
   *
   * @param value the figure, not null
   * @return the figure at the item itself
   */
  public static Figure of(BigDecimal value) {
    return new Figure(JsonPointer.root(), value);
  }
}
