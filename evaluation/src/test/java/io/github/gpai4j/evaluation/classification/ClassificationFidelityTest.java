package io.github.gpai4j.evaluation.classification;

import io.github.gpai4j.core.Modality;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * Classification outcomes checked against the words of Regulation (EU) 2024/1689 and the Commission guidelines on the
 * scope of the obligations for GPAI models (section numbers as in the July 2025 text, which C(2025) 7719 keeps).
 */
class ClassificationFidelityTest {

  private static final LocalDate AS_OF = LocalDate.of(2026, 11, 28);
  private final ModelClassifier classifier = ModelClassifier.withCurrentRules();

  private Classification classify(ModelProfile p) {
    return classifier.classify(p, AS_OF);
  }

  private static boolean has(List<Reason> reasons, ReasonCode code) {
    return reasons.stream().anyMatch(r -> r.code() == code);
  }

  private static ModelProfile.Builder text(String flop) {
    return ModelProfile.builder().trainingCompute(ComputeEstimate.of(flop, EstimationMethod.MEASURED))
        .addInputModalities(Modality.TEXT).addOutputModalities(Modality.TEXT);
  }

  private static ModificationFacts modification(String modFlop, Fact baseSystemic) {
    return ModificationFacts.builder().modificationCompute(ComputeEstimate.of(modFlop, EstimationMethod.MEASURED))
        .baseModelSystemicRisk(baseSystemic).build();
  }

  // ------------------------------------------------------------ item 1: modifiers

  /**
   * Guidelines section 3.2: where the original's compute is unknown and the original is a model with systemic risk,
   * the modifier becomes provider when the modification uses more than one third of 10^25 FLOP, and the modified
   * model is presumed to have systemic risk; Art. 51(1): only a GPAI model can be one with systemic risk, so the
   * modified model is a GPAI model and the Art. 52(1) notification is required, not undecided.
   */
  @Test
  void modifier_above_one_third_of_ten_to_the_25_provides_a_gpai_model_with_systemic_risk_and_must_notify() {
    ModelProfile p = ModelProfile.builder()
        .modification(modification("3.3333333333333333333333334E+24", Fact.YES)).build();
    Classification c = classify(p);
    assertEquals(ModifierStatus.PROVIDER_OF_MODIFIED_MODEL, c.downstreamModifier().status());
    assertEquals(GpaiModelStatus.GPAI_MODEL, c.gpaiModel().status());
    assertTrue(has(c.gpaiModel().reasons(), ReasonCode.GPAI_MODIFIED_MODEL));
    assertEquals(SystemicRiskStatus.PRESUMED, c.systemicRisk().status());
    assertEquals(Fact.YES, c.notification().required());
  }

  /** Guidelines section 3.2, "more than a third": 3.33…3·10^24 FLOP (three times it is below 10^25) is not. */
  @Test
  void modifier_just_below_one_third_of_ten_to_the_25_does_not_become_provider() {
    ModelProfile p = ModelProfile.builder()
        .modification(modification("3.3333333333333333333333333E+24", Fact.YES)).build();
    assertEquals(ModifierStatus.NOT_PROVIDER, classify(p).downstreamModifier().status());
  }

  /**
   * Guidelines section 3.2: for an original without systemic risk whose compute is unknown, the reference is one
   * third of 10^23 FLOP; the modified model of a GPAI model is a GPAI model.
   */
  @Test
  void modifier_above_one_third_of_ten_to_the_23_provides_a_gpai_model() {
    ModelProfile p = ModelProfile.builder().modification(modification("4E+22", Fact.NO)).build();
    Classification c = classify(p);
    assertEquals(ModifierStatus.PROVIDER_OF_MODIFIED_MODEL, c.downstreamModifier().status());
    assertEquals(GpaiModelStatus.GPAI_MODEL, c.gpaiModel().status());
  }

  // ------------------------------------------------------------ item 2: systemic risk only for GPAI models

