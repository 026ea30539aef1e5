package io.github.gpai4j.evaluation.classification;

import io.github.gpai4j.core.Modality;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;

class ModelClassifierTest {

  private static final LocalDate AS_OF = LocalDate.of(2026, 11, 28);
  private final ModelClassifier classifier = ModelClassifier.withCurrentRules();

  private static ModelProfile.Builder textModel(String flop) {
    return ModelProfile.builder()
        .modelName("Test")
        .trainingCompute(ComputeEstimate.of(flop, EstimationMethod.MEASURED))
        .addInputModalities(Modality.TEXT)
        .addOutputModalities(Modality.TEXT);
  }

  private static ModelProfile.Builder textModel(BigDecimal flop) {
    return textModel(flop.toString());
  }

  private Classification classify(ModelProfile p) {
    return classifier.classify(p, AS_OF);
  }

  private static boolean hasReason(List<Reason> reasons, ReasonCode code) {
    return reasons.stream().anyMatch(r -> r.code() == code);
  }

  // ------------------------------------------------------------ systemic risk

  /** Art. 51(2), "greater than 10^25": a model trained with exactly 10^25 FLOP is not presumed. */
  @Test
  void exactly_ten_to_the_25_flop_is_not_presumed() {
    assertEquals(SystemicRiskStatus.NOT_PRESUMED, classify(textModel("1E+25").build()).systemicRisk().status());
  }

  /** Art. 51(2): the next representable double above 10^25 FLOP is presumed to have high-impact capabilities. */
  @Test
  void next_double_above_ten_to_the_25_flop_is_presumed() {
    ModelProfile p = textModel(BigDecimal.valueOf(Math.nextUp(1e25))).build();
    assertEquals(SystemicRiskStatus.PRESUMED, classify(p).systemicRisk().status());
  }

  /** The reason names both numbers compared. */
  @Test
  void presumption_reason_names_the_numbers_compared() {
    Reason r = classify(textModel("3.8E+25").build()).systemicRisk().reasons().get(0);
    assertEquals(ReasonCode.SR_COMPUTE_ABOVE, r.code());
    assertEquals("Art. 51(2)", r.legalBasis().citation());
    assertTrue(r.text().contains("3.8E+25 FLOP > 1E+25 FLOP"), r.text());
  }

  /**
   * Guidelines section 2.3.2: an estimate at or below 10^25 FLOP whose interval reaches above it gives INDETERMINATE,
   * not a guess either way.
   */
  @Test
  void estimate_below_ten_to_the_25_with_an_interval_reaching_above_is_indeterminate() {
    ModelProfile p = textModel("9E+24").trainingCompute(
        ComputeEstimate.of("9E+24", EstimationMethod.HARDWARE_BASED, "6.3E+24", "1.17E+25")).build();
    assertEquals(SystemicRiskStatus.INDETERMINATE, classify(p).systemicRisk().status());
  }

  /** Unknown compute is not "below the threshold": the status is INDETERMINATE. */
  @Test
  void unknown_compute_is_indeterminate() {
    ModelProfile p = ModelProfile.builder().addOutputModalities(Modality.TEXT).build();
    assertEquals(SystemicRiskStatus.INDETERMINATE, classify(p).systemicRisk().status());
  }

  /** Art. 52(4): a designation makes the model one with systemic risk whatever its compute. */
  @Test
  void designation_gives_designated_whatever_the_compute() {
    ModelProfile p = textModel("5E+24")
        .addCommissionDecisions(CommissionDecision.of(DecisionKind.DESIGNATION_ANNEX_XIII, LocalDate.of(2026, 3, 10))).build();
    SystemicRiskAssessment s = classify(p).systemicRisk();
    assertEquals(SystemicRiskStatus.DESIGNATED, s.status());
    assertEquals(LocalDate.of(2026, 3, 10), s.since());
  }

  /** A decision dated after the evaluation date has not happened yet and is ignored. */
  @Test
  void decision_after_the_evaluation_date_is_ignored() {
    ModelProfile p = textModel("5E+24")
        .addCommissionDecisions(CommissionDecision.of(DecisionKind.DESIGNATION_ANNEX_XIII, AS_OF.plusDays(1))).build();
    assertEquals(SystemicRiskStatus.NOT_PRESUMED, classify(p).systemicRisk().status());
  }

