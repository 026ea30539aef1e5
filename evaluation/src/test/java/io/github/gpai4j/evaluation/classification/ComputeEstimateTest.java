package io.github.gpai4j.evaluation.classification;

import io.github.gpai4j.core.profile.ComputeEstimate;
import io.github.gpai4j.core.profile.EstimationMethod;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.github.gpai4j.core.profile.ComputeEstimate.Position;
import io.github.gpai4j.evaluation.testing.Samples;
import java.math.BigDecimal;
import org.junit.jupiter.api.Test;

class ComputeEstimateTest {

  private static final BigDecimal T = new BigDecimal("1E+25");

  /** Bounds that do not enclose the estimate make it unusable, so the constructor rejects them. */
  @Test
  void rejects_a_lower_bound_above_the_estimate() {
    IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
        () -> ComputeEstimate.of("2E+25", EstimationMethod.MEASURED, "3E+25", "4E+25"));
    assertTrue(e.getMessage().contains("Lower bound"), e.getMessage());
  }

  /** An upper bound below the estimate is rejected with a message naming both numbers. */
  @Test
  void rejects_an_upper_bound_below_the_estimate() {
    IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
        () -> ComputeEstimate.of("2E+25", EstimationMethod.MEASURED, "1E+25", "1.5E+25"));
    assertTrue(e.getMessage().contains("1.5E+25 < 2E+25"), e.getMessage());
  }

  /** A negative FLOP count is impossible. */
  @Test
  void rejects_negative_compute() {
    assertThrows(IllegalArgumentException.class, () -> ComputeEstimate.of("-1", EstimationMethod.OTHER));
  }

  /** Art. 51(2) is strict: a point estimate of exactly 10^25 FLOP is not above it. */
  @Test
  void point_estimate_of_exactly_the_threshold_is_not_above() {
    assertEquals(Position.NOT_ABOVE, ComputeEstimate.of("1E+25", EstimationMethod.MEASURED).positionRelativeTo(T));
  }

  /**
   * Guidelines section 2.3.2: providers notify "if the estimated value meets the threshold"; estimates may be
   * uncertain by about 30 %, and the estimate itself decides. An estimate of 1.5·10^25 whose interval starts exactly
   * at 10^25 (or below) is above.
   */
  @Test
  void estimate_above_the_threshold_is_above_even_if_its_interval_reaches_below() {
    assertEquals(Position.ABOVE,
        ComputeEstimate.of("1.5E+25", EstimationMethod.HARDWARE_BASED, "1E+25", "2E+25").positionRelativeTo(T));
    assertEquals(Position.ABOVE,
        ComputeEstimate.of("1.1E+25", EstimationMethod.HARDWARE_BASED, "7.7E+24", "1.43E+25").positionRelativeTo(T));
  }

  /**
   * Guidelines section 2.3.2 and Art. 51(2) "greater than": an estimate of exactly 10^25 is not above, but an
   * interval reaching above it leaves the answer open (notification is due when meeting it is reasonably likely).
   */
  @Test
  void estimate_of_exactly_the_threshold_with_an_interval_reaching_above_straddles() {
    assertEquals(Position.STRADDLES,
        ComputeEstimate.of("1E+25", EstimationMethod.HARDWARE_BASED, "7E+24", "1.3E+25").positionRelativeTo(T));
  }

  /** Endpoint rule: an interval ending exactly at 10^25 holds no value greater than it. */
  @Test
  void interval_ending_exactly_at_the_threshold_is_not_above() {
    assertEquals(Position.NOT_ABOVE,
        ComputeEstimate.of("9E+24", EstimationMethod.HARDWARE_BASED, "7E+24", "1E+25").positionRelativeTo(T));
  }

  /** An interval whose lower bound is greater than 10^25 lies wholly above it. */
  @Test
  void interval_with_lower_bound_above_the_threshold_is_above() {
    assertEquals(Position.ABOVE, ComputeEstimate.of("3.8E+25", EstimationMethod.ARCHITECTURE_6PD, "1.0000001E+25",
        "4.9E+25").positionRelativeTo(T));
  }

  /** The JSON form is flat: flop, method, lowerFlop, upperFlop, with the decimals as written. */
  @Test
  void json_round_trip_keeps_the_decimals_as_written() {
    ComputeEstimate e = ComputeEstimate.of("3.80E+25", EstimationMethod.ARCHITECTURE_6PD, "2.7E+25", "4.9E+25");
    String json = Samples.JSON.writeValueAsString(e);
    assertEquals("{\"flop\":3.80E+25,\"method\":\"ARCHITECTURE_6PD\",\"lowerFlop\":2.7E+25,\"upperFlop\":4.9E+25}",
        json);
    ComputeEstimate back = Samples.JSON.readValue(json, ComputeEstimate.class);
    assertEquals(e, back);
    assertEquals(3, back.value().significantFigures());
  }
}