  /**
   * Art. 51(1): "A general-purpose AI model shall be classified as a general-purpose AI model with systemic risk if
   * ...": an image-to-image model, not a GPAI model under the guidelines' criterion (section 2.1), trained with
   * 2·10^25 FLOP is not presumed to have systemic risk and gets no open-source blocker for it.
   */
  @Test
  void image_to_image_model_above_ten_to_the_25_is_not_a_model_with_systemic_risk() {
    ModelProfile p = ModelProfile.builder().trainingCompute(ComputeEstimate.of("2E+25", EstimationMethod.MEASURED))
        .addInputModalities(Modality.IMAGES).addOutputModalities(Modality.IMAGES).build();
    Classification c = classify(p);
    assertEquals(GpaiModelStatus.NOT_GPAI_MODEL, c.gpaiModel().status());
    assertEquals(SystemicRiskStatus.NOT_PRESUMED, c.systemicRisk().status());
    assertTrue(has(c.systemicRisk().reasons(), ReasonCode.SR_NOT_GPAI_MODEL));
    assertTrue(c.openSourceExemption().blockers().stream()
        .noneMatch(b -> b.condition() == ExemptionCondition.NO_SYSTEMIC_RISK));
    assertEquals(NotificationStatus.NOT_REQUIRED, c.notification().status());
  }

  /** Art. 51(1): compute above 10^25 FLOP with an undecided GPAI status leaves systemic risk undecided. */
  @Test
  void compute_above_ten_to_the_25_with_undecided_gpai_status_is_indeterminate() {
    ModelProfile p = ModelProfile.builder().trainingCompute(ComputeEstimate.of("3E+25", EstimationMethod.MEASURED))
        .build();
    Classification c = classify(p);
    assertEquals(GpaiModelStatus.INDETERMINATE, c.gpaiModel().status());
    assertEquals(SystemicRiskStatus.INDETERMINATE, c.systemicRisk().status());
  }

  // ------------------------------------------------------------ item 3: estimates

  /**
   * Guidelines section 2.3.2: providers should notify "if the estimated value meets the threshold"; estimates may be
   * uncertain by about 30 %. An estimate of 1.1·10^25 FLOP with an interval down to 7.7·10^24 is presumed and must be
   * notified.
   */
  @Test
  void estimate_above_ten_to_the_25_is_presumed_although_its_interval_reaches_below() {
    ModelProfile p = text("1.1E+25").trainingCompute(
        ComputeEstimate.of("1.1E+25", EstimationMethod.HARDWARE_BASED, "7.7E+24", "1.43E+25")).build();
    Classification c = classify(p);
    assertEquals(SystemicRiskStatus.PRESUMED, c.systemicRisk().status());
    assertTrue(has(c.systemicRisk().reasons(), ReasonCode.SR_ESTIMATE_DECIDES));
    assertEquals(Fact.YES, c.notification().required());
  }

  /**
   * Guidelines section 2.3.2: an estimate of exactly 10^25 FLOP (not "greater than", Art. 51(2)) whose interval
   * reaches above stays undecided, and the trace says notification is advisable when meeting the threshold is
   * reasonably likely.
   */
  @Test
  void estimate_of_exactly_ten_to_the_25_reaching_above_is_undecided_and_notification_advisable() {
    ModelProfile p = text("1E+25").trainingCompute(
        ComputeEstimate.of("1E+25", EstimationMethod.HARDWARE_BASED, "7E+24", "1.3E+25")).build();
    Classification c = classify(p);
    assertEquals(SystemicRiskStatus.INDETERMINATE, c.systemicRisk().status());
    assertEquals(NotificationStatus.INDETERMINATE, c.notification().status());
    assertTrue(has(c.notification().reasons(), ReasonCode.NOTIFY_ADVISABLE));
  }

  // ------------------------------------------------------------ item 5: designations

