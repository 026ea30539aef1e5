package io.github.gpai4j.core;

import static java.util.Objects.requireNonNull;

import java.math.BigDecimal;
import java.math.MathContext;
import java.math.RoundingMode;

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

  /** The square root of ten, where a figure's mantissa rounds up to the next power of ten on a logarithmic scale. */
  private static final BigDecimal ROOT_TEN = new BigDecimal("3.1622776601683793319988935444327");

  /**
   * Returns the orders of magnitude a positive figure can be said to have when a form asks for it "to its order of
   * magnitude" without saying whether to truncate or round: {@code floor(log10 value)} and the exponent the value
   * rounds to on a logarithmic scale (one more when the mantissa is at least √10). The Model Documentation Form's
   * consistency rule MDF-CONS-7.2a accepts both, and {@link ComputeAmount#toOrderOfMagnitude()} derives the rounded
   * one, so a derived answer is never inconsistent.
   *
   * @param value the figure, positive
   * @return the floor exponent and the rounded exponent (possibly equal), in that order
   * @throws IllegalArgumentException if the value is not positive
   * @since 0.3.0
   */
  public static int[] allowedOrdersOfMagnitude(BigDecimal value) {
    requireNonNull(value, "value");
    if (value.signum() <= 0) {
      throw new IllegalArgumentException("Only a positive figure has an order of magnitude, was " + value);
    }
    int floor = orderOfMagnitude(value);
    int nearest = value.movePointLeft(floor).compareTo(ROOT_TEN) >= 0 ? floor + 1 : floor;
    return new int[] {floor, nearest};
  }

  /**
   * Rounds a figure to a number of significant figures (half up), as a form asking for "at least one significant
   * figure" reads a precise figure.
   *
   * @param value the figure, not null
   * @param figures the significant figures, at least 1
   * @return the rounded figure
   * @since 0.3.0
   */
  public static BigDecimal roundToFigures(BigDecimal value, int figures) {
    requireNonNull(value, "value");
    if (figures < 1) {
      throw new IllegalArgumentException("At least one significant figure, was " + figures);
    }
    return value.round(new java.math.MathContext(figures, java.math.RoundingMode.HALF_UP));
  }

  /**
   * Converts a {@code double} to the shortest decimal that reads back as the same {@code double} ({@code 1e25}
   * becomes exactly 10^25 with one significant figure, not the binary value
   * {@code 10000000000000000905969664} that {@code new BigDecimal(1e25)} would give).
   *
   * <p>The result is the same on every Java version. {@link BigDecimal#valueOf(double)} goes through
   * {@link Double#toString(double)}, which gives the shortest digits only from Java 19 (JDK-4511638): on Java 17
   * {@code 2e23} becomes {@code 1.9999999999999998E+23}, 17 significant figures, and {@code 1.0e23} falls below
   * 10^23. Here the digits are searched directly: for 1, 2, ... 17 significant figures, the two decimals of that
   * many figures on either side of the binary value are tried, and the first that reads back wins (the nearer one
   * when both do). Zero, positive or negative, becomes {@link BigDecimal#ZERO}.
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
    return shortestDecimal(value);
  }

  private static BigDecimal shortestDecimal(double value) {
    if (value == 0.0) {
      return BigDecimal.ZERO;
    }
    BigDecimal exact = new BigDecimal(value);
    // 17 significant figures always read back (IEEE 754 binary64), so the loop returns by then.
    for (int figures = 1; figures < 17; figures++) {
      BigDecimal below = exact.round(new MathContext(figures, RoundingMode.FLOOR));
      BigDecimal above = exact.round(new MathContext(figures, RoundingMode.CEILING));
      boolean belowReads = below.doubleValue() == value;
      boolean aboveReads = above.doubleValue() == value;
      if (belowReads && aboveReads) {
        return exact.round(new MathContext(figures, RoundingMode.HALF_EVEN));
      }
      if (belowReads) {
        return below;
      }
      if (aboveReads) {
        return above;
      }
    }
    return exact.round(new MathContext(17, RoundingMode.HALF_EVEN));
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