  /** Guidelines section 2.3: when the Commission accepts the Art. 52(2) arguments, the model is not systemic. */
  @Test
  void accepted_rebuttal_gives_rebutted() {
    ModelProfile p = textModel("2E+25").rebuttalSubmittedOn(LocalDate.of(2026, 1, 2))
        .addCommissionDecisions(CommissionDecision.of(DecisionKind.REBUTTAL_ACCEPTED, LocalDate.of(2026, 4, 1)))
        .build();
    SystemicRiskAssessment s = classify(p).systemicRisk();
    assertEquals(SystemicRiskStatus.REBUTTED, s.status());
    assertEquals(LocalDate.of(2026, 4, 1), s.since());
  }

  /** Art. 52(3): rejected arguments mean the model "shall be considered" a GPAI model with systemic risk. */
  @Test
  void rejected_rebuttal_gives_presumed() {
    ModelProfile p = textModel("2E+25")
        .addCommissionDecisions(CommissionDecision.of(DecisionKind.REBUTTAL_REJECTED, LocalDate.of(2026, 4, 1)))
        .build();
    SystemicRiskAssessment s = classify(p).systemicRisk();
    assertEquals(SystemicRiskStatus.PRESUMED, s.status());
    assertTrue(hasReason(s.reasons(), ReasonCode.SR_REBUTTAL_REJECTED));
  }

  /** Guidelines section 2.3: submitting arguments does not suspend the obligations; the model stays presumed. */
  @Test
  void pending_rebuttal_keeps_the_presumption() {
    ModelProfile p = textModel("2E+25").rebuttalSubmittedOn(LocalDate.of(2026, 1, 2)).build();
    SystemicRiskAssessment s = classify(p).systemicRisk();
    assertEquals(SystemicRiskStatus.PRESUMED, s.status());
    assertTrue(hasReason(s.reasons(), ReasonCode.SR_REBUTTAL_PENDING));
  }

  /** Annex XIII(f): exactly 10 000 registered business users in the Union trigger the reach presumption. */
  @Test
  void ten_thousand_business_users_presume_reach() {
    assertEquals(Fact.YES, classify(textModel("5E+24").registeredEuBusinessUsers(10_000L).build())
        .systemicRisk().reachPresumed());
    assertEquals(Fact.NO, classify(textModel("5E+24").registeredEuBusinessUsers(9_999L).build())
        .systemicRisk().reachPresumed());
  }

  /** Reach is a designation criterion, not a presumption: it does not by itself change the status. */
  @Test
  void reach_alone_does_not_make_a_model_systemic() {
    ModelProfile p = textModel("5E+24").registeredEuBusinessUsers(2_000_000L).build();
    assertEquals(SystemicRiskStatus.NOT_PRESUMED, classify(p).systemicRisk().status());
  }

  // ------------------------------------------------------------ GPAI model

  /** Guidelines section 2.1: the compute criterion is "greater than 10^23 FLOP", so exactly 10^23 does not meet it. */
  @Test
  void exactly_ten_to_the_23_flop_is_not_indicatively_gpai() {
    GpaiModelAssessment g = classify(textModel("1E+23").build()).gpaiModel();
    assertEquals(GpaiModelStatus.NOT_GPAI_MODEL, g.status());
    assertEquals(Fact.NO, g.indicativeCriterionMet());
  }

  /** Guidelines section 2.1: the next double above 10^23 FLOP with text output meets the criterion. */
  @Test
  void next_double_above_ten_to_the_23_flop_generating_text_is_gpai() {
    ModelProfile p = textModel(BigDecimal.valueOf(Math.nextUp(1e23))).build();
    assertEquals(GpaiModelStatus.GPAI_MODEL, classify(p).gpaiModel().status());
  }

  /** Guidelines section 2.1: text-to-image generation counts as a generative modality. */
  @Test
  void text_to_image_model_meets_the_modality_part() {
    ModelProfile p = ModelProfile.builder().trainingCompute(ComputeEstimate.of("5E+23", EstimationMethod.MEASURED))
        .addInputModalities(Modality.TEXT).addOutputModalities(Modality.IMAGES).build();
    assertEquals(GpaiModelStatus.GPAI_MODEL, classify(p).gpaiModel().status());
  }

  /** Guidelines section 2.1: image super-resolution (image in, image out) is not a generative modality. */
  @Test
  void image_to_image_model_does_not_meet_the_modality_part() {
    ModelProfile p = ModelProfile.builder().trainingCompute(ComputeEstimate.of("5E+24", EstimationMethod.MEASURED))
        .addInputModalities(Modality.IMAGES).addOutputModalities(Modality.IMAGES).build();
    assertEquals(GpaiModelStatus.NOT_GPAI_MODEL, classify(p).gpaiModel().status());
  }

