package io.github.gpai4j.core.form;

/**
 * How precisely a form asks for a figure, as the {@code precision} column of a {@link FormTable} states it.
 *
 * @since 0.2.0
 */
public enum Precision {
  /** No precision requirement. */
  NONE,
  /** At least one significant figure: any figure but zero (the Model Documentation Form's MDF-6.4a, 7.1b). */
  ONE_FIGURE,
  /** At least two significant figures (the Model Documentation Form's MDF-2.5a, 6.4b, 7.2b, 8.1, 8.3). */
  TWO_FIGURES,
  /** An order of magnitude: a power of ten (the Model Documentation Form's MDF-7.2a). */
  POWER_OF_TEN
}
