package io.github.gpai4j.testkit;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import io.github.gpai4j.core.ComputeAmount;
import java.math.BigDecimal;
import java.util.List;
import org.junit.jupiter.api.Test;

/** The README's property-testing example compiles and behaves as the README says. */
class ReadmeExampleTest {

  /** Art. 51(2): presumed high-impact when cumulative training compute is "greater than 10^25" FLOP. */
  static boolean presumed(ComputeAmount compute) {
    return compute.flop().compareTo(new BigDecimal("1E+25")) > 0;
  }

  /** The classic mistake: "at least" instead of "greater than". */
  static boolean presumedWithOffByOne(ComputeAmount compute) {
    return compute.flop().compareTo(new BigDecimal("1E+25")) >= 0;
  }

  // README snippet (keep in sync with the README's "Property tests" section)
  @Test
  void more_compute_never_removes_the_presumption() {
    Property.forAll(LawEdges.systemicRiskCompute(), Gens.computeAmounts(0, 24))
        .withTries(500)
        .check((compute, more) -> !presumed(compute)
            || presumed(ComputeAmount.ofFlop(compute.flop().add(more.flop()))));
  }
  // end of README snippet

  /** Art. 51(2): exactly 10^25 FLOP is not "greater than" 10^25, so an off-by-one shrinks to 1E+25. */
  @Test
  void an_off_by_one_presumption_shrinks_to_exactly_ten_to_the_25() {
    PropertyFailure failure = assertThrows(PropertyFailure.class, () ->
        Property.forAll(LawEdges.systemicRiskCompute()).withSeed(2025)
            .check(compute -> presumedWithOffByOne(compute) == presumed(compute)));
    assertEquals(List.of(ComputeAmount.ofFlop(new BigDecimal("1E+25"))), failure.counterexample());
  }

  /** The "wrapping Gen for another engine" paragraph: seeded samples are reproducible without the runner. */
  @Test
  void samples_for_another_engine_are_reproducible() {
    assertEquals(LawEdges.systemicRiskCompute().samples(7, 20), LawEdges.systemicRiskCompute().samples(7, 20));
  }
}