  /**
   * Art. 52(5) applies to a model "designated ... pursuant to paragraph 4"; a designation of an un-notified model
   * under Art. 52(1) opens no reassessment route and is cited as Art. 52(1).
   */
  @Test
  void designation_for_failure_to_notify_has_no_reassessment_and_cites_article_52_1() {
    ModelProfile p = text("5E+25").thresholdMetOn(LocalDate.of(2026, 1, 5)).addCommissionDecisions(
        CommissionDecision.of(DecisionKind.DESIGNATION_FAILURE_TO_NOTIFY, LocalDate.of(2026, 5, 4))).build();
    Classification c = classify(p);
    assertNull(c.reassessment().earliestRequest());
    assertTrue(has(c.reassessment().reasons(), ReasonCode.REASSESS_NOT_AVAILABLE));
    Reason r = c.systemicRisk().reasons().stream()
        .filter(x -> x.code() == ReasonCode.SR_DESIGNATED_FAILURE_TO_NOTIFY).findFirst().orElseThrow();
    assertEquals("Art. 52(1)", r.legalBasis().citation());
    assertEquals(LocalDate.of(2026, 1, 5), c.systemicRisk().since());
  }

  /** Art. 52(4)-(5): an Annex XIII designation opens reassessment six months later and is cited as Art. 52(4). */
  @Test
  void annex_xiii_designation_opens_reassessment_after_six_months() {
    ModelProfile p = text("5E+24").addCommissionDecisions(
        CommissionDecision.of(DecisionKind.DESIGNATION_ANNEX_XIII, LocalDate.of(2026, 3, 10))).build();
    Classification c = classify(p);
    assertEquals(LocalDate.of(2026, 9, 10), c.reassessment().earliestRequest());
    assertTrue(c.systemicRisk().reasons().stream()
        .anyMatch(x -> x.code() == ReasonCode.SR_DESIGNATED && x.legalBasis().citation().equals("Art. 52(4)")));
  }

  // ------------------------------------------------------------ item 6: time limits

  /**
   * Guidelines section 5.3 (2.3 in the transitional part): a model not yet placed on 2 August 2025 whose threshold was
   * met before notifies within two weeks after 2 August 2025. The last day, 16 August 2025, is a Saturday, so under
   * Art. 3(4) of Regulation No 1182/71 the period ends on Monday 18 August 2025, reported as the extended date.
   */
  @Test
  void notification_due_on_a_saturday_extends_to_the_monday() {
    ModelProfile p = text("3E+25").unionPlacementDate(LocalDate.of(2025, 10, 1))
        .thresholdMetOn(LocalDate.of(2025, 7, 1)).build();
    NotificationAssessment n = classify(p).notification();
    assertEquals(LocalDate.of(2025, 8, 2), n.trigger());
    assertEquals(LocalDate.of(2025, 8, 16), n.dueDate());
    assertEquals(LocalDate.of(2025, 8, 18), n.extendedDueDate());
    assertTrue(has(n.reasons(), ReasonCode.NOTIFY_DUE_EXTENDED));
  }

  /** Art. 3(4) of Regulation No 1182/71, as interpreted: a notification on the extended day is on time. */
  @Test
  void notification_on_the_extended_day_is_on_time_and_the_day_after_is_late() {
    ModelProfile.Builder b = text("3E+25").unionPlacementDate(LocalDate.of(2025, 10, 1))
        .thresholdMetOn(LocalDate.of(2025, 7, 1));
    assertEquals(NotificationStatus.NOTIFIED,
        classify(b.notifiedOn(LocalDate.of(2025, 8, 18)).build()).notification().status());
    assertEquals(NotificationStatus.NOTIFIED_LATE,
        classify(b.notifiedOn(LocalDate.of(2025, 8, 19)).build()).notification().status());
  }

