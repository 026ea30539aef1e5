package io.github.gpai4j.evaluation.documentation;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.github.gpai4j.core.Applicable;
import io.github.gpai4j.core.ComputeAmount;
import io.github.gpai4j.core.ParameterCount;
import io.github.gpai4j.core.Recipient;
import io.github.gpai4j.core.documentation.ComputationalResources;
import io.github.gpai4j.core.documentation.MdfItem;
import io.github.gpai4j.core.documentation.ModelDocumentation;
import io.github.gpai4j.core.documentation.ModelProperties;
import io.github.gpai4j.core.documentation.TrainingTime;
import io.github.gpai4j.core.documentation.TrainingTimeEstimate;
import io.github.gpai4j.core.documentation.TrainingTimeRange;
import io.github.gpai4j.core.documentation.Use;
import io.github.gpai4j.core.validation.Finding;
import io.github.gpai4j.core.validation.JsonPointer;
import io.github.gpai4j.core.validation.Severity;
import io.github.gpai4j.core.validation.ValidationOptions;
import io.github.gpai4j.core.validation.ValidationReport;
import java.math.BigDecimal;
import java.util.List;
import java.util.Locale;
import org.junit.jupiter.api.Test;

class ModelDocumentationValidatorTest {

  private final ModelDocumentationValidator validator = ModelDocumentationValidator.create();

  private static ModelDocumentation withProperties(ModelProperties properties) {
    return Samples.completeBuilder().modelProperties(properties).build();
  }

  private static ModelDocumentation withCompute(String orderOfMagnitude, String precise) {
    ModelDocumentation d = Samples.complete();
    return Samples.completeBuilder().computationalResources(ComputationalResources.builder()
        .from(d.computationalResources())
        .trainingComputeOrderOfMagnitude(ComputeAmount.ofFlop(orderOfMagnitude))
        .trainingCompute(ComputeAmount.ofFlop(precise))
        .build()).build();
  }

  private static ModelDocumentation withTrainingTime(TrainingTimeRange range, String days) {
    ModelDocumentation d = Samples.complete();
    return Samples.completeBuilder().computationalResources(ComputationalResources.builder()
        .from(d.computationalResources())
        .trainingTimeRange(new TrainingTimeEstimate("pre-training", range))
        .trainingTime(new TrainingTime("pre-training", new BigDecimal(days), List.of()))
        .build()).build();
  }

  @Test
  void a_complete_consistent_document_has_no_findings() {
    assertEquals(List.of(), validator.validate(Samples.complete()).findings());
  }

  @Test
  void an_empty_draft_is_validated_without_throwing() {
    ValidationReport report = validator.validate(ModelDocumentation.builder().build());
    assertFalse(report.isValid());
    for (MdfItem item : MdfItem.values()) {
      assertTrue(report.ruleIds().contains("MDF-REQ-" + item.id().substring(4)), item.id());
    }
  }

  /**
   * Required hardware (MDF-4.5) is routed to downstream providers only: missing, it is an error for them and for
   * nobody else.
   */
  @Test
  void a_missing_item_is_an_error_only_for_its_recipients() {
    ModelDocumentation doc = Samples.completeBuilder()
        .use(Use.builder().from(Samples.complete().use()).requiredHardware(null).build()).build();
    ValidationReport report = validator.validate(doc);
    Finding f = report.findings().get(0);
    assertEquals("MDF-REQ-4.5", f.ruleId());
    assertEquals(List.of(Recipient.DOWNSTREAM_PROVIDER), f.recipients());
    assertTrue(report.forRecipient(Recipient.AI_OFFICE).isValid());
    assertFalse(report.forRecipient(Recipient.DOWNSTREAM_PROVIDER).isValid());
  }

  @Test
  void a_missing_item_is_located_by_its_json_pointer() {
    ModelDocumentation doc = withProperties(ModelProperties.builder().from(Samples.complete().modelProperties())
        .parameterCount(null).build());
    Finding f = validator.validate(doc).findings().get(0);
    assertEquals(JsonPointer.parse("/modelProperties/parameterCount"), f.location());
  }

  @Test
  void na_is_accepted_where_the_form_allows_it() {
    ModelDocumentation doc = Samples.completeBuilder()
        .use(Use.builder().from(Samples.complete().use()).requiredSoftware(Applicable.notApplicable()).build())
        .build();
    assertTrue(validator.validate(doc).findings().isEmpty());
  }

