package io.github.gpai4j.core.documentation;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.math.BigDecimal;
import org.junit.jupiter.api.Test;

class RangesTest {

  @Test
  void assigns_a_boundary_parameter_count_to_the_lower_range() {
    assertEquals(ParameterRange.P_500M_5B, ParameterRange.of(new BigDecimal("5E9")));
    assertEquals(ParameterRange.P_5B_15B, ParameterRange.of(new BigDecimal("5.1E9")));
  }

  @Test
  void accepts_a_boundary_count_in_either_adjacent_range() {
    assertTrue(ParameterRange.P_5B_15B.containsAcceptingBoundaries(new BigDecimal("5E9")));
    assertTrue(ParameterRange.P_500M_5B.containsAcceptingBoundaries(new BigDecimal("5E9")));
    assertFalse(ParameterRange.P_15B_50B.containsAcceptingBoundaries(new BigDecimal("5E9")));
  }

  @Test
  void puts_more_than_a_trillion_parameters_in_the_top_range() {
    assertEquals(ParameterRange.P_GT_1T, ParameterRange.of(new BigDecimal("1.2E12")));
  }

  @Test
  void maps_wall_clock_days_to_training_time_ranges_at_thirty_days_a_month() {
    assertEquals(TrainingTimeRange.LESS_THAN_1_MONTH, TrainingTimeRange.of(new BigDecimal(29)));
    assertEquals(TrainingTimeRange.FROM_1_TO_3_MONTHS, TrainingTimeRange.of(new BigDecimal(30)));
    assertEquals(TrainingTimeRange.FROM_1_TO_3_MONTHS, TrainingTimeRange.of(new BigDecimal(90)));
    assertEquals(TrainingTimeRange.FROM_3_TO_6_MONTHS, TrainingTimeRange.of(new BigDecimal(110)));
    assertEquals(TrainingTimeRange.FROM_3_TO_6_MONTHS, TrainingTimeRange.of(new BigDecimal(180)), "not more than 6");
    assertEquals(TrainingTimeRange.MORE_THAN_6_MONTHS, TrainingTimeRange.of(new BigDecimal(200)));
  }

  @Test
  void accepts_six_calendar_months_as_three_to_six_months() {
    assertTrue(TrainingTimeRange.FROM_3_TO_6_MONTHS.containsAcceptingBoundaries(new BigDecimal(184)));
    assertFalse(TrainingTimeRange.FROM_3_TO_6_MONTHS.containsAcceptingBoundaries(new BigDecimal(200)));
  }

  @Test
  void normalises_a_modality_selection_to_form_order_without_duplicates() {
    assertEquals(ModalitySelection.of(Modality.TEXT, Modality.IMAGES),
        ModalitySelection.of(Modality.IMAGES, Modality.TEXT, Modality.IMAGES));
  }
}