  /**
   * Art. 3(4) of Regulation No 1182/71 with the EU institutions' holidays: two weeks after 7 July 2026 is Tuesday
   * 21 July 2026, the Belgian National Day (a holiday of the institutions in Brussels), so the period ends on
   * 22 July 2026.
   */
  @Test
  void notification_due_on_a_public_holiday_extends_to_the_next_working_day() {
    ModelProfile p = text("3E+25").unionPlacementDate(LocalDate.of(2026, 9, 1))
        .thresholdMetOn(LocalDate.of(2026, 7, 7)).build();
    NotificationAssessment n = classify(p).notification();
    assertEquals(LocalDate.of(2026, 7, 21), n.dueDate());
    assertEquals(LocalDate.of(2026, 7, 22), n.extendedDueDate());
  }

  /**
   * Art. 111(3): providers of models placed before 2 August 2025 take the necessary steps by 2 August 2027; the trace
   * says that date and does not also name the two weeks after 2 August 2025.
   */
  @Test
  void legacy_model_notification_trace_says_2027_and_nothing_contradictory() {
    ModelProfile p = text("3E+25").unionPlacementDate(LocalDate.of(2025, 3, 1))
        .thresholdMetOn(LocalDate.of(2025, 1, 10)).build();
    NotificationAssessment n = classify(p).notification();
    assertEquals(LocalDate.of(2027, 8, 2), n.dueDate());
    assertNull(n.extendedDueDate());
    assertFalse(has(n.reasons(), ReasonCode.NOTIFY_DUE));
    assertFalse(has(n.reasons(), ReasonCode.NOTIFY_TRIGGER_BEFORE_APPLICATION));
    assertTrue(n.reasons().stream().noneMatch(r -> r.text().contains("2025-08-16")), n.reasons().toString());
  }

  /**
   * "Validators never throw because of what a document says" (CONTRIBUTING.md): a profile with far-future dates
   * (accepted by {@link LocalDate}) classifies without a {@link java.time.DateTimeException}, reporting the date as
   * out of range.
   */
  @Test
  void far_future_dates_are_reported_out_of_range_instead_of_throwing() {
    LocalDate far = LocalDate.of(999_999_990, 1, 1);
    ModelProfile nearMax = text("3E+25").unionPlacementDate(far).thresholdMetOn(far).notifiedOn(far)
        .addCommissionDecisions(CommissionDecision.of(DecisionKind.DESIGNATION_ANNEX_XIII, far)).build();
    assertEquals(LocalDate.of(999_999_990, 1, 15), classifier.classify(nearMax, LocalDate.MAX).notification().dueDate());
    ModelProfile max = text("3E+25").unionPlacementDate(LocalDate.MAX).thresholdMetOn(LocalDate.MAX)
        .addCommissionDecisions(CommissionDecision.of(DecisionKind.DESIGNATION_ANNEX_XIII, LocalDate.MAX)).build();
    Classification c = classifier.classify(max, LocalDate.MAX);
    assertNull(c.notification().dueDate());
    assertTrue(has(c.notification().reasons(), ReasonCode.DATE_OUT_OF_RANGE));
    assertNull(c.reassessment().earliestRequest());
    assertTrue(has(c.reassessment().reasons(), ReasonCode.DATE_OUT_OF_RANGE));
  }

  // ------------------------------------------------------------ item 7: language

  /**
   * Guidelines section 2.1: the criterion counts models that generate language "(in the form of text or audio)"; a
   * model whose audio output is music or sound effects only does not generate language.
   */
  @Test
  void audio_output_of_music_only_is_not_language() {
    ModelProfile p = ModelProfile.builder().trainingCompute(ComputeEstimate.of("1E+24", EstimationMethod.MEASURED))
        .addInputModalities(Modality.AUDIO).addOutputModalities(Modality.AUDIO)
        .audioOutput(AudioOutputKind.NON_LANGUAGE_ONLY).build();
    assertEquals(GpaiModelStatus.NOT_GPAI_MODEL, classify(p).gpaiModel().status());
  }

  /** Guidelines section 2.1: audio of an unstated kind does not decide the language part of the criterion. */
  @Test
  void audio_output_of_unstated_kind_leaves_the_modality_undecided() {
    ModelProfile p = ModelProfile.builder().trainingCompute(ComputeEstimate.of("1E+24", EstimationMethod.MEASURED))
        .addInputModalities(Modality.AUDIO).addOutputModalities(Modality.AUDIO).build();
    assertEquals(Fact.UNKNOWN, classify(p).gpaiModel().indicativeCriterionMet());
  }

