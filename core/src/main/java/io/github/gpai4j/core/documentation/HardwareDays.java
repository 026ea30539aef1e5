package io.github.gpai4j.core.documentation;

import static java.util.Objects.requireNonNull;

import io.github.gpai4j.core.Quantities;
import java.math.BigDecimal;

/**
 * Training time in hardware days for one kind of accelerator (MDF-7.1b, for example {@code 4E+5} A100-days).
 *
 * @param hardware the accelerator, such as {@code A100}, not null
 * @param days the hardware days, not null, not negative; significant figures as written
 * @since 0.1.0
 */
public record HardwareDays(String hardware, BigDecimal days) {

  /**
   * Checks the components.
   *
   * @param hardware the accelerator, such as {@code A100}, not null
   * @param days the hardware days, not null, not negative; significant figures as written
   * @throws NullPointerException if a component is null
   * @throws IllegalArgumentException if the days are negative or absurd
   */
  public HardwareDays {
    requireNonNull(hardware, "hardware");
    Quantities.requireNonNegative(days, "Hardware days");
  }

  /**
   * Returns hardware days written as decimal text such as {@code "4e5"}.
   *
   * @param hardware the accelerator
   * @param days the days as text
   * @return the value
   */
  public static HardwareDays of(String hardware, String days) {
    requireNonNull(days, "days");
    return new HardwareDays(hardware, new BigDecimal(days.strip()));
  }
}
