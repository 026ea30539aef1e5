package io.github.gpai4j.testkit;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.github.gpai4j.core.ComputeAmount;
import io.github.gpai4j.core.ParameterCount;
import io.github.gpai4j.core.documentation.ModelDocumentation;
import io.github.gpai4j.core.documentation.TrainingTimeRange;
import io.github.gpai4j.testkit.domain.DocumentationGens;
import java.math.BigDecimal;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;

/**
 * The boundary-biased generators hit every range limit of the Model Documentation Form (MDF-7.1a training-time
 * ranges; MDF-2.5b total-model-size ranges) and the law's compute thresholds (Art. 51(2): greater than 10^25
 * FLOP; the guidelines' 10^23 FLOP and one third of a model's compute), in varied spellings.
 */
class BoundaryGeneratorsTest {

  @Test
  void the_training_time_range_limits_come_from_the_enum() {
    assertEquals(List.of(30, 91, 181), LawEdges.trainingTimeRangeStarts());
    assertEquals(TrainingTimeRange.FROM_1_TO_3_MONTHS, TrainingTimeRange.of(BigDecimal.valueOf(30)));
    assertEquals(TrainingTimeRange.FROM_3_TO_6_MONTHS, TrainingTimeRange.of(BigDecimal.valueOf(91)));
  }

  @Test
  void the_parameter_range_limits_come_from_the_enum() {
    assertEquals(List.of("5E+8", "5E+9", "1.5E+10", "5E+10", "1E+11", "5E+11", "1E+12"),
        LawEdges.parameterRangeLimits().stream().map(BigDecimal::toString).collect(Collectors.toList()));
  }

  @Test
  void training_days_hit_each_day_around_one_three_and_six_months() {
    Set<Integer> days = LawEdges.trainingDays().samples(1, 1_000).stream().map(BigDecimal::intValueExact)
        .collect(Collectors.toSet());
    assertTrue(days.containsAll(List.of(29, 30, 31, 89, 90, 91, 179, 180, 181)), days.toString());
    long onDay30 = LawEdges.trainingDays().samples(2, 1_000).stream()
        .filter(d -> d.compareTo(BigDecimal.valueOf(30)) == 0).count();
    assertTrue(onDay30 >= 30, "day 30 drawn " + onDay30 + " times in 1,000");
  }

  @Test
  void parameter_counts_hit_each_limit_and_its_neighbours_in_several_spellings() {
    List<BigDecimal> counts = LawEdges.parameterCounts().samples(3, 3_000).stream().map(ParameterCount::count)
        .collect(Collectors.toList());
    for (BigDecimal limit : LawEdges.parameterRangeLimits()) {
      assertTrue(counts.stream().anyMatch(c -> c.compareTo(limit) == 0), "limit " + limit);
      assertTrue(counts.stream().anyMatch(c -> c.compareTo(limit.add(BigDecimal.ONE)) == 0), "above " + limit);
      assertTrue(counts.stream().anyMatch(c -> c.compareTo(limit.subtract(BigDecimal.ONE)) == 0), "below " + limit);
    }
    Set<String> spellings = counts.stream().filter(c -> c.compareTo(new BigDecimal("5E+8")) == 0)
        .map(BigDecimal::toString).collect(Collectors.toSet());
    assertTrue(spellings.containsAll(Set.of("5E+8", "5.0E+8", "500000000")), spellings.toString());
  }

  @Test
  void spellings_of_one_value_are_equal_by_value_only() {
    Set<String> written = new HashSet<>();
    for (BigDecimal spelling : LawEdges.spellings(new BigDecimal("1000"), 1).samples(4, 200)) {
      assertEquals(0, spelling.compareTo(new BigDecimal("1000")));
      written.add(spelling.toString());
    }
    assertTrue(written.containsAll(Set.of("1E+3", "1.0E+3", "1000")), written.toString());
    for (BigDecimal spelling : LawEdges.spellings(new BigDecimal("1E+25"), 2).samples(5, 200)) {
      assertTrue(spelling.precision() >= 2, spelling.toString());
    }
  }

  @Test
  void compute_edges_reach_both_thresholds_and_a_third_of_them_with_enough_figures() {
    List<BigDecimal> flop = LawEdges.computeEdges(2).samples(6, 2_000).stream().map(ComputeAmount::flop)
        .collect(Collectors.toList());
    assertTrue(flop.stream().allMatch(f -> f.precision() >= 2), "two figures or more");
    for (String edge : List.of("1E+23", "1E+25")) {
      assertTrue(flop.stream().anyMatch(f -> f.compareTo(new BigDecimal(edge)) == 0), edge);
    }
    assertTrue(flop.stream().anyMatch(f -> f.toString().startsWith("3.33") && f.scale() < -20), "a third");
  }

  @Test
  void valid_documents_carry_boundary_days_and_varied_compute_spellings() {
    List<ModelDocumentation> documents = DocumentationGens.validModelDocumentation().samples(7, 300);
    long onALimit = documents.stream().map(d -> d.computationalResources().trainingTime().wallClockDays())
        .filter(d -> LawEdges.trainingTimeRangeStarts().stream()
            .anyMatch(start -> Math.abs(d.intValueExact() - start) <= 1)).count();
    assertTrue(onALimit >= 60, "documents within a day of a range limit: " + onALimit + " of 300");
    Set<Boolean> scientific = documents.stream()
        .map(d -> d.computationalResources().trainingCompute().flop().toString().contains("E"))
        .collect(Collectors.toSet());
    assertEquals(Set.of(true, false), scientific);
  }
}
