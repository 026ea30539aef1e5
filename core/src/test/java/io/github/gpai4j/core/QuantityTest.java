package io.github.gpai4j.core;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.math.BigDecimal;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class QuantityTest {

  @ParameterizedTest
  @CsvSource({"2.4e25, 2", "2.40e25, 3", "7.0E10, 2", "7E10, 1", "0.0050, 2", "1.0E+2, 2", "0, 1", "123, 3",
      "45, 2", "410000000000, 12", "100.0, 4"})
  void counts_significant_figures_as_written(String text, int figures) {
    assertEquals(figures, ComputeAmount.ofFlop(text).significantFigures());
  }

  @ParameterizedTest
  @CsvSource({"2.4e25, 25", "1E+24, 24", "9.99e23, 23", "0.0050, -3", "123, 2"})
  void finds_the_order_of_magnitude(String text, int magnitude) {
    assertEquals(magnitude, ComputeAmount.ofFlop(text).orderOfMagnitude());
  }

  /**
   * Art. 51(2) compares with 10^25 FLOP; a caller passing the double {@code 1e25} means exactly that number, not
   * the binary double's value 10000000000000000905969664, which lies above the threshold.
   */
  @Test
  void reads_the_double_1e25_as_exactly_ten_to_the_twenty_fifth() {
    assertEquals(0, ComputeAmount.ofFlop(1e25).flop().compareTo(BigDecimal.TEN.pow(25)));
  }

  @Test
  void reads_the_next_double_above_1e25_as_strictly_greater() {
    assertTrue(ComputeAmount.ofFlop(Math.nextUp(1e25)).flop().compareTo(BigDecimal.TEN.pow(25)) > 0);
  }

  @Test
  void rejects_a_negative_amount_of_compute() {
    IllegalArgumentException e = assertThrows(IllegalArgumentException.class, () -> ComputeAmount.ofFlop("-1"));
    assertTrue(e.getMessage().contains("must not be negative"), e.getMessage());
  }

  @Test
  void rejects_a_non_finite_amount_of_energy() {
    assertThrows(IllegalArgumentException.class, () -> EnergyAmount.ofMegawattHours(Double.POSITIVE_INFINITY));
    assertThrows(IllegalArgumentException.class, () -> EnergyAmount.ofMegawattHours(Double.NaN));
  }

  @Test
  void rejects_an_absurd_exponent() {
    assertThrows(IllegalArgumentException.class, () -> ComputeAmount.ofFlop("1e100000"));
  }

  @Test
  void rejects_a_fractional_parameter_count() {
    assertThrows(IllegalArgumentException.class, () -> ParameterCount.of("7.5"));
  }

  @Test
  void accepts_a_whole_parameter_count_in_scientific_notation() {
    assertEquals(2, ParameterCount.of("7.3e10").significantFigures());
  }

  @Test
  void orders_compute_numerically_across_scales() {
    assertEquals(0, ComputeAmount.ofFlop("1.0E25").compareTo(ComputeAmount.ofFlop("1E25")));
  }

  @Test
  void prints_amount_and_unit() {
    assertEquals("2.4E+25 FLOP", ComputeAmount.ofFlop("2.4e25").toString());
    assertEquals("1.5E+13 tokens", DataSize.of("1.5e13", DataUnit.TOKENS).toString());
  }
}
