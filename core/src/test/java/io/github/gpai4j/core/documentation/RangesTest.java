package io.github.gpai4j.core.documentation;

import io.github.gpai4j.core.Modality;
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

  /** MDF-2.5b's top range is "&gt;1T": more than one trillion, so exactly 10^12 parameters is not in it. */
  @Test
  void never_puts_exactly_a_trillion_parameters_in_more_than_a_trillion() {
    assertFalse(ParameterRange.P_GT_1T.containsAcceptingBoundaries(new BigDecimal("1E12")));
    assertTrue(ParameterRange.P_500B_1T.containsAcceptingBoundaries(new BigDecimal("1E12")));
    assertTrue(ParameterRange.P_GT_1T.containsAcceptingBoundaries(new BigDecimal("1.000000000001E12")));
  }

  /** MDF-7.1a "more than 6 months": 176 or 180 days are six months or less under every reading of a month. */
  @Test
  void never_reads_six_months_or_less_as_more_than_six_months() {
    assertFalse(TrainingTimeRange.MORE_THAN_6_MONTHS.containsAcceptingBoundaries(new BigDecimal(176)));
    assertFalse(TrainingTimeRange.MORE_THAN_6_MONTHS.containsAcceptingBoundaries(new BigDecimal(180)));
    assertTrue(TrainingTimeRange.MORE_THAN_6_MONTHS.containsAcceptingBoundaries(new BigDecimal(181)));
  }

  /** Every duration fits the range that {@code of} assigns it, at 30 days a month, from 0 to 400 days. */
  @Test
  void every_duration_fits_the_range_assigned_to_it() {
    for (int d = 0; d <= 400; d++) {
      BigDecimal days = new BigDecimal(d);
      assertTrue(TrainingTimeRange.of(days).containsAcceptingBoundaries(days), d + " days");
    }
  }

  /** MDF-7.1a "less than 1 month": a month is at most 31 days; 30 days may still be less than a month. */
  @Test
  void never_reads_a_month_or_more_as_less_than_one_month() {
    assertTrue(TrainingTimeRange.LESS_THAN_1_MONTH.containsAcceptingBoundaries(new BigDecimal(30)));
    assertFalse(TrainingTimeRange.LESS_THAN_1_MONTH.containsAcceptingBoundaries(new BigDecimal(31)));
    assertFalse(TrainingTimeRange.LESS_THAN_1_MONTH.containsAcceptingBoundaries(new BigDecimal(34)));
  }

  /** Where the form leaves a boundary open, both neighbours accept it: 30, 90 and 182 to 184 days. */
  @Test
  void accepts_open_boundaries_in_both_neighbouring_ranges() {
    assertTrue(TrainingTimeRange.FROM_1_TO_3_MONTHS.containsAcceptingBoundaries(new BigDecimal(30)));
    assertTrue(TrainingTimeRange.FROM_1_TO_3_MONTHS.containsAcceptingBoundaries(new BigDecimal(90)));
    assertTrue(TrainingTimeRange.FROM_3_TO_6_MONTHS.containsAcceptingBoundaries(new BigDecimal(90)));
    assertTrue(TrainingTimeRange.FROM_3_TO_6_MONTHS.containsAcceptingBoundaries(new BigDecimal(183)));
    assertTrue(TrainingTimeRange.MORE_THAN_6_MONTHS.containsAcceptingBoundaries(new BigDecimal(183)));
    assertFalse(TrainingTimeRange.FROM_1_TO_3_MONTHS.containsAcceptingBoundaries(new BigDecimal(27)));
    assertFalse(TrainingTimeRange.FROM_3_TO_6_MONTHS.containsAcceptingBoundaries(new BigDecimal(88)));
  }

  @Test
  void normalises_a_modality_selection_to_form_order_without_duplicates() {
    assertEquals(ModalitySelection.of(Modality.TEXT, Modality.IMAGES),
        ModalitySelection.of(Modality.IMAGES, Modality.TEXT, Modality.IMAGES));
  }
}
