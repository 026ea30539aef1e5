package io.github.gpai4j.testkit;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.github.gpai4j.core.ComputeAmount;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;

/** The law's edges are generated exactly, with their neighbours and a spread. */
class LawEdgesTest {

  private static final BigDecimal E25 = new BigDecimal("1E+25");
  private static final BigDecimal E23 = new BigDecimal("1E+23");

  private static Set<BigDecimal> flops(Gen<ComputeAmount> gen) {
    return gen.samples(1, 3000).stream().map(ComputeAmount::flop).collect(Collectors.toSet());
  }

  /** Art. 51(2): presumption when compute is "greater than 10^25" FLOP, so 10^25 itself must be generated. */
  @Test
  void systemic_risk_compute_includes_exactly_ten_to_the_25_in_several_representations() {
    Set<BigDecimal> flops = flops(LawEdges.systemicRiskCompute());
    Set<Integer> scales = flops.stream().filter(f -> f.compareTo(E25) == 0).map(BigDecimal::scale)
        .collect(Collectors.toSet());
    assertTrue(scales.contains(-25), "1E+25 itself: " + scales);
    assertTrue(scales.contains(0), "10000000000000000000000000 written out: " + scales);
    assertTrue(scales.size() > 5, "representations: " + scales);
  }

  /** Art. 51(2): the nearest amounts either side of 10^25 at a given precision. */
  @Test
  void systemic_risk_compute_includes_the_neighbours_at_the_generated_precision() {
    Set<BigDecimal> flops = flops(LawEdges.systemicRiskCompute());
    assertTrue(flops.contains(new BigDecimal("1.01E+25")), "one step above at 3 figures");
    assertTrue(flops.contains(new BigDecimal("9.99E+24")), "one step below at 3 figures");
    assertTrue(flops.contains(new BigDecimal("2E+25")), "one step above at 1 figure");
    assertTrue(flops.contains(new BigDecimal("9E+24")), "one step below at 1 figure");
    assertTrue(flops.contains(E25.add(BigDecimal.ONE)), "one FLOP above");
    assertTrue(flops.contains(E25.subtract(BigDecimal.ONE)), "one FLOP below");
  }

  /** Art. 51(2): {@code double} neighbours of 1e25 read through ComputeAmount.ofFlop(double). */
  @Test
  void systemic_risk_compute_includes_the_double_neighbours_of_1e25() {
    Set<BigDecimal> flops = flops(LawEdges.systemicRiskCompute());
    assertTrue(flops.contains(ComputeAmount.ofFlop(Math.nextUp(1e25)).flop()));
    assertTrue(flops.contains(ComputeAmount.ofFlop(Math.nextDown(1e25)).flop()));
    assertTrue(ComputeAmount.ofFlop(Math.nextUp(1e25)).flop().compareTo(E25) > 0);
    assertTrue(ComputeAmount.ofFlop(Math.nextDown(1e25)).flop().compareTo(E25) < 0);
  }

  @Test
  void systemic_risk_compute_spreads_over_orders_of_magnitude() {
    Set<Integer> magnitudes = LawEdges.systemicRiskCompute().samples(2, 3000).stream()
        .map(ComputeAmount::orderOfMagnitude).collect(Collectors.toSet());
    assertEquals(Set.of(23, 24, 25, 26, 27), magnitudes);
  }

  /** Guidelines C(2025) 5045 section 2: indicative criterion "more than 10^23 FLOP". */
  @Test
  void gpai_indicative_compute_includes_ten_to_the_23_and_its_neighbours() {
    Set<BigDecimal> flops = flops(LawEdges.gpaiIndicativeCompute());
    assertTrue(flops.stream().anyMatch(f -> f.compareTo(E23) == 0));
    assertTrue(flops.contains(new BigDecimal("1.001E+23")));
    assertTrue(flops.contains(new BigDecimal("9.999E+22")));
    assertTrue(flops.contains(ComputeAmount.ofFlop(Math.nextUp(1e23)).flop()));
  }

  @Test
  void training_compute_covers_both_thresholds_zero_and_a_wide_spread() {
    List<ComputeAmount> samples = LawEdges.trainingCompute().samples(3, 3000);
    assertTrue(samples.stream().anyMatch(c -> c.flop().compareTo(E25) == 0));
    assertTrue(samples.stream().anyMatch(c -> c.flop().compareTo(E23) == 0));
    assertTrue(samples.stream().anyMatch(c -> c.flop().signum() == 0));
    assertTrue(samples.stream().anyMatch(c -> c.orderOfMagnitude() <= 17));
    assertTrue(samples.stream().anyMatch(c -> c.orderOfMagnitude() >= 27));
  }

  /** Guidelines C(2025) 5045 section 3: fallback threshold one third of 10^25 FLOP, not a terminating decimal. */
  @Test
  void compute_around_one_third_of_ten_to_the_25_brackets_the_third() {
    Set<BigDecimal> flops = flops(LawEdges.computeAroundOneThirdOf(E25));
    assertTrue(flops.contains(new BigDecimal("3.3E+24")));
    assertTrue(flops.contains(new BigDecimal("3.4E+24")));
    assertTrue(flops.contains(new BigDecimal("3333333333333333333333333")));
    assertTrue(flops.contains(new BigDecimal("3333333333333333333333334")));
  }