  /** Unstated output modalities are unknown, so the GPAI answer is INDETERMINATE. */
  @Test
  void unstated_modalities_leave_gpai_indeterminate() {
    ModelProfile p = ModelProfile.builder().trainingCompute(ComputeEstimate.of("5E+24", EstimationMethod.MEASURED))
        .build();
    assertEquals(GpaiModelStatus.INDETERMINATE, classify(p).gpaiModel().status());
  }

  /** Guidelines section 2.1: the criterion is rebuttable; a proven lack of generality makes it not a GPAI model. */
  @Test
  void lack_of_generality_rebuts_the_criterion() {
    ModelProfile p = textModel("5E+24").significantGenerality(Fact.NO).build();
    GpaiModelAssessment g = classify(p).gpaiModel();
    assertEquals(GpaiModelStatus.NOT_GPAI_MODEL, g.status());
    assertEquals(Fact.YES, g.indicativeCriterionMet());
  }

  /** Guidelines section 2.1: a model below the criterion that shows significant generality is a GPAI model. */
  @Test
  void established_generality_overrides_an_unmet_criterion() {
    ModelProfile p = textModel("5E+22").significantGenerality(Fact.YES).build();
    assertEquals(GpaiModelStatus.GPAI_MODEL, classify(p).gpaiModel().status());
  }

  // ------------------------------------------------------------ open source

  private static OpenSourceFacts.Builder allOpen() {
    return OpenSourceFacts.builder().licence("Apache-2.0").freeAccess(Fact.YES).freeUse(Fact.YES)
        .freeModification(Fact.YES).freeDistribution(Fact.YES).weightsPublic(Fact.YES).architecturePublic(Fact.YES)
        .usageInformationPublic(Fact.YES).monetised(Fact.NO);
  }

  /** Art. 53(2): a free and open-source model with weights, architecture and usage information public is exempt. */
  @Test
  void fully_open_unmonetised_model_is_exempt() {
    OpenSourceAssessment o = classify(textModel("2E+23").openSource(allOpen().build()).build()).openSourceExemption();
    assertEquals(ExemptionStatus.EXEMPT, o.status());
    assertTrue(o.blockers().isEmpty());
  }

  /** "Unsure" is not compliant: one unknown condition leaves the exemption INDETERMINATE with that blocker. */
  @Test
  void one_unknown_condition_leaves_the_exemption_indeterminate() {
    ModelProfile p = textModel("2E+23").openSource(allOpen().usageInformationPublic(Fact.UNKNOWN).build()).build();
    OpenSourceAssessment o = classify(p).openSourceExemption();
    assertEquals(ExemptionStatus.INDETERMINATE, o.status());
    assertEquals(List.of(ExemptionCondition.USAGE_INFORMATION_PUBLIC),
        o.blockers().stream().map(ExemptionBlocker::condition).toList());
    assertEquals(Fact.UNKNOWN, o.blockers().get(0).satisfied());
  }

  /** Recital 103: free access paid for by advertising on an exclusive platform is monetisation. */
  @Test
  void a_monetisation_sign_blocks_the_exemption() {
    ModelProfile p = textModel("2E+23")
        .openSource(allOpen().addMonetisationSigns(MonetisationSign.EXCLUSIVE_PAID_HOSTING).build()).build();
    OpenSourceAssessment o = classify(p).openSourceExemption();
    assertEquals(ExemptionStatus.NOT_EXEMPT, o.status());
    assertEquals(ExemptionCondition.NOT_MONETISED, o.blockers().get(0).condition());
  }

  /** Guidelines section 4: a research-only licence is not a free and open-source licence. */
  @Test
  void a_research_only_licence_blocks_the_exemption() {
    ModelProfile p = textModel("2E+23").openSource(
        allOpen().addLicenceRestrictions(LicenceRestriction.NON_COMMERCIAL_OR_RESEARCH_ONLY).build()).build();
    assertEquals(ExemptionStatus.NOT_EXEMPT, classify(p).openSourceExemption().status());
  }

  /** Arts. 53(2) and 54(6): the exemption does not apply to a GPAI model with systemic risk. */
  @Test
  void systemic_risk_cancels_the_exemption() {
    OpenSourceAssessment o = classify(textModel("2E+25").openSource(allOpen().build()).build())
        .openSourceExemption();
    assertEquals(ExemptionStatus.NOT_EXEMPT, o.status());
    assertEquals(ExemptionCondition.NO_SYSTEMIC_RISK, o.blockers().get(0).condition());
  }