  /** Guidelines section 2.1: speech is language ("audio" includes speech). */
  @Test
  void speech_output_is_language() {
    ModelProfile p = ModelProfile.builder().trainingCompute(ComputeEstimate.of("1E+24", EstimationMethod.MEASURED))
        .addInputModalities(Modality.TEXT).addOutputModalities(Modality.AUDIO)
        .audioOutput(AudioOutputKind.LANGUAGE).build();
    assertEquals(GpaiModelStatus.GPAI_MODEL, classify(p).gpaiModel().status());
  }

  /**
   * Guidelines section 2.1 gives a model trained only to transcribe speech to text as an example of a model that is
   * not a GPAI model although it meets the indicative criterion; gpai4j says so with that reason and never asserts a
   * GPAI model.
   */
  @Test
  void transcription_only_model_is_flagged_as_out_of_scope() {
    ModelProfile p = text("1E+24").narrowTask(NarrowTask.SPEECH_TRANSCRIPTION).build();
    GpaiModelAssessment g = classify(p).gpaiModel();
    assertEquals(GpaiModelStatus.NOT_GPAI_MODEL, g.status());
    assertTrue(has(g.reasons(), ReasonCode.GPAI_NARROW_TASK));
  }

  // ------------------------------------------------------------ item 8: which compute

  /**
   * Annex to the guidelines: the indicative criterion counts compute "directly contributing to parameter updates";
   * a model with 2·10^23 FLOP cumulative (synthetic data included) but 5·10^22 FLOP of parameter updates does not
   * meet it.
   */
  @Test
  void gpai_criterion_uses_the_parameter_update_compute() {
    ModelProfile p = text("2E+23")
        .parameterUpdateCompute(ComputeEstimate.of("5E+22", EstimationMethod.MEASURED)).build();
    assertEquals(Fact.NO, classify(p).gpaiModel().indicativeCriterionMet());
  }

  /**
   * Art. 51(2) and Recital 111: the presumption tests cumulative compute (synthetic data generation included); a
   * model with 5·10^24 FLOP of parameter updates and 1.2·10^25 FLOP cumulative is presumed.
   */
  @Test
  void systemic_risk_presumption_uses_the_cumulative_compute() {
    ModelProfile p = text("1.2E+25")
        .parameterUpdateCompute(ComputeEstimate.of("5E+24", EstimationMethod.MEASURED)).build();
    Classification c = classify(p);
    assertEquals(Fact.YES, c.gpaiModel().indicativeCriterionMet());
    assertEquals(SystemicRiskStatus.PRESUMED, c.systemicRisk().status());
  }

  /**
   * Annex to the guidelines: parameter-update compute never exceeds cumulative compute, so a cumulative figure of
   * exactly 10^23 FLOP decides the criterion exactly (not "greater than 10^23"), with no assumption in the trace.
   */
  @Test
  void cumulative_compute_of_exactly_ten_to_the_23_decides_the_criterion_exactly() {
    GpaiModelAssessment g = classify(text("1E+23").build()).gpaiModel();
    assertEquals(Fact.NO, g.indicativeCriterionMet());
    assertFalse(has(g.reasons(), ReasonCode.GPAI_COMPUTE_FROM_CUMULATIVE));
  }

  /** Without a parameter-update figure, a cumulative figure above 10^23 FLOP stands in for it, and the trace says so. */
  @Test
  void cumulative_compute_above_ten_to_the_23_stands_in_and_says_so() {
    GpaiModelAssessment g = classify(text("2E+23").build()).gpaiModel();
    assertEquals(Fact.YES, g.indicativeCriterionMet());
    assertTrue(has(g.reasons(), ReasonCode.GPAI_COMPUTE_FROM_CUMULATIVE));
  }
}
