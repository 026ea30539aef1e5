package io.github.gpai4j.evaluation;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.github.gpai4j.evaluation.classification.Classification;
import io.github.gpai4j.evaluation.classification.ExemptionStatus;
import io.github.gpai4j.core.profile.Fact;
import io.github.gpai4j.evaluation.classification.GpaiModelStatus;
import io.github.gpai4j.evaluation.classification.ModelClassifier;
import io.github.gpai4j.evaluation.classification.ModifierStatus;
import io.github.gpai4j.evaluation.classification.NotificationStatus;
import io.github.gpai4j.evaluation.classification.SystemicRiskStatus;
import io.github.gpai4j.evaluation.obligations.ObligationDeriver;
import io.github.gpai4j.evaluation.obligations.ObligationId;
import io.github.gpai4j.evaluation.obligations.ObligationSchedule;
import io.github.gpai4j.evaluation.obligations.ObligationStatus;
import io.github.gpai4j.evaluation.testing.Samples;
import java.time.LocalDate;
import org.junit.jupiter.api.Test;

/** The two sample profiles bundled with the command line classify as their descriptions promise. */
class SamplesTest {

  private static final LocalDate AS_OF = LocalDate.of(2026, 11, 28);

  /** The frontier sample (3.8E+25 FLOP, interval 2.7E+25..4.9E+25) is presumed systemic under Art. 51(2). */
  @Test
  void frontier_sample_is_a_presumed_systemic_gpai_model() throws Exception {
    Classification c = ModelClassifier.withCurrentRules().classify(Samples.profile("profile-frontier.json"), AS_OF);
    assertEquals(GpaiModelStatus.GPAI_MODEL, c.gpaiModel().status());
    assertEquals(SystemicRiskStatus.PRESUMED, c.systemicRisk().status());
    assertEquals(LocalDate.of(2026, 1, 12), c.systemicRisk().since());
    assertEquals(Fact.YES, c.systemicRisk().reachPresumed());
    assertEquals(ExemptionStatus.NOT_EXEMPT, c.openSourceExemption().status());
    assertEquals(ModifierStatus.NOT_A_MODIFICATION, c.downstreamModifier().status());
  }

  /** Art. 52(1): known on 3 Nov 2025, due 17 Nov 2025, notified on 14 Nov 2025: in time. */
  @Test
  void frontier_sample_notified_in_time() throws Exception {
    Classification c = ModelClassifier.withCurrentRules().classify(Samples.profile("profile-frontier.json"), AS_OF);
    assertEquals(NotificationStatus.NOTIFIED, c.notification().status());
    assertEquals(LocalDate.of(2025, 11, 17), c.notification().dueDate());
  }

  /** The frontier sample owes every obligation except Art. 54 (its provider is established in the Union). */
  @Test
  void frontier_sample_owes_every_obligation_but_article_54() throws Exception {
    ObligationSchedule s = ObligationDeriver.withCurrentRules().derive(Samples.profile("profile-frontier.json"), AS_OF);
    for (ObligationId id : ObligationId.values()) {
      ObligationStatus expected = id == ObligationId.ART_54_AUTHORISED_REPRESENTATIVE
          ? ObligationStatus.NOT_APPLICABLE : ObligationStatus.APPLIES;
      assertEquals(expected, s.get(id).status(), id.name());
    }
  }

  /** The open small sample (2.1E+23 FLOP, Apache-2.0, all openness facts true) gets the open-source exemption. */
  @Test
  void open_small_sample_is_an_exempt_gpai_model_without_systemic_risk() throws Exception {
    Classification c = ModelClassifier.withCurrentRules().classify(Samples.profile("profile-open-small.json"), AS_OF);
    assertEquals(GpaiModelStatus.GPAI_MODEL, c.gpaiModel().status());
    assertEquals(SystemicRiskStatus.NOT_PRESUMED, c.systemicRisk().status());
    assertEquals(ExemptionStatus.EXEMPT, c.openSourceExemption().status());
    assertTrue(c.openSourceExemption().blockers().isEmpty());
    assertEquals(NotificationStatus.NOT_REQUIRED, c.notification().status());
  }

  /** Arts. 53(2), 54(6): the open small sample is exempt from 53(1)(a)-(b) and 54, owes 53(1)(c)-(d), not 55. */
  @Test
  void open_small_sample_owes_only_copyright_policy_and_training_summary() throws Exception {
    ObligationSchedule s =
        ObligationDeriver.withCurrentRules().derive(Samples.profile("profile-open-small.json"), AS_OF);
    assertEquals(ObligationStatus.NOT_APPLICABLE, s.get(ObligationId.ART_52_1_NOTIFICATION).status());
    assertEquals(ObligationStatus.EXEMPT, s.get(ObligationId.ART_53_1_A_TECHNICAL_DOCUMENTATION).status());
    assertEquals(ObligationStatus.EXEMPT, s.get(ObligationId.ART_53_1_B_DOWNSTREAM_INFORMATION).status());
    assertEquals(ObligationStatus.APPLIES, s.get(ObligationId.ART_53_1_C_COPYRIGHT_POLICY).status());
    assertEquals(ObligationStatus.APPLIES, s.get(ObligationId.ART_53_1_D_TRAINING_CONTENT_SUMMARY).status());
    assertEquals(ObligationStatus.EXEMPT, s.get(ObligationId.ART_54_AUTHORISED_REPRESENTATIVE).status());
    assertEquals(ObligationStatus.NOT_APPLICABLE, s.get(ObligationId.ART_55_1_A_MODEL_EVALUATION).status());
    assertEquals(LocalDate.of(2025, 10, 15), s.get(ObligationId.ART_53_1_D_TRAINING_CONTENT_SUMMARY).dueDate());
  }
}
