package io.github.gpai4j.evaluation.obligations;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.github.gpai4j.evaluation.classification.ComputeEstimate;
import io.github.gpai4j.evaluation.classification.EstimationMethod;
import io.github.gpai4j.evaluation.classification.Fact;
import io.github.gpai4j.core.Modality;
import io.github.gpai4j.evaluation.classification.ModelProfile;
import io.github.gpai4j.evaluation.classification.ModificationFacts;
import io.github.gpai4j.evaluation.classification.ProviderEstablishment;
import io.github.gpai4j.evaluation.classification.Reason;
import io.github.gpai4j.evaluation.classification.ReasonCode;
import java.time.LocalDate;
import org.junit.jupiter.api.Test;

/** Obligation dates and sources checked against Regulation (EU) 2024/1689, the guidelines and the Code. */
class ObligationFidelityTest {

  private static final LocalDate AS_OF = LocalDate.of(2026, 11, 28);
  private final ObligationDeriver deriver = ObligationDeriver.withCurrentRules();

  /** A model with 3.8·10^25 FLOP whose modalities are not stated, so whether it is a GPAI model is undecided. */
  private static ModelProfile undecidedGpai() {
    return ModelProfile.builder().providerEstablishment(ProviderEstablishment.THIRD_COUNTRY)
        .trainingCompute(ComputeEstimate.of("3.8E+25", EstimationMethod.MEASURED))
        .unionPlacementDate(LocalDate.of(2026, 3, 2)).thresholdMetOn(LocalDate.of(2026, 1, 12)).build();
  }

  /**
   * Guidelines section 2.3: Art. 55 obligations apply "from the moment" the Art. 51(1) condition is met. An undecided
   * Art. 55 obligation carries the date it would have if it applied (12 January 2026, the condition), not the
   * placement date.
   */
  @Test
  void undecided_article_55_obligation_keeps_the_date_the_condition_was_met() {
    Obligation o = deriver.derive(undecidedGpai(), AS_OF).get(ObligationId.ART_55_1_A_MODEL_EVALUATION);
    assertEquals(ObligationStatus.INDETERMINATE, o.status());
    assertEquals(LocalDate.of(2026, 1, 12), o.effectiveDate());
    assertEquals(LocalDate.of(2026, 1, 12), o.dueDate());
  }

  /**
   * Art. 52(1): two weeks after the condition is met. An undecided notification carries 26 January 2026 (12 January
   * plus 14 days), not the placement date.
   */
  @Test
  void undecided_notification_keeps_its_two_week_due_date() {
    Obligation o = deriver.derive(undecidedGpai(), AS_OF).get(ObligationId.ART_52_1_NOTIFICATION);
    assertEquals(ObligationStatus.INDETERMINATE, o.status());
    assertEquals(LocalDate.of(2026, 1, 12), o.effectiveDate());
    assertEquals(LocalDate.of(2026, 1, 26), o.dueDate());
  }

  /** Art. 53(1)(a) binds from placing on the market: the undecided obligation is due at placement, 2 March 2026. */
  @Test
  void undecided_documentation_obligation_keeps_the_placement_date() {
    Obligation o = deriver.derive(undecidedGpai(), AS_OF).get(ObligationId.ART_53_1_A_TECHNICAL_DOCUMENTATION);
    assertEquals(ObligationStatus.INDETERMINATE, o.status());
    assertEquals(LocalDate.of(2026, 3, 2), o.dueDate());
  }

  /**
   * Guidelines section 3.2: a modifier of a model with systemic risk above one third of 10^25 FLOP becomes provider
   * of a GPAI model with systemic risk and "should notify" under Art. 52(1): the obligations apply, they are not
   * undecided for want of the cumulative compute.
   */
  @Test
  void modifier_of_a_systemic_model_has_applying_obligations() {
    ModelProfile p = ModelProfile.builder().providerEstablishment(ProviderEstablishment.UNION)
        .modification(ModificationFacts.builder()
            .modificationCompute(ComputeEstimate.of("4E+24", EstimationMethod.MEASURED))
            .baseModelSystemicRisk(Fact.YES).build())
        .unionPlacementDate(LocalDate.of(2026, 3, 2)).thresholdMetOn(LocalDate.of(2026, 2, 2)).build();
    ObligationSchedule s = deriver.derive(p, AS_OF);
    assertEquals(ObligationStatus.APPLIES, s.get(ObligationId.ART_52_1_NOTIFICATION).status());
    assertEquals(ObligationStatus.APPLIES, s.get(ObligationId.ART_55_1_B_SYSTEMIC_RISK_MITIGATION).status());
    assertEquals(LocalDate.of(2026, 2, 16), s.get(ObligationId.ART_52_1_NOTIFICATION).dueDate());
  }

  /**
   * Art. 3(4) of Regulation No 1182/71: the notification obligation of a model whose two weeks end on Saturday
   * 16 August 2025 carries the extended date, Monday 18 August 2025.
   */
  @Test
  void notification_obligation_carries_the_extended_date() {
    ModelProfile p = ModelProfile.builder().providerEstablishment(ProviderEstablishment.UNION)
        .trainingCompute(ComputeEstimate.of("3E+25", EstimationMethod.MEASURED)).addInputModalities(Modality.TEXT)
        .addOutputModalities(Modality.TEXT).unionPlacementDate(LocalDate.of(2025, 10, 1))
        .thresholdMetOn(LocalDate.of(2025, 7, 1)).build();
    Obligation o = deriver.derive(p, AS_OF).get(ObligationId.ART_52_1_NOTIFICATION);
    assertEquals(LocalDate.of(2025, 8, 16), o.dueDate());
    assertEquals(LocalDate.of(2025, 8, 18), o.extendedDueDate());
  }

