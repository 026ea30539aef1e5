package io.github.gpai4j.core;

import static java.util.Objects.requireNonNull;

import java.math.BigDecimal;

/**
 * An amount of energy in megawatt hours, as the Model Documentation Form asks for training energy (MDF-8.1, Annex XI 1(2)(e)).
 *
 * @param megawattHours the amount in MWh, not null, not negative
 * @since 0.1.0
 */
public record EnergyAmount(BigDecimal megawattHours) implements Quantity, Comparable<EnergyAmount> {

  /**
   * Checks the amount.
   *
   * @param megawattHours the amount in MWh, not null, not negative
   * @throws NullPointerException if the amount is null
   * @throws IllegalArgumentException if the amount is negative or absurdly large or small
   */
  public EnergyAmount {
    requireNonNull(megawattHours, "megawattHours");
    Quantities.requireNonNegative(megawattHours, "Energy (MWh)");
  }

  /**
   * Returns the quantity for an amount in MWh given as a decimal.
   *
   * @param megawattHours the amount, not null, not negative
   * @return the quantity
   */
  public static EnergyAmount ofMegawattHours(BigDecimal megawattHours) {
    return new EnergyAmount(megawattHours);
  }

  /**
   * Returns the quantity for an amount in MWh written as decimal text, such as {@code "2.4e25"}; the text's
   * significant figures are kept.
   *
   * @param megawattHours the amount as text, not null
   * @return the quantity
   * @throws NumberFormatException if the text is not a decimal number
   */
  public static EnergyAmount ofMegawattHours(String megawattHours) {
    requireNonNull(megawattHours, "megawattHours");
    return new EnergyAmount(new BigDecimal(megawattHours.strip()));
  }

  /**
   * Returns the quantity for an amount in MWh given as a {@code double}, read as the shortest decimal that reads
   * back as the same {@code double} on every Java version ({@code 1e25} is exactly 10^25, {@code 2e23} has one
   * significant figure); see {@link Quantities#decimal(double, String)}. To state significant figures, pass text.
   *
   * @param megawattHours the amount, finite, not negative
   * @return the quantity
   * @throws IllegalArgumentException if the amount is NaN, infinite or negative
   */
  public static EnergyAmount ofMegawattHours(double megawattHours) {
    return new EnergyAmount(Quantities.decimal(megawattHours, "Energy (MWh)"));
  }

  @Override
  public BigDecimal amount() {
    return megawattHours;
  }

  @Override
  public String unitSymbol() {
    return "MWh";
  }

  /** Compares amounts numerically ({@code 1.0E25} equals {@code 1E25} in order, not in {@code equals}). */
  @Override
  public int compareTo(EnergyAmount other) {
    requireNonNull(other, "other");
    return megawattHours.compareTo(other.megawattHours);
  }

  /** Returns the amount and unit, such as {@code 2.4E+25 MWh}. */
  @Override
  public String toString() {
    return megawattHours + " MWh";
  }
}
