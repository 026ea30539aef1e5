package io.github.gpai4j.core;

import static java.util.Objects.requireNonNull;

import java.math.BigDecimal;

/**
 * Checks and arithmetic shared by the {@link Quantity} records.
 *
 * @since 0.1.0
 */
public final class Quantities {
  private Quantities() {}

  /**
   * Returns the significant figures of a decimal as written: its precision, where zero counts as one figure.
   *
   * @param value the decimal, not null
   * @return the significant figures, at least 1
   */
  public static int significantFigures(BigDecimal value) {
    requireNonNull(value, "value");
    return value.signum() == 0 ? 1 : value.precision();
  }

  /**
   * Returns the decimal exponent {@code e} such that {@code value = m × 10^e} with {@code 1 <= |m| < 10}; 0 for 0.
   *
   * @param value the decimal, not null
   * @return the order of magnitude
   */
  public static int orderOfMagnitude(BigDecimal value) {
    requireNonNull(value, "value");
    return value.signum() == 0 ? 0 : value.precision() - value.scale() - 1;
  }

  /**
   * Converts a {@code double} to the decimal it reads as ({@code 1e25} becomes exactly 10^25, not the binary
   * value {@code 10000000000000000905969664} that {@code new BigDecimal(1e25)} would give).
   *
   * @param value the amount, finite
   * @param what what the amount measures, for the error message
   * @return the decimal
   * @throws IllegalArgumentException if the value is NaN or infinite
   */
  public static BigDecimal decimal(double value, String what) {
    requireNonNull(what, "what");
    if (!Double.isFinite(value)) {
      throw new IllegalArgumentException(what + " must be finite, was " + value);
    }
    return BigDecimal.valueOf(value);
  }

  /**
   * Checks that an amount is non-negative and of sane magnitude.
   *
   * @param value the amount
   * @param what what the amount measures, for the error message
   * @return the amount
   * @throws NullPointerException if the value is null
   * @throws IllegalArgumentException if the value is negative or its exponent exceeds {@link Quantity#MAX_EXPONENT}
   */
  public static BigDecimal requireNonNegative(BigDecimal value, String what) {
    requireNonNull(what, "what");
    requireNonNull(value, what);
    if (value.signum() < 0) {
      throw new IllegalArgumentException(what + " must not be negative, was " + value);
    }
    if (value.signum() != 0 && Math.abs(orderOfMagnitude(value)) > Quantity.MAX_EXPONENT
        || Math.abs(value.scale()) > 2 * Quantity.MAX_EXPONENT) {
      throw new IllegalArgumentException(what + " is out of range (exponent beyond ±" + Quantity.MAX_EXPONENT + ")");
    }
    return value;
  }
}
