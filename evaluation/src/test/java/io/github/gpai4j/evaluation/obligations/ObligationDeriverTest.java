package io.github.gpai4j.evaluation.obligations;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.github.gpai4j.core.LegalBasis;
import io.github.gpai4j.core.Recipient;
import io.github.gpai4j.evaluation.classification.CommissionDecision;
import io.github.gpai4j.evaluation.classification.ComputeEstimate;
import io.github.gpai4j.evaluation.classification.DecisionKind;
import io.github.gpai4j.evaluation.classification.EstimationMethod;
import io.github.gpai4j.evaluation.classification.Fact;
import io.github.gpai4j.evaluation.classification.ModelClassifier;
import io.github.gpai4j.core.Modality;
import io.github.gpai4j.evaluation.classification.ModelProfile;
import io.github.gpai4j.evaluation.classification.ModificationFacts;
import io.github.gpai4j.evaluation.classification.OpenSourceFacts;
import io.github.gpai4j.evaluation.classification.ProviderEstablishment;
import io.github.gpai4j.evaluation.classification.ReasonCode;
import io.github.gpai4j.evaluation.rules.GpaiRuleSet;
import java.time.LocalDate;
import java.time.Period;
import java.util.Arrays;
import org.junit.jupiter.api.Test;

class ObligationDeriverTest {

  private static final LocalDate AS_OF = LocalDate.of(2026, 11, 28);
  private final ObligationDeriver deriver = ObligationDeriver.withCurrentRules();

  private static ModelProfile.Builder model(String flop, LocalDate placed) {
    return ModelProfile.builder()
        .modelName("Test")
        .providerEstablishment(ProviderEstablishment.UNION)
        .trainingCompute(ComputeEstimate.of(flop, EstimationMethod.MEASURED))
        .addInputModalities(Modality.TEXT)
        .addOutputModalities(Modality.TEXT)
        .unionPlacementDate(placed);
  }

  private Obligation derive(ModelProfile p, ObligationId id) {
    return deriver.derive(p, AS_OF).get(id);
  }

  private static OpenSourceFacts allOpen() {
    return OpenSourceFacts.builder().licence("Apache-2.0").freeAccess(Fact.YES).freeUse(Fact.YES)
        .freeModification(Fact.YES).freeDistribution(Fact.YES).weightsPublic(Fact.YES).architecturePublic(Fact.YES)
        .usageInformationPublic(Fact.YES).monetised(Fact.NO).build();
  }

  /** The schedule has one entry per obligation, in the order of the Act. */
  @Test
  void schedule_lists_every_obligation_in_order() {
    ObligationSchedule s = deriver.derive(model("5E+24", LocalDate.of(2026, 3, 2)).build(), AS_OF);
    assertEquals(Arrays.asList(ObligationId.values()), s.obligations().stream().map(Obligation::id).toList());
  }

  /** Art. 53(1): a new GPAI model's documentation is due at placement and binds from then. */
  @Test
  void new_model_documentation_is_due_at_placement() {
    Obligation o = derive(model("5E+24", LocalDate.of(2026, 3, 2)).build(),
        ObligationId.ART_53_1_A_TECHNICAL_DOCUMENTATION);
    assertEquals(ObligationStatus.APPLIES, o.status());
    assertEquals(LocalDate.of(2026, 3, 2), o.effectiveDate());
    assertEquals(LocalDate.of(2026, 3, 2), o.dueDate());
    assertEquals(java.util.List.of(Recipient.AI_OFFICE, Recipient.NATIONAL_COMPETENT_AUTHORITY), o.recipients());
  }

  /** Art. 111(3): a model placed on 1 August 2025, before Chapter V applied, must comply by 2 August 2027. */
  @Test
  void model_placed_the_day_before_chapter_five_is_due_in_august_2027() {
    Obligation o = derive(model("5E+24", LocalDate.of(2025, 8, 1)).build(),
        ObligationId.ART_53_1_D_TRAINING_CONTENT_SUMMARY);
    assertEquals(LocalDate.of(2025, 8, 2), o.effectiveDate());
    assertEquals(LocalDate.of(2027, 8, 2), o.dueDate());
    assertTrue(o.legalBases().contains(LegalBasis.article(111, "3")));
  }

  /** Art. 113(b): a model placed on 2 August 2025 is not a legacy model; it is due at placement. */
  @Test
  void model_placed_on_the_day_chapter_five_applies_is_due_at_placement() {
    Obligation o = derive(model("5E+24", LocalDate.of(2025, 8, 2)).build(),
        ObligationId.ART_53_1_D_TRAINING_CONTENT_SUMMARY);
    assertEquals(LocalDate.of(2025, 8, 2), o.dueDate());
  }