  @Test
  void two_significant_figures_written_with_a_trailing_zero_are_enough() {
    ModelDocumentation doc = withProperties(ModelProperties.builder().from(Samples.complete().modelProperties())
        .parameterCount(ParameterCount.of("7.0E10")).build());
    assertTrue(validator.validate(doc).findings().isEmpty());
  }

  @Test
  void one_significant_figure_is_not_enough_for_the_exact_parameter_count() {
    ModelDocumentation doc = withProperties(ModelProperties.builder().from(Samples.complete().modelProperties())
        .parameterCount(ParameterCount.of("7E10")).build());
    assertEquals(List.of("MDF-PREC-2.5a"), validator.validate(doc).ruleIds());
  }

  /** log10(3.1e24) = 24.49: both truncation and rounding give 10^24, so 10^25 does not match. */
  @Test
  void an_order_of_magnitude_above_both_readings_does_not_match() {
    assertTrue(validator.validate(withCompute("1E25", "3.1E24")).ruleIds().contains("MDF-CONS-7.2a-MAGNITUDE"));
  }

  /** log10(3.2e24) = 24.505: rounding gives 10^25, which the rule accepts as well as the truncated 10^24. */
  @Test
  void an_order_of_magnitude_rounded_up_matches() {
    assertFalse(validator.validate(withCompute("1E25", "3.2E24")).ruleIds().contains("MDF-CONS-7.2a-MAGNITUDE"));
    assertFalse(validator.validate(withCompute("1E24", "3.2E24")).ruleIds().contains("MDF-CONS-7.2a-MAGNITUDE"));
  }

  /** 6 x 7.3e10 x 1.5e13 = 6.57e24; exactly ten times that is not "more than an order of magnitude". */
  @Test
  void compute_exactly_ten_times_six_p_d_is_not_implausible() {
    assertFalse(validator.validate(withCompute("1E25", "6.57E25")).ruleIds().contains("MDF-PLAUS-7.2b-6PD"));
  }

  @Test
  void compute_more_than_ten_times_six_p_d_is_a_warning() {
    ValidationReport report = validator.validate(withCompute("1E25", "6.58E25"));
    assertEquals(List.of("MDF-PLAUS-7.2b-6PD"), report.ruleIds());
    assertEquals(1, report.count(Severity.WARNING));
    assertTrue(report.isValid());
  }

  @Test
  void compute_less_than_a_tenth_of_six_p_d_is_a_warning() {
    assertEquals(List.of("MDF-PLAUS-7.2b-6PD"), validator.validate(withCompute("1E23", "6.5E23")).ruleIds());
  }

  /** Thirty days is the boundary between "less than 1 month" and "1-3 months"; either range is accepted. */
  @Test
  void thirty_days_fit_both_adjacent_training_time_ranges() {
    assertTrue(validator.validate(withTrainingTime(TrainingTimeRange.LESS_THAN_1_MONTH, "30")).findings().isEmpty());
    assertTrue(validator.validate(withTrainingTime(TrainingTimeRange.FROM_1_TO_3_MONTHS, "30")).findings()
        .isEmpty());
  }

  @Test
  void two_hundred_days_do_not_fit_three_to_six_months() {
    assertEquals(List.of("MDF-CONS-7.1a-RANGE"),
        validator.validate(withTrainingTime(TrainingTimeRange.FROM_3_TO_6_MONTHS, "2.0E2")).ruleIds());
  }

  @Test
  void exactly_the_recommended_word_count_is_fine() {
    ModelDocumentation doc = withProperties(ModelProperties.builder().from(Samples.complete().modelProperties())
        .architecture("one two three four five six seven eight nine ten eleven twelve thirteen fourteen fifteen"
            + " sixteen seventeen eighteen nineteen twenty").build());
    assertTrue(validator.validate(doc).findings().isEmpty());
  }

  @Test
  void one_word_over_the_recommendation_is_information() {
    ModelDocumentation doc = withProperties(ModelProperties.builder().from(Samples.complete().modelProperties())
        .architecture("one two three four five six seven eight nine ten eleven twelve thirteen fourteen fifteen"
            + " sixteen seventeen eighteen nineteen twenty twenty-one").build());
    ValidationReport report = validator.validate(doc);
    assertEquals(List.of("MDF-WORDS"), report.ruleIds());
    assertEquals(List.of("MDF-2.1", "21", "20"), report.findings().get(0).arguments());
    assertTrue(report.isValid());
  }