  /** Guidelines C(2025) 5045 section 3: modification compute "more than one third" of the original's. */
  @Test
  void modification_compute_hits_exactly_one_third_and_both_sides() {
    List<ModificationCompute> samples = LawEdges.modificationCompute().samples(4, 2000);
    Set<Integer> sides = samples.stream().map(ModificationCompute::compareToOneThird).collect(Collectors.toSet());
    assertEquals(Set.of(-1, 0, 1), sides);
    assertTrue(samples.stream().filter(m -> m.compareToOneThird() == 0)
        .allMatch(m -> m.modification().flop().multiply(BigDecimal.valueOf(3)).compareTo(m.original().flop()) == 0));
  }

  @Test
  void modification_compute_includes_one_step_above_the_third() {
    List<ModificationCompute> samples = LawEdges.modificationCompute().samples(5, 2000);
    assertTrue(samples.stream().anyMatch(m -> m.compareToOneThird() > 0
        && m.modification().flop().subtract(m.modification().flop().ulp())
            .multiply(BigDecimal.valueOf(3)).compareTo(m.original().flop()) == 0));
  }

  @Test
  void compare_to_one_third_is_exact() {
    ComputeAmount original = ComputeAmount.ofFlop("3E+24");
    assertEquals(0, new ModificationCompute(ComputeAmount.ofFlop("1E+24"), original).compareToOneThird());
    assertEquals(1, new ModificationCompute(ComputeAmount.ofFlop("1000000000000000000000001"), original)
        .compareToOneThird());
    assertEquals(-1, new ModificationCompute(ComputeAmount.ofFlop("999999999999999999999999"), original)
        .compareToOneThird());
  }

  /** Art. 113(b) and Art. 111(3): 2 August 2025, 2026 and 2027, and the days either side. */
  @Test
  void application_dates_include_each_date_and_the_day_either_side() {
    Set<LocalDate> dates = new HashSet<>(LawEdges.applicationDates().samples(6, 1000));
    for (int year = 2025; year <= 2027; year++) {
      LocalDate date = LocalDate.of(year, 8, 2);
      assertTrue(dates.contains(date), date.toString());
      assertTrue(dates.contains(date.minusDays(1)), date.minusDays(1).toString());
      assertTrue(dates.contains(date.plusDays(1)), date.plusDays(1).toString());
    }
    assertTrue(dates.stream().anyMatch(d -> d.getYear() == 2023 || d.getYear() == 2029));
  }

  @Test
  void rejects_dates_around_nothing() {
    assertThrows(IllegalArgumentException.class, LawEdges::datesAround);
  }

  /**
   * Training-content template, footnote 16: top 10 % of domains; SMEs top 5 % or 1,000, whichever is lower
   * (read as ceilings; rounding UNCONFIRMED).
   */
  @Test
  void required_domains_follow_the_ten_percent_five_percent_and_thousand_cut_offs() {
    assertEquals(10, new TopDomainListCase(100, false, 0).requiredDomains());
    assertEquals(11, new TopDomainListCase(101, false, 0).requiredDomains());
    assertEquals(1, new TopDomainListCase(1, false, 0).requiredDomains());
    assertEquals(0, new TopDomainListCase(0, true, 0).requiredDomains());
    assertEquals(5, new TopDomainListCase(100, true, 0).requiredDomains());
    assertEquals(999, new TopDomainListCase(19_980, true, 0).requiredDomains());
    assertEquals(1000, new TopDomainListCase(19_981, true, 0).requiredDomains());
    assertEquals(1000, new TopDomainListCase(20_000, true, 0).requiredDomains());
    assertEquals(1000, new TopDomainListCase(20_021, true, 0).requiredDomains());
    assertEquals(2_003, new TopDomainListCase(20_021, false, 0).requiredDomains());
  }

  @Test
  void top_domain_lists_sit_on_and_either_side_of_the_requirement() {
    List<TopDomainListCase> samples = LawEdges.topDomainLists().samples(7, 2000);
    assertTrue(samples.stream().anyMatch(c -> c.listedDomains() == c.requiredDomains() - 1));
    assertTrue(samples.stream().anyMatch(c -> c.listedDomains() == c.requiredDomains()));
    assertTrue(samples.stream().anyMatch(c -> c.listedDomains() == c.requiredDomains() + 1));
  }

  @Test
  void top_domain_lists_reach_the_sme_cap_and_stay_below_it() {
    List<TopDomainListCase> samples = LawEdges.topDomainLists().samples(8, 2000);
    assertTrue(samples.stream().anyMatch(c -> c.sme() && c.distinctDomains() == 20_000));
    assertTrue(samples.stream().anyMatch(c -> c.sme() && c.distinctDomains() == 20_001));
    assertTrue(samples.stream().anyMatch(c -> c.sme() && c.distinctDomains() == 19_999));
    assertTrue(samples.stream().anyMatch(c -> c.sme() && c.distinctDomains() > 20_020 && c.requiredDomains() == 1000));
    assertTrue(samples.stream().anyMatch(c -> !c.sme() && c.distinctDomains() % 10 == 1));
  }

  @Test
  void rejects_negative_domain_counts() {
    assertThrows(IllegalArgumentException.class, () -> new TopDomainListCase(-1, false, 0));
  }
}