  /** Arts. 101 and 113: fines and enforcement start 2 August 2026, even for obligations due earlier. */
  @Test
  void enforcement_starts_the_second_of_august_2026() {
    Obligation early = derive(model("5E+24", LocalDate.of(2025, 10, 1)).build(),
        ObligationId.ART_53_1_C_COPYRIGHT_POLICY);
    assertEquals(LocalDate.of(2026, 8, 2), early.enforceableFrom());
    Obligation late = derive(model("5E+24", LocalDate.of(2026, 9, 1)).build(),
        ObligationId.ART_53_1_C_COPYRIGHT_POLICY);
    assertEquals(LocalDate.of(2026, 9, 1), late.enforceableFrom());
  }

  /** Art. 54(3)(b) and CoP Transparency Measure 1.1: documentation is kept ten years after placement. */
  @Test
  void documentation_is_kept_ten_years_after_placement() {
    Obligation o = derive(model("5E+24", LocalDate.of(2026, 3, 2)).build(),
        ObligationId.ART_53_1_A_TECHNICAL_DOCUMENTATION);
    assertEquals(LocalDate.of(2036, 3, 2), o.retainUntil());
  }

  /** CoP Transparency Measure 1.2: downstream providers' requests are answered within 14 days. */
  @Test
  void downstream_requests_are_answered_within_fourteen_days() {
    Obligation o = derive(model("5E+24", LocalDate.of(2026, 3, 2)).build(),
        ObligationId.ART_53_1_B_DOWNSTREAM_INFORMATION);
    assertEquals(Period.ofDays(14), o.responsePeriod());
    assertEquals(java.util.List.of(Recipient.DOWNSTREAM_PROVIDER), o.recipients());
  }

  /** Training-content template: published at placement, updated at least every six months while training continues. */
  @Test
  void training_content_summary_is_published_and_updated_every_six_months() {
    Obligation o = derive(model("5E+24", LocalDate.of(2026, 3, 2)).trainingContinues(Fact.YES).build(),
        ObligationId.ART_53_1_D_TRAINING_CONTENT_SUMMARY);
    assertTrue(o.published());
    assertEquals(Period.ofMonths(6), o.updateInterval());
    assertEquals(LocalDate.of(2026, 3, 2), o.dueDate());
  }

  /** Art. 53(2): the open-source exemption lifts Art. 53(1)(a) and (b) but never (c) and (d). */
  @Test
  void open_source_exemption_lifts_documentation_but_not_copyright_or_summary() {
    ModelProfile p = model("2E+23", LocalDate.of(2026, 3, 2)).openSource(allOpen()).build();
    ObligationSchedule s = deriver.derive(p, AS_OF);
    assertEquals(ObligationStatus.EXEMPT, s.get(ObligationId.ART_53_1_A_TECHNICAL_DOCUMENTATION).status());
    assertEquals(ObligationStatus.EXEMPT, s.get(ObligationId.ART_53_1_B_DOWNSTREAM_INFORMATION).status());
    assertEquals(ObligationStatus.APPLIES, s.get(ObligationId.ART_53_1_C_COPYRIGHT_POLICY).status());
    assertEquals(ObligationStatus.APPLIES, s.get(ObligationId.ART_53_1_D_TRAINING_CONTENT_SUMMARY).status());
  }

  /**
   * Art. 53(2) is an exception its beneficiary must establish: with one condition unknown the exemption does not
   * lift Art. 53(1)(a), and the reason says which condition is missing ("unsure" never counts as compliant).
   */
  @Test
  void undecided_open_source_exemption_does_not_lift_documentation() {
    ModelProfile p = model("2E+23", LocalDate.of(2026, 3, 2))
        .openSource(OpenSourceFacts.builder().from(allOpen()).monetised(Fact.UNKNOWN).build()).build();
    Obligation o = derive(p, ObligationId.ART_53_1_A_TECHNICAL_DOCUMENTATION);
    assertEquals(ObligationStatus.APPLIES, o.status());
    assertTrue(o.reasons().stream().anyMatch(r -> r.code() == ReasonCode.OBL_OPEN_SOURCE_INDETERMINATE
        && r.text().contains("1 of its conditions")));
  }

  /** Art. 54(1): only providers established in a third country appoint an authorised representative. */
  @Test
  void authorised_representative_does_not_apply_to_a_union_provider() {
    assertEquals(ObligationStatus.NOT_APPLICABLE, derive(model("5E+24", LocalDate.of(2026, 3, 2)).build(),
        ObligationId.ART_54_AUTHORISED_REPRESENTATIVE).status());
  }

  /** Art. 54(1): a third-country provider appoints the representative before placing on the market. */
  @Test
  void third_country_provider_appoints_a_representative_before_placement() {
    Obligation o = derive(model("5E+24", LocalDate.of(2026, 3, 2))
        .providerEstablishment(ProviderEstablishment.THIRD_COUNTRY).build(),
        ObligationId.ART_54_AUTHORISED_REPRESENTATIVE);
    assertEquals(ObligationStatus.APPLIES, o.status());
    assertEquals(LocalDate.of(2026, 3, 2), o.dueDate());
    assertEquals(LocalDate.of(2036, 3, 2), o.retainUntil());
  }