  @Test
  void counts_words_across_any_whitespace() {
    assertEquals(3, io.github.gpai4j.core.form.Answers.countWords("  one\ttwo\n\u00a0three  "));
    assertEquals(0, io.github.gpai4j.core.form.Answers.countWords(" \n "));
  }

  @Test
  void a_validator_told_of_systemic_risk_requires_annex_xi_section_2() {
    ValidationReport report = validator.withSystemicRisk(true).validate(Samples.complete());
    assertEquals(List.of("MDF-SR-XI-2.1", "MDF-SR-XI-2.2", "MDF-SR-XI-2.3"), report.ruleIds());
  }

  @Test
  void a_validator_told_there_is_no_systemic_risk_does_not_warn_about_an_unknown_status() {
    ModelDocumentation doc = Samples.completeBuilder().systemicRisk(null).build();
    assertTrue(validator.withSystemicRisk(false).validate(doc).findings().isEmpty());
  }

  /** Unknown is an answer, never "no systemic risk": the status left open is a warning. */
  @Test
  void an_unknown_systemic_risk_status_is_a_warning() {
    ModelDocumentation doc = Samples.completeBuilder().systemicRisk(null).build();
    ValidationReport report = validator.validate(doc);
    assertEquals(List.of("MDF-SR-STATUS"), report.ruleIds());
    assertEquals(JsonPointer.of("systemicRisk"), report.findings().get(0).location());
  }

  @Test
  void system_architecture_may_be_not_applicable() {
    ModelDocumentation doc = Samples.completeBuilder().systemicRisk(true)
        .systemicRiskDocumentation(Samples.annexXiSection2()).build();
    assertTrue(validator.validate(doc).findings().isEmpty());
  }

  @Test
  void fail_fast_stops_at_the_first_error() {
    ValidationReport report = validator.validate(ModelDocumentation.builder().build(),
        ValidationOptions.stopAtFirstError());
    assertEquals(1, report.count(Severity.ERROR));
    assertEquals(List.of("MDF-REQ-0.1"), report.ruleIds());
    assertTrue(report.stoppedEarly());
  }

  @Test
  void validating_twice_gives_byte_identical_json() {
    ModelDocumentation draft = ModelDocumentation.builder().build();
    assertEquals(validator.validate(draft).toJson(Locale.FRENCH), validator.validate(draft).toJson(Locale.FRENCH));
  }

  @Test
  void renders_a_french_message_for_a_missing_item() {
    ModelDocumentation doc = withProperties(ModelProperties.builder().from(Samples.complete().modelProperties())
        .parameterCount(null).build());
    String message = validator.validate(doc).findings().get(0).message(Locale.FRENCH);
    assertTrue(message.startsWith("L’élément «\u00a0MDF-2.5a\u00a0»"), message);
  }

  /** Validators never throw because of what a document says, however extreme its figures. */
  @Test
  void extreme_magnitudes_yield_findings_not_exceptions() {
    ModelDocumentation doc = Samples.completeBuilder()
        .modelProperties(ModelProperties.builder().from(Samples.complete().modelProperties())
            .parameterCount(ParameterCount.of("9.9E+998")).build())
        .computationalResources(ComputationalResources.builder().from(Samples.complete().computationalResources())
            .trainingComputeOrderOfMagnitude(ComputeAmount.ofFlop("1E-999"))
            .trainingCompute(ComputeAmount.ofFlop("1.0E-999"))
            .build())
        .build();
    ValidationReport report = validator.validate(doc);
    assertTrue(report.ruleIds().containsAll(List.of("MDF-CONS-2.5b-RANGE", "MDF-PLAUS-7.2b-6PD")),
        report.ruleIds().toString());
  }

  @Test
  void an_override_without_systemic_risk_wins_over_the_document() {
    ModelDocumentation doc = Samples.completeBuilder().systemicRisk(true).build();
    assertEquals(List.of("MDF-SR-XI-2.1", "MDF-SR-XI-2.2", "MDF-SR-XI-2.3"), validator.validate(doc).ruleIds());
    assertTrue(validator.withSystemicRisk(false).validate(doc).findings().isEmpty());
  }

  @Test
  void rejects_a_null_document() {
    assertThrows(NullPointerException.class, () -> validator.validate(null));
  }

  @Test
  void rejects_null_options() {
    assertThrows(NullPointerException.class, () -> validator.validate(Samples.complete(), null));
  }

  @Test
  void lists_its_rules() {
    assertEquals(ModelDocumentationRules.all(), validator.rules());
  }
}
