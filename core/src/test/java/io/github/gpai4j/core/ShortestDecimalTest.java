package io.github.gpai4j.core;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.math.BigDecimal;
import java.math.MathContext;
import java.math.RoundingMode;
import java.util.SplittableRandom;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * The {@code double} factories read a {@code double} as its shortest decimal on every supported Java. The build
 * runs on Java 17, whose {@link Double#toString(double)} is not the shortest (it is from Java 19), so these tests
 * fail there if a factory goes back to {@link BigDecimal#valueOf(double)}.
 */
class ShortestDecimalTest {

  /**
   * The two-figure rule of MDF-7.2b must not be passed by accident: {@code 2e23} is one significant figure, as
   * {@code "2e23"} is, and not Java 17's {@code 1.9999999999999998E+23} with seventeen.
   */
  @Test
  void reads_the_double_2e23_as_two_times_ten_to_the_twenty_third_with_one_figure() {
    ComputeAmount amount = ComputeAmount.ofFlop(2e23);
    assertEquals(new BigDecimal("2E+23"), amount.flop());
    assertEquals(1, amount.significantFigures());
    assertEquals(ComputeAmount.ofFlop("2e23"), amount);
  }

  /**
   * The Commission guidelines' indicative criterion for a general-purpose AI model is training compute greater than
   * 10^23 FLOP; the double {@code 1.0e23} (binary value 99999999999999991611392) means exactly 10^23, not a figure
   * just below it.
   */
  @Test
  void reads_the_double_1e23_as_exactly_ten_to_the_twenty_third() {
    BigDecimal flop = ComputeAmount.ofFlop(1.0e23).flop();
    assertEquals(0, flop.compareTo(BigDecimal.TEN.pow(23)), flop.toPlainString());
    assertEquals(new BigDecimal("1E+23"), flop);
  }

  @ParameterizedTest
  @CsvSource({"0.1, 0.1", "1500.0, 1.5E+3", "3.8e25, 3.8E+25", "2.4e25, 2.4E+25", "1e25, 1E+25", "0.0, 0",
      "4.9e-324, 5E-324", "1.7976931348623157e308, 1.7976931348623157E+308", "123456.789, 123456.789"})
  void gives_the_shortest_decimal_that_reads_back(double value, String expected) {
    assertEquals(new BigDecimal(expected), Quantities.decimal(value, "test"));
  }

  @Test
  void energy_reads_its_double_the_same_way() {
    assertEquals(new BigDecimal("2E+23"), EnergyAmount.ofMegawattHours(2e23).amount());
  }

  /** For any double, the decimal reads back as that double and no decimal with fewer figures does. */
  @Test
  void the_decimal_reads_back_and_no_shorter_one_does_for_random_doubles() {
    SplittableRandom random = new SplittableRandom(20261201L);
    for (int i = 0; i < 2_000; i++) {
      double value = Double.longBitsToDouble(random.nextLong(0L, Double.doubleToRawLongBits(Double.MAX_VALUE) + 1));
      BigDecimal decimal = Quantities.decimal(value, "test");
      assertEquals(value, decimal.doubleValue(), "reads back: " + decimal);
      int figures = decimal.precision();
      if (figures > 1) {
        BigDecimal exact = new BigDecimal(value);
        for (RoundingMode mode : new RoundingMode[] {RoundingMode.FLOOR, RoundingMode.CEILING}) {
          BigDecimal shorter = exact.round(new MathContext(figures - 1, mode));
          assertNotEquals(value, shorter.doubleValue(), value + " also reads as " + shorter);
        }
      }
      assertTrue(figures <= BigDecimal.valueOf(value).stripTrailingZeros().precision(),
          () -> value + ": " + decimal + " is longer than Double.toString");
    }
  }
}