  /** Art. 54(6): an open-source model without systemic risk is exempt from Art. 54. */
  @Test
  void open_source_third_country_provider_is_exempt_from_article_54() {
    Obligation o = derive(model("2E+23", LocalDate.of(2026, 3, 2))
        .providerEstablishment(ProviderEstablishment.THIRD_COUNTRY).openSource(allOpen()).build(),
        ObligationId.ART_54_AUTHORISED_REPRESENTATIVE);
    assertEquals(ObligationStatus.EXEMPT, o.status());
    assertTrue(o.legalBases().contains(LegalBasis.article(54, "6")));
  }

  /** Unknown establishment leaves Art. 54 INDETERMINATE. */
  @Test
  void unknown_establishment_makes_article_54_indeterminate() {
    Obligation o = derive(model("5E+24", LocalDate.of(2026, 3, 2))
        .providerEstablishment(ProviderEstablishment.UNKNOWN).build(), ObligationId.ART_54_AUTHORISED_REPRESENTATIVE);
    assertEquals(ObligationStatus.INDETERMINATE, o.status());
  }

  /** Art. 55(1): the additional obligations apply from the day the Art. 51(1)(a) condition was met. */
  @Test
  void article_55_applies_from_the_day_the_condition_was_met() {
    Obligation o = derive(model("3E+25", LocalDate.of(2026, 3, 2)).thresholdMetOn(LocalDate.of(2026, 1, 12)).build(),
        ObligationId.ART_55_1_C_SERIOUS_INCIDENT_REPORTING);
    assertEquals(ObligationStatus.APPLIES, o.status());
    assertEquals(LocalDate.of(2026, 1, 12), o.effectiveDate());
    assertEquals(java.util.List.of(Recipient.AI_OFFICE, Recipient.NATIONAL_COMPETENT_AUTHORITY), o.recipients());
  }

  /** Art. 55 does not apply to a model without systemic risk. */
  @Test
  void article_55_does_not_apply_without_systemic_risk() {
    assertEquals(ObligationStatus.NOT_APPLICABLE, derive(model("5E+24", LocalDate.of(2026, 3, 2)).build(),
        ObligationId.ART_55_1_A_MODEL_EVALUATION).status());
  }

  /** Guidelines section 2.3: after accepted arguments the Art. 55 obligations end. */
  @Test
  void article_55_ends_after_an_accepted_rebuttal() {
    ModelProfile p = model("3E+25", LocalDate.of(2026, 3, 2))
        .addCommissionDecisions(CommissionDecision.of(DecisionKind.REBUTTAL_ACCEPTED, LocalDate.of(2026, 5, 1)))
        .build();
    assertEquals(ObligationStatus.NOT_APPLICABLE, derive(p, ObligationId.ART_55_1_D_CYBERSECURITY).status());
  }

  /** A straddling compute estimate leaves Art. 55 INDETERMINATE, never NOT_APPLICABLE. */
  @Test
  void article_55_is_indeterminate_when_systemic_risk_is() {
    ModelProfile p = model("1E+25", LocalDate.of(2026, 3, 2)).trainingCompute(
        ComputeEstimate.of("1E+25", EstimationMethod.HARDWARE_BASED, "8E+24", "1.2E+25")).build();
    assertEquals(ObligationStatus.INDETERMINATE, derive(p, ObligationId.ART_55_1_B_SYSTEMIC_RISK_MITIGATION).status());
  }

  /** Art. 52(1): the notification obligation carries the two-week due date to the AI Office. */
  @Test
  void notification_obligation_is_due_two_weeks_after_the_trigger() {
    Obligation o = derive(model("3E+25", LocalDate.of(2026, 3, 2)).thresholdKnownOn(LocalDate.of(2025, 11, 3))
        .build(), ObligationId.ART_52_1_NOTIFICATION);
    assertEquals(ObligationStatus.APPLIES, o.status());
    assertEquals(LocalDate.of(2025, 11, 3), o.effectiveDate());
    assertEquals(LocalDate.of(2025, 11, 17), o.dueDate());
    assertEquals(java.util.List.of(Recipient.AI_OFFICE), o.recipients());
  }

  /** A model that is not a GPAI model has no Chapter V obligations. */
  @Test
  void no_obligation_applies_to_a_model_that_is_not_gpai() {
    ObligationSchedule s = deriver.derive(model("5E+22", LocalDate.of(2026, 3, 2)).build(), AS_OF);
    assertTrue(s.obligations().stream().allMatch(o -> o.status() == ObligationStatus.NOT_APPLICABLE));
  }

