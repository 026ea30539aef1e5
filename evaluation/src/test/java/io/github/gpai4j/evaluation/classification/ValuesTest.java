package io.github.gpai4j.evaluation.classification;

import io.github.gpai4j.core.Modality;
import static org.junit.jupiter.api.Assertions.assertDoesNotThrow;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.github.gpai4j.core.LegalBasis;
import io.github.gpai4j.evaluation.obligations.ObligationDeriver;
import io.github.gpai4j.evaluation.obligations.ObligationId;
import io.github.gpai4j.evaluation.obligations.ObligationSchedule;
import io.github.gpai4j.evaluation.obligations.ObligationStatus;
import java.time.LocalDate;
import org.junit.jupiter.api.Test;

/** Edges of the value types' checks and renderings. */
class ValuesTest {

  /** Bounds equal to the estimate are allowed (a degenerate interval). */
  @Test
  void bounds_equal_to_the_estimate_are_allowed() {
    assertDoesNotThrow(() -> ComputeEstimate.of("1E+25", EstimationMethod.MEASURED, "1E+25", "1E+25"));
  }

  /** The text form shows the interval with a dash for a missing bound. */
  @Test
  void estimate_text_shows_its_interval() {
    assertEquals("1E+25 FLOP (MEASURED)", ComputeEstimate.of("1E+25", EstimationMethod.MEASURED).toString());
    assertEquals("1E+25 FLOP [9E+24, 2E+25] (MEASURED)",
        ComputeEstimate.of("1E+25", EstimationMethod.MEASURED, "9E+24", "2E+25").toString());
    assertEquals("1E+25 FLOP [9E+24, -] (MEASURED)",
        new ComputeEstimate(new java.math.BigDecimal("1E+25"), EstimationMethod.MEASURED,
            new java.math.BigDecimal("9E+24"), null).toString());
    assertEquals("1E+25 FLOP [-, 2E+25] (MEASURED)",
        new ComputeEstimate(new java.math.BigDecimal("1E+25"), EstimationMethod.MEASURED, null,
            new java.math.BigDecimal("2E+25")).toString());
  }

  /** Zero registered business users is a possible number (Annex XIII(f)). */
  @Test
  void zero_business_users_is_allowed() {
    assertDoesNotThrow(() -> ModelProfile.builder().registeredEuBusinessUsers(0L).build());
  }

  /** A reason renders as "[CODE] citation: text". */
  @Test
  void reason_text_form() {
    Reason r = new Reason(ReasonCode.OBL_APPLIES, LegalBasis.article(53, "1", "a"), "Applies.");
    assertEquals("[OBL_APPLIES] Art. 53(1)(a): Applies.", r.toString());
  }

  /** An obligation applies only with status APPLIES; the schedule lists those in order; ids have English titles. */
  @Test
  void applying_obligations_and_titles() {
    ModelProfile p = ModelProfile.builder().trainingCompute(ComputeEstimate.of("5E+23", EstimationMethod.MEASURED))
        .addInputModalities(Modality.TEXT).addOutputModalities(Modality.TEXT)
        .providerEstablishment(ProviderEstablishment.UNION).unionPlacementDate(LocalDate.of(2026, 3, 2)).build();
    ObligationSchedule s = ObligationDeriver.withCurrentRules().derive(p, LocalDate.of(2026, 11, 28));
    assertEquals(4, s.applying().size());
    assertTrue(s.applying().stream().allMatch(o -> o.status() == ObligationStatus.APPLIES));
    assertFalse(s.get(ObligationId.ART_54_AUTHORISED_REPRESENTATIVE).applies());
    assertEquals("Appoint an authorised representative established in the Union",
        ObligationId.ART_54_AUTHORISED_REPRESENTATIVE.title());
  }
}