  /**
   * Code of Practice, Transparency Measures 1.1 and 1.2: the provider's ten-year retention and the 14-day answer to
   * downstream providers are commitments of the Code, cited as such; Art. 54(3)(b) keeps its ten years for the
   * authorised representative.
   */
  @Test
  void code_commitments_cite_the_code_and_say_so() {
    ModelProfile p = ModelProfile.builder().providerEstablishment(ProviderEstablishment.THIRD_COUNTRY)
        .trainingCompute(ComputeEstimate.of("3E+24", EstimationMethod.MEASURED)).addInputModalities(Modality.TEXT)
        .addOutputModalities(Modality.TEXT).unionPlacementDate(LocalDate.of(2026, 3, 2)).build();
    ObligationSchedule s = deriver.derive(p, AS_OF);
    Reason retention = reason(s.get(ObligationId.ART_53_1_A_TECHNICAL_DOCUMENTATION), ReasonCode.OBL_RETENTION);
    assertEquals("CoP Transparency Measure 1.1", retention.legalBasis().citation());
    assertTrue(retention.text().contains("commitment of the Code of Practice"), retention.text());
    Reason response = reason(s.get(ObligationId.ART_53_1_B_DOWNSTREAM_INFORMATION),
        ReasonCode.OBL_DOWNSTREAM_RESPONSE);
    assertEquals("CoP Transparency Measure 1.2", response.legalBasis().citation());
    assertTrue(response.text().contains("not a period of the AI Act"), response.text());
    Reason representative = reason(s.get(ObligationId.ART_54_AUTHORISED_REPRESENTATIVE), ReasonCode.OBL_RETENTION);
    assertEquals("Art. 54(3)(b)", representative.legalBasis().citation());
    assertEquals(LocalDate.of(2036, 3, 2), s.get(ObligationId.ART_54_AUTHORISED_REPRESENTATIVE).retainUntil());
  }

  /**
   * Art. 101(1): the schedule carries the maximum fine (3 % or EUR 15 000 000, whichever is higher, from 2 August
   * 2026), and the text rendering shows it.
   */
  @Test
  void schedule_shows_the_article_101_fine_maximum() {
    ObligationSchedule s = deriver.derive(undecidedGpai(), AS_OF);
    assertEquals(LocalDate.of(2026, 8, 2), s.fineMaximum().applicableFrom());
    assertTrue(ObligationText.render(s).contains("Fines: up to 3 % of total worldwide annual turnover in the"
        + " preceding financial year or EUR 15000000, whichever is higher (Art. 101(1)), from 2026-08-02"));
  }

  /**
   * "Validators never throw because of what a document says" (CONTRIBUTING.md): a placement in year 999 999 990,
   * accepted by {@link LocalDate}, would put the ten-year retention beyond {@link LocalDate#MAX}; the deriver reports
   * it as out of range instead of throwing, and so it does for {@link LocalDate#MAX} itself.
   */
  @Test
  void far_future_placement_is_reported_out_of_range_instead_of_throwing() {
    for (LocalDate far : new LocalDate[] {LocalDate.of(999_999_990, 1, 1), LocalDate.MAX}) {
      ModelProfile p = ModelProfile.builder().providerEstablishment(ProviderEstablishment.THIRD_COUNTRY)
          .trainingCompute(ComputeEstimate.of("3E+25", EstimationMethod.MEASURED)).addInputModalities(Modality.TEXT)
          .addOutputModalities(Modality.TEXT).unionPlacementDate(far).thresholdMetOn(far).build();
      ObligationSchedule s = deriver.derive(p, far);
      Obligation doc = s.get(ObligationId.ART_53_1_A_TECHNICAL_DOCUMENTATION);
      assertNull(doc.retainUntil());
      assertTrue(doc.reasons().stream().anyMatch(r -> r.code() == ReasonCode.DATE_OUT_OF_RANGE));
    }
  }

  /**
   * Art. 111(3) gives models placed before 2 August 2025 until 2 August 2027; a legacy model whose systemic-risk
   * condition is met only later (here 10 January 2028) has Art. 55 obligations from that day (guidelines section
   * 2.3), and one whose condition date is unknown is due by 2 August 2027.
   */
  @Test
  void legacy_model_meeting_the_condition_after_2027_is_due_when_it_is_met() {
    ModelProfile.Builder b = ModelProfile.builder().providerEstablishment(ProviderEstablishment.UNION)
        .trainingCompute(ComputeEstimate.of("3E+25", EstimationMethod.MEASURED)).addInputModalities(Modality.TEXT)
        .addOutputModalities(Modality.TEXT).unionPlacementDate(LocalDate.of(2025, 3, 1));
    LocalDate asOf = LocalDate.of(2028, 6, 1);
    Obligation late = deriver.derive(b.thresholdMetOn(LocalDate.of(2028, 1, 10)).build(), asOf)
        .get(ObligationId.ART_55_1_A_MODEL_EVALUATION);
    assertEquals(LocalDate.of(2028, 1, 10), late.effectiveDate());
    assertEquals(LocalDate.of(2028, 1, 10), late.dueDate());
    Obligation unknown = deriver.derive(b.thresholdMetOn(null).build(), asOf)
        .get(ObligationId.ART_55_1_A_MODEL_EVALUATION);
    assertNull(unknown.effectiveDate());
    assertEquals(LocalDate.of(2027, 8, 2), unknown.dueDate());
  }

  private static Reason reason(Obligation o, ReasonCode code) {
    return o.reasons().stream().filter(r -> r.code() == code).findFirst().orElseThrow(() -> new AssertionError(
        code + " not in " + o.reasons()));
  }
}