  /** Guidelines section 3.2: a modifier below one third is not the provider and has none of these obligations. */
  @Test
  void no_obligation_applies_to_a_modifier_that_did_not_become_provider() {
    ModelProfile p = model("5E+24", LocalDate.of(2026, 3, 2)).modification(ModificationFacts.builder()
        .baseModelCompute(ComputeEstimate.of("3E+24", EstimationMethod.ARCHITECTURE_6PD))
        .modificationCompute(ComputeEstimate.of("1E+24", EstimationMethod.MEASURED)).build()).build();
    ObligationSchedule s = deriver.derive(p, AS_OF);
    assertTrue(s.obligations().stream().allMatch(o -> o.status() == ObligationStatus.NOT_APPLICABLE));
  }

  /** Recital 109: a modifier that became provider has obligations limited to the modification. */
  @Test
  void modifier_provider_obligations_are_limited_to_the_modification() {
    ModelProfile p = model("5E+24", LocalDate.of(2026, 3, 2)).modification(ModificationFacts.builder()
        .baseModelCompute(ComputeEstimate.of("3E+24", EstimationMethod.ARCHITECTURE_6PD))
        .modificationCompute(ComputeEstimate.of("2E+24", EstimationMethod.MEASURED)).build()).build();
    Obligation o = derive(p, ObligationId.ART_53_1_A_TECHNICAL_DOCUMENTATION);
    assertEquals(ObligationStatus.APPLIES, o.status());
    assertTrue(o.reasons().stream().anyMatch(r -> r.code() == ReasonCode.OBL_MODIFIER_SCOPE));
  }

  /** An unknown placement date gives no invented dates. */
  @Test
  void unknown_placement_date_leaves_the_dates_unknown() {
    ModelProfile p = ModelProfile.builder().from(model("5E+24", LocalDate.of(2026, 3, 2)).build())
        .unionPlacementDate(null).build();
    Obligation o = derive(p, ObligationId.ART_53_1_A_TECHNICAL_DOCUMENTATION);
    assertEquals(ObligationStatus.APPLIES, o.status());
    assertNull(o.dueDate());
    assertNull(o.retainUntil());
    assertTrue(o.reasons().stream().anyMatch(r -> r.code() == ReasonCode.OBL_PLACEMENT_UNKNOWN));
  }

  /** A classification made under another rule set is refused rather than mixed. */
  @Test
  void refuses_a_classification_from_another_rule_set() {
    GpaiRuleSet other = GpaiRuleSet.builder().from(GpaiRuleSet.current()).id("other").build();
    ModelProfile p = model("5E+24", LocalDate.of(2026, 3, 2)).build();
    assertThrows(IllegalArgumentException.class,
        () -> deriver.derive(p, new ModelClassifier(other).classify(p, AS_OF)));
  }

  /** Art. 3(9): before its planned placement the model's Art. 53 obligations bind from, and are due on, that date. */
  @Test
  void planned_placement_after_the_evaluation_date_dates_the_obligations() {
    Obligation o = derive(model("5E+24", LocalDate.of(2027, 1, 15)).build(),
        ObligationId.ART_53_1_D_TRAINING_CONTENT_SUMMARY);
    assertEquals(ObligationStatus.APPLIES, o.status());
    assertEquals(LocalDate.of(2027, 1, 15), o.effectiveDate());
    assertEquals(LocalDate.of(2027, 1, 15), o.dueDate());
    assertTrue(o.reasons().stream().anyMatch(r -> r.code() == ReasonCode.OBL_NOT_YET_PLACED));
  }

  /** Art. 111(3) covers Art. 55 too: a legacy model with systemic risk complies by 2 August 2027. */
  @Test
  void legacy_systemic_model_complies_with_article_55_by_august_2027() {
    Obligation o = derive(model("3E+25", LocalDate.of(2025, 3, 1)).thresholdMetOn(LocalDate.of(2024, 11, 1)).build(),
        ObligationId.ART_55_1_A_MODEL_EVALUATION);
    assertEquals(LocalDate.of(2025, 8, 2), o.effectiveDate());
    assertEquals(LocalDate.of(2027, 8, 2), o.dueDate());
  }

  /** Art. 53(1)(c)-(d) still apply to a model whose Art. 52(2) arguments were accepted. */
  @Test
  void rebutted_model_keeps_the_article_53_obligations() {
    ModelProfile p = model("3E+25", LocalDate.of(2026, 3, 2))
        .addCommissionDecisions(CommissionDecision.of(DecisionKind.REBUTTAL_ACCEPTED, LocalDate.of(2026, 5, 1)))
        .build();
    assertEquals(ObligationStatus.APPLIES, derive(p, ObligationId.ART_53_1_C_COPYRIGHT_POLICY).status());
  }
}
