package io.github.gpai4j.core;

import static java.util.Objects.requireNonNull;

import java.math.BigDecimal;

/**
 * An amount of computation in floating-point operations (FLOP, Art.&nbsp;3(67) of Regulation (EU) 2024/1689), such as the cumulative training compute of Art.&nbsp;51(2) or the benchmarked inference compute of MDF-8.3.
 *
 * @param flop the amount in FLOP, not null, not negative
 * @since 0.1.0
 */
public record ComputeAmount(BigDecimal flop) implements Quantity, Comparable<ComputeAmount> {

  /**
   * Checks the amount.
   *
   * @param flop the amount in FLOP, not null, not negative
   * @throws NullPointerException if the amount is null
   * @throws IllegalArgumentException if the amount is negative or absurdly large or small
   */
  public ComputeAmount {
    requireNonNull(flop, "flop");
    Quantities.requireNonNegative(flop, "Compute (FLOP)");
  }

  /**
   * Returns the quantity for an amount in FLOP given as a decimal.
   *
   * @param flop the amount, not null, not negative
   * @return the quantity
   */
  public static ComputeAmount ofFlop(BigDecimal flop) {
    return new ComputeAmount(flop);
  }

  /**
   * Returns the quantity for an amount in FLOP written as decimal text, such as {@code "2.4e25"}; the text's
   * significant figures are kept.
   *
   * @param flop the amount as text, not null
   * @return the quantity
   * @throws NumberFormatException if the text is not a decimal number
   */
  public static ComputeAmount ofFlop(String flop) {
    requireNonNull(flop, "flop");
    return new ComputeAmount(new BigDecimal(flop.strip()));
  }

  /**
   * Returns the quantity for an amount in FLOP given as a {@code double}, read as the shortest decimal that reads
   * back as the same {@code double} on every Java version ({@code 1e25} is exactly 10^25, {@code 2e23} has one
   * significant figure); see {@link Quantities#decimal(double, String)}. To state significant figures, pass text.
   *
   * @param flop the amount, finite, not negative
   * @return the quantity
   * @throws IllegalArgumentException if the amount is NaN, infinite or negative
   */
  public static ComputeAmount ofFlop(double flop) {
    return new ComputeAmount(Quantities.decimal(flop, "Compute (FLOP)"));
  }

  @Override
  public BigDecimal amount() {
    return flop;
  }

  @Override
  public String unitSymbol() {
    return "FLOP";
  }

  /** Compares amounts numerically ({@code 1.0E25} equals {@code 1E25} in order, not in {@code equals}). */
  @Override
  public int compareTo(ComputeAmount other) {
    requireNonNull(other, "other");
    return flop.compareTo(other.flop);
  }

  /** Returns the amount and unit, such as {@code 2.4E+25 FLOP}. */
  @Override
  public String toString() {
    return flop + " FLOP";
  }

  /**
   * Returns this amount to its order of magnitude, as MDF-7.2a asks (for example {@code 2.4E+25} FLOP becomes
   * {@code 1E+25}, {@code 4E+24} becomes {@code 1E+25}): the power of ten the amount rounds to on a logarithmic
   * scale, one of the two {@link Quantities#allowedOrdersOfMagnitude} that the consistency rule accepts.
   *
   * @return the power of ten
   * @throws IllegalArgumentException if the amount is zero
   * @since 0.3.0
   */
  public ComputeAmount toOrderOfMagnitude() {
    int[] allowed = Quantities.allowedOrdersOfMagnitude(amount());
    return ofFlop(BigDecimal.ONE.scaleByPowerOfTen(allowed[1]));
  }
}
