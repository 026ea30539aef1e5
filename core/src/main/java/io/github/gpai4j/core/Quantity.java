package io.github.gpai4j.core;

import java.math.BigDecimal;

/**
 * A non-negative amount with a unit, kept as the decimal the author wrote so that its significant figures are
 * known.
 *
 * <p>The Model Documentation Form asks for several figures "to at least two significant figures" (for example
 * MDF-2.5a, MDF-7.2b, MDF-8.1) and one "to its order of magnitude" (MDF-7.2a). gpai4j therefore never stores
 * such figures as {@code double}: {@code 2.40E+25} has three significant figures and {@code 2.4E+25} two. The
 * number of significant figures is the precision of the decimal as written (all digits from the first non-zero
 * one, trailing zeros included); write {@code 7.0E+10} rather than {@code 70000000000} to state two.
 *
 * @since 0.1.0
 */
public interface Quantity {

  /** The largest decimal exponent gpai4j accepts in a quantity (guards against pathological inputs). */
  int MAX_EXPONENT = 999;

  /**
   * Returns the amount in this quantity's unit.
   *
   * @return the amount, never null, never negative
   */
  BigDecimal amount();

  /**
   * Returns the symbol of the unit, such as {@code FLOP} or {@code MWh}.
   *
   * @return the unit symbol, never null
   */
  String unitSymbol();

  /**
   * Returns the number of significant figures the amount was written with; zero counts as one figure.
   *
   * @return the significant figures, at least 1
   */
  default int significantFigures() {
    return Quantities.significantFigures(amount());
  }

  /**
   * Returns the decimal order of magnitude, the exponent {@code e} of the amount written as {@code m × 10^e}
   * with {@code 1 <= m < 10}; 0 for a zero amount.
   *
   * @return the order of magnitude
   */
  default int orderOfMagnitude() {
    return Quantities.orderOfMagnitude(amount());
  }
}
