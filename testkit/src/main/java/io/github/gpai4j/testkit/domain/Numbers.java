package io.github.gpai4j.testkit.domain;

import io.github.gpai4j.core.Quantities;
import io.github.gpai4j.testkit.Source;
import java.math.BigDecimal;
import java.math.BigInteger;
import java.math.MathContext;
import java.math.RoundingMode;

/** Decimal helpers for the domain generators: figures, rounding and powers of ten. */
final class Numbers {
  private Numbers() {}

  /**
   * Draws {@code m × 10^e} with {@code minFigures} to {@code maxFigures} significant figures (the decimal's
   * precision), shrinking towards the smallest exponent, the fewest figures and mantissa 1.
   */
  static BigDecimal decimal(Source source, int minExponent, int maxExponent, int minFigures, int maxFigures) {
    int exponent = (int) source.choose(minExponent, maxExponent);
    int figures = (int) source.choose(minFigures, maxFigures);
    long lowest = pow10(figures - 1);
    long mantissa = lowest + source.choose(0, 9 * lowest - 1);
    return new BigDecimal(BigInteger.valueOf(mantissa), figures - 1 - exponent);
  }

  /**
   * Draws a whole number {@code m × 10^e} with 2 to 4 significant figures, never more figures than it has digits.
   */
  static BigDecimal wholeWithTwoFigures(Source source, int minExponent, int maxExponent) {
    int exponent = (int) source.choose(Math.max(1, minExponent), maxExponent);
    int figures = (int) source.choose(2, Math.min(4, exponent + 1));
    long lowest = pow10(figures - 1);
    long mantissa = lowest + source.choose(0, 9 * lowest - 1);
    return new BigDecimal(BigInteger.valueOf(mantissa), figures - 1 - exponent);
  }

  /** Rounds half-up to exactly {@code figures} significant figures (padding with zeros if needed). */
  static BigDecimal withFigures(BigDecimal value, int figures) {
    BigDecimal rounded = value.round(new MathContext(figures, RoundingMode.HALF_UP));
    if (rounded.signum() != 0 && rounded.precision() < figures) {
      rounded = rounded.setScale(rounded.scale() + figures - rounded.precision());
    }
    return rounded;
  }

  /** Returns 10^e as a one-figure decimal ({@code 1E+25}). */
  static BigDecimal powerOfTen(int exponent) {
    return BigDecimal.ONE.scaleByPowerOfTen(exponent);
  }

  /** Returns 10^floor(log10 value) for a positive value. */
  static BigDecimal magnitudeOf(BigDecimal value) {
    return powerOfTen(Quantities.orderOfMagnitude(value));
  }

  static long pow10(int exponent) {
    long value = 1;
    for (int i = 0; i < exponent; i++) {
      value *= 10;
    }
    return value;
  }
}