  // ------------------------------------------------------------ modifier

  private static ModelProfile modification(String mod, String base, Fact baseSystemic) {
    ModificationFacts.Builder m = ModificationFacts.builder().baseModel("Base")
        .modificationCompute(ComputeEstimate.of(mod, EstimationMethod.MEASURED)).baseModelSystemicRisk(baseSystemic);
    if (base != null) {
      m.baseModelCompute(ComputeEstimate.of(base, EstimationMethod.ARCHITECTURE_6PD));
    }
    return textModel("5E+24").modification(m.build()).build();
  }

  /** Guidelines section 3.2: "more than a third"; exactly one third of the original's compute is not enough. */
  @Test
  void exactly_one_third_of_the_original_is_not_a_provider() {
    ModifierAssessment m = classify(modification("1E+24", "3E+24", Fact.NO)).downstreamModifier();
    assertEquals(ModifierStatus.NOT_PROVIDER, m.status());
    assertEquals(ModificationReference.ORIGINAL_MODEL_COMPUTE, m.reference());
  }

  /** Guidelines section 3.2: the next double above one third of the original's compute makes the modifier provider. */
  @Test
  void just_above_one_third_of_the_original_is_a_provider() {
    String mod = BigDecimal.valueOf(Math.nextUp(1e24)).toString();
    assertEquals(ModifierStatus.PROVIDER_OF_MODIFIED_MODEL,
        classify(modification(mod, "3E+24", Fact.NO)).downstreamModifier().status());
  }

  /** Guidelines section 3.2 fallback: original with systemic risk and unknown compute, threshold 1/3 of 10^25. */
  @Test
  void fallback_for_a_systemic_original_is_one_third_of_ten_to_the_25() {
    assertEquals(ModifierStatus.NOT_PROVIDER,
        classify(modification("3.3333333333333333E+24", null, Fact.YES)).downstreamModifier().status());
    ModifierAssessment m = classify(modification("3.3333333333333334E+24", null, Fact.YES)).downstreamModifier();
    assertEquals(ModifierStatus.PROVIDER_OF_MODIFIED_MODEL, m.status());
    assertEquals(ModificationReference.FALLBACK_SYSTEMIC_RISK_THRESHOLD, m.reference());
  }

  /** Guidelines section 3.2 fallback: original without systemic risk and unknown compute, threshold 1/3 of 10^23. */
  @Test
  void fallback_for_a_non_systemic_original_is_one_third_of_ten_to_the_23() {
    assertEquals(ModifierStatus.NOT_PROVIDER,
        classify(modification("3.3E+22", null, Fact.NO)).downstreamModifier().status());
    assertEquals(ModifierStatus.PROVIDER_OF_MODIFIED_MODEL,
        classify(modification("3.4E+22", null, Fact.NO)).downstreamModifier().status());
  }

  /** With the original's compute and systemic status both unknown, a value between the fallbacks is undecided. */
  @Test
  void undecided_fallback_between_the_two_thresholds_is_indeterminate() {
    ModifierAssessment m = classify(modification("1E+24", null, Fact.UNKNOWN)).downstreamModifier();
    assertEquals(ModifierStatus.INDETERMINATE, m.status());
    assertEquals(ModificationReference.FALLBACK_UNDECIDED, m.reference());
  }

  /** Above one third of 10^25 exceeds both fallbacks, so the undecided case still decides. */
  @Test
  void undecided_fallback_above_both_thresholds_is_a_provider() {
    assertEquals(ModifierStatus.PROVIDER_OF_MODIFIED_MODEL,
        classify(modification("4E+24", null, Fact.UNKNOWN)).downstreamModifier().status());
  }

  /** Guidelines section 3.2: a modifier of a model with systemic risk that becomes provider is presumed systemic. */
  @Test
  void modifier_of_a_systemic_model_is_presumed_systemic_and_must_notify() {
    ModelProfile p = modification("7E+24", "2E+25", Fact.YES);
    Classification c = classify(p);
    assertEquals(SystemicRiskStatus.PRESUMED, c.systemicRisk().status());
    assertTrue(hasReason(c.systemicRisk().reasons(), ReasonCode.SR_MODIFIER_OF_SYSTEMIC_MODEL));
    assertEquals(Fact.YES, c.notification().required());
  }

