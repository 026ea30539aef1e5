package io.github.gpai4j.core;

import static java.util.Objects.requireNonNull;

import java.math.BigDecimal;
import org.jspecify.annotations.Nullable;

/**
 * The size of a data set with the definition of its unit (MDF-6.4, Annex XI 1(2)(c) "number of data points"),
 * for example {@code 1.5E+13} tokens.
 *
 * @param amount the number of units, not null, not negative
 * @param unit the unit, not null
 * @param unitDefinition how the unit is defined (required in spirit for {@link DataUnit#OTHER}; a validator
 *     reports its absence), or null
 * @since 0.1.0
 */
public record DataSize(BigDecimal amount, DataUnit unit, @Nullable String unitDefinition) implements Quantity {

  /**
   * Checks the amount and unit.
   *
   * @param amount the number of units, not null, not negative
   * @param unit the unit, not null
   * @param unitDefinition how the unit is defined (expected for {@link DataUnit#OTHER}), or null
   * @throws NullPointerException if the amount or unit is null
   * @throws IllegalArgumentException if the amount is negative or absurdly large or small
   */
  public DataSize {
    requireNonNull(amount, "amount");
    Quantities.requireNonNegative(amount, "Data size");
    requireNonNull(unit, "unit");
  }

  /**
   * Returns a size in a predefined unit, written as decimal text such as {@code "1.5e13"}.
   *
   * @param amount the amount as text, not null
   * @param unit the unit, not null
   * @return the size
   * @throws NumberFormatException if the text is not a decimal number
   */
  public static DataSize of(String amount, DataUnit unit) {
    requireNonNull(amount, "amount");
    requireNonNull(unit, "unit");
    return new DataSize(new BigDecimal(amount.strip()), unit, null);
  }

  /**
   * Returns a size in a predefined unit.
   *
   * @param amount the amount, not null
   * @param unit the unit, not null
   * @return the size
   */
  public static DataSize of(BigDecimal amount, DataUnit unit) {
    return new DataSize(amount, unit, null);
  }

  @Override
  public String unitSymbol() {
    return unit == DataUnit.OTHER && unitDefinition != null ? unitDefinition : unit.label();
  }

  @Override
  public String toString() {
    return amount + " " + unitSymbol();
  }
}
