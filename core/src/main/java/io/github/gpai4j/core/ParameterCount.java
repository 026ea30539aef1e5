package io.github.gpai4j.core;

import static java.util.Objects.requireNonNull;

import java.math.BigDecimal;

/**
 * The total number of parameters of a model (Annex XI 1(1)(d), MDF-2.5a), which the form asks for to at least two
 * significant figures, such as {@code 7.3E+10}.
 *
 * @param count the number of parameters, not null, a non-negative whole number
 * @since 0.1.0
 */
public record ParameterCount(BigDecimal count) implements Quantity, Comparable<ParameterCount> {

  /**
   * Checks the count.
   *
   * @param count the number of parameters, not null, a non-negative whole number
   * @throws NullPointerException if the count is null
   * @throws IllegalArgumentException if the count is negative, not a whole number or absurdly large
   */
  public ParameterCount {
    Quantities.requireNonNegative(count, "Parameter count");
    if (count.signum() != 0 && count.stripTrailingZeros().scale() > 0) {
      throw new IllegalArgumentException("Parameter count must be a whole number, was " + count);
    }
  }

  /**
   * Returns the count for a decimal.
   *
   * @param count the count, not null
   * @return the parameter count
   */
  public static ParameterCount of(BigDecimal count) {
    return new ParameterCount(count);
  }

  /**
   * Returns the count written as decimal text such as {@code "7.3e10"}, keeping its significant figures.
   *
   * @param count the count as text, not null
   * @return the parameter count
   * @throws NumberFormatException if the text is not a decimal number
   */
  public static ParameterCount of(String count) {
    requireNonNull(count, "count");
    return new ParameterCount(new BigDecimal(count.strip()));
  }

  /**
   * Returns an exact count.
   *
   * @param count the count, not negative
   * @return the parameter count
   */
  public static ParameterCount of(long count) {
    return new ParameterCount(BigDecimal.valueOf(count));
  }

  @Override
  public BigDecimal amount() {
    return count;
  }

  @Override
  public String unitSymbol() {
    return "parameters";
  }

  @Override
  public int compareTo(ParameterCount other) {
    requireNonNull(other, "other");
    return count.compareTo(other.count);
  }

  @Override
  public String toString() {
    return count + " parameters";
  }
}