  /** A modification whose compute is unknown leaves the modifier question INDETERMINATE. */
  @Test
  void unknown_modification_compute_is_indeterminate() {
    ModelProfile p = textModel("5E+24").modification(ModificationFacts.builder().baseModel("Base").build()).build();
    assertEquals(ModifierStatus.INDETERMINATE, classify(p).downstreamModifier().status());
  }

  // ------------------------------------------------------------ notification and reassessment

  /**
   * Art. 52(1): notify "within two weeks after that requirement is met or it becomes known that it will be met";
   * the earlier date starts the period.
   */
  @Test
  void notification_is_due_two_weeks_after_the_earlier_trigger() {
    ModelProfile p = textModel("2E+25").thresholdMetOn(LocalDate.of(2026, 3, 1))
        .thresholdKnownOn(LocalDate.of(2026, 1, 12)).build();
    NotificationAssessment n = classify(p).notification();
    assertEquals(LocalDate.of(2026, 1, 12), n.trigger());
    assertEquals(LocalDate.of(2026, 1, 26), n.dueDate());
    assertEquals(NotificationStatus.OVERDUE, n.status());
  }

  /** Art. 52(1): a notification on the fourteenth day is in time; on the fifteenth it is late. */
  @Test
  void notification_on_day_fourteen_is_in_time_and_on_day_fifteen_is_late() {
    ModelProfile.Builder b = textModel("2E+25").thresholdMetOn(LocalDate.of(2026, 1, 12));
    assertEquals(NotificationStatus.NOTIFIED,
        classify(b.notifiedOn(LocalDate.of(2026, 1, 26)).build()).notification().status());
    assertEquals(NotificationStatus.NOTIFIED_LATE,
        classify(b.notifiedOn(LocalDate.of(2026, 1, 27)).build()).notification().status());
  }

  /** Guidelines section 5.3: a condition met before Chapter V applied counts from 2 August 2025, due 16 August. */
  @Test
  void trigger_before_chapter_five_counts_from_the_second_of_august_2025() {
    ModelProfile p = textModel("2E+25").thresholdKnownOn(LocalDate.of(2025, 5, 1)).build();
    NotificationAssessment n = classify(p).notification();
    assertEquals(LocalDate.of(2025, 8, 2), n.trigger());
    assertEquals(LocalDate.of(2025, 8, 16), n.dueDate());
  }

  /**
   * Art. 111(3): providers of models placed on the market before 2 August 2025 have until 2 August 2027 to comply
   * with Chapter V, the Art. 52(1) notification included; the guidelines' "two weeks after 2 August 2025" concerns
   * models not yet placed.
   */
  @Test
  void a_model_placed_before_chapter_five_applied_notifies_by_the_second_of_august_2027() {
    ModelProfile p = textModel("2E+25").thresholdMetOn(LocalDate.of(2025, 3, 1))
        .unionPlacementDate(LocalDate.of(2025, 8, 1)).build();
    NotificationAssessment n = classify(p).notification();
    assertEquals(LocalDate.of(2027, 8, 2), n.dueDate());
    assertEquals(NotificationStatus.PENDING, n.status());
    assertTrue(hasReason(n.reasons(), ReasonCode.NOTIFY_LEGACY_DEADLINE));
  }

  /** Placed on 2 August 2025 itself is not "before 2 August 2025": the two weeks apply as usual. */
  @Test
  void a_model_placed_on_the_second_of_august_2025_is_not_a_legacy_model_for_notification() {
    ModelProfile p = textModel("2E+25").thresholdMetOn(LocalDate.of(2025, 3, 1))
        .unionPlacementDate(LocalDate.of(2025, 8, 2)).build();
    assertEquals(LocalDate.of(2025, 8, 16), classify(p).notification().dueDate());
  }

  /**
   * Art. 51(1)(a) with 51(2): above 10^25 FLOP the model has systemic risk from when the condition is met; a later
   * designation of the un-notified model (Art. 52(1), last sentence) does not move the start of the obligations to
   * the designation date (guidelines section 2.3).
   */
  @Test
  void a_designation_of_an_un_notified_presumed_model_keeps_the_date_the_condition_was_met() {
    ModelProfile p = textModel("2E+25").thresholdMetOn(LocalDate.of(2026, 1, 12))
        .addCommissionDecisions(CommissionDecision.of(DecisionKind.DESIGNATION_ANNEX_XIII, LocalDate.of(2026, 6, 1))).build();
    SystemicRiskAssessment s = classify(p).systemicRisk();
    assertEquals(SystemicRiskStatus.DESIGNATED, s.status());
    assertEquals(LocalDate.of(2026, 1, 12), s.since());
    assertTrue(hasReason(s.reasons(), ReasonCode.SR_PRESUMED_BEFORE_DESIGNATION));
  }

  /** An unknown trigger date gives no invented due date. */
  @Test
  void unknown_trigger_date_leaves_the_due_date_unknown() {
    NotificationAssessment n = classify(textModel("2E+25").build()).notification();
    assertEquals(NotificationStatus.DUE_DATE_UNKNOWN, n.status());
    assertNull(n.dueDate());
  }

  /** A notification not yet due is pending as of the evaluation date. */
  @Test
  void notification_not_yet_due_is_pending() {
    ModelProfile p = textModel("2E+25").thresholdKnownOn(AS_OF.minusDays(3)).build();
    assertEquals(NotificationStatus.PENDING, classify(p).notification().status());
  }

  /** An indeterminate presumption leaves the notification indeterminate, never "not required". */
  @Test
  void straddling_compute_leaves_the_notification_indeterminate() {
    ModelProfile p = textModel("1E+25").trainingCompute(
        ComputeEstimate.of("1E+25", EstimationMethod.HARDWARE_BASED, "8E+24", "1.2E+25")).build();
    assertEquals(NotificationStatus.INDETERMINATE, classify(p).notification().status());
  }

  /** Art. 52(5): reassessment no earlier than six months after the designation; 31 Aug 2026 gives 28 Feb 2027. */
  @Test
  void reassessment_is_possible_six_months_after_designation() {
    ModelProfile p = textModel("5E+24")
        .addCommissionDecisions(CommissionDecision.of(DecisionKind.DESIGNATION_ANNEX_XIII, LocalDate.of(2026, 8, 31))).build();
    assertEquals(LocalDate.of(2027, 2, 28), classify(p).reassessment().earliestRequest());
  }

  /** Art. 52(5), second sentence: a decision maintaining the designation restarts the six months. */
  @Test
  void maintained_designation_restarts_the_six_months() {
    ModelProfile p = textModel("5E+24")
        .addCommissionDecisions(CommissionDecision.of(DecisionKind.DESIGNATION_ANNEX_XIII, LocalDate.of(2025, 9, 1)),
            CommissionDecision.of(DecisionKind.REASSESSMENT_MAINTAINED, LocalDate.of(2026, 4, 15)))
        .build();
    ReassessmentAssessment r = classify(p).reassessment();
    assertEquals(LocalDate.of(2026, 4, 15), r.decisionDate());
    assertEquals(LocalDate.of(2026, 10, 15), r.earliestRequest());
  }

  /** A designation lifted on reassessment no longer makes the model systemic. */
  @Test
  void lifted_designation_is_no_longer_designated() {
    ModelProfile p = textModel("5E+24")
        .addCommissionDecisions(CommissionDecision.of(DecisionKind.DESIGNATION_ANNEX_XIII, LocalDate.of(2025, 9, 1)),
            CommissionDecision.of(DecisionKind.REASSESSMENT_LIFTED, LocalDate.of(2026, 4, 15)))
        .build();
    Classification c = classify(p);
    assertEquals(SystemicRiskStatus.NOT_PRESUMED, c.systemicRisk().status());
    assertNull(c.reassessment().earliestRequest());
  }

  /** A notification dated after the evaluation date had not been made as of that date. */
  @Test
  void notification_dated_after_the_evaluation_date_is_not_yet_made() {
    ModelProfile p = textModel("2E+25").thresholdMetOn(AS_OF.minusDays(20)).notifiedOn(AS_OF.plusDays(1)).build();
    NotificationAssessment n = classify(p).notification();
    assertEquals(NotificationStatus.OVERDUE, n.status());
    assertNull(n.notifiedOn());
  }

  /** Art. 52(4): a designation on Annex XIII criteria does not by itself call for an Art. 52(1) notification. */
  @Test
  void designation_below_the_threshold_does_not_require_a_notification() {
    ModelProfile p = textModel("5E+24")
        .addCommissionDecisions(CommissionDecision.of(DecisionKind.DESIGNATION_ANNEX_XIII, LocalDate.of(2026, 3, 10))).build();
    assertEquals(NotificationStatus.NOT_REQUIRED, classify(p).notification().status());
  }

  /** The classification records the rule set and the evaluation date it was made under. */
  @Test
  void classification_records_rule_set_and_date() {
    Classification c = classify(textModel("5E+24").build());
    assertEquals("gpai-2026.1", c.ruleSetId());
    assertEquals(AS_OF, c.asOf());
  }
}
