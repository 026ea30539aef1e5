package io.github.gpai4j.evaluation.classification;

import io.github.gpai4j.core.profile.ModelProfile;
import io.github.gpai4j.core.profile.ComputeEstimate;
import io.github.gpai4j.core.profile.EstimationMethod;
import io.github.gpai4j.core.profile.Fact;
import io.github.gpai4j.core.profile.ModificationFacts;

import io.github.gpai4j.core.Modality;
import static org.junit.jupiter.api.Assertions.assertEquals;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * The thresholds' edges swept over several evaluation dates, in the module's own tests so that mutation testing
 * counts them (the randomised properties in {@code classification.properties} check the same edges on random
 * profiles).
 */
class ThresholdEdgeTest {

  private static final ModelClassifier CLASSIFIER = ModelClassifier.withCurrentRules();
  private static final List<LocalDate> DATES = List.of(LocalDate.of(2025, 8, 1), LocalDate.of(2025, 8, 2),
      LocalDate.of(2026, 8, 2), LocalDate.of(2027, 8, 3));

  private static ModelProfile text(BigDecimal flop) {
    return ModelProfile.builder().trainingCompute(new ComputeEstimate(flop, EstimationMethod.MEASURED, null, null))
        .addInputModalities(Modality.TEXT).addOutputModalities(Modality.TEXT).build();
  }

  /**
   * Art. 51(2): presumed "when the cumulative amount of computation used for its training ... is greater than
   * 10^25": exactly 10^25 and one FLOP below are not, one FLOP above is.
   */
  @Test
  void presumption_holds_exactly_above_ten_to_the_25_on_every_date() {
    BigDecimal t = new BigDecimal("1E+25");
    for (LocalDate d : DATES) {
      assertEquals(SystemicRiskStatus.NOT_PRESUMED, CLASSIFIER.classify(text(t.subtract(BigDecimal.ONE)), d)
          .systemicRisk().status());
      assertEquals(SystemicRiskStatus.NOT_PRESUMED, CLASSIFIER.classify(text(t), d).systemicRisk().status());
      assertEquals(SystemicRiskStatus.PRESUMED, CLASSIFIER.classify(text(t.add(BigDecimal.ONE)), d)
          .systemicRisk().status());
    }
  }

  /**
   * Guidelines section 2.1: indicatively a GPAI model with training compute "greater than 10^23 FLOP": exactly
   * 10^23 is not, one FLOP above is.
   */
  @Test
  void gpai_criterion_holds_exactly_above_ten_to_the_23_on_every_date() {
    BigDecimal t = new BigDecimal("1E+23");
    for (LocalDate d : DATES) {
      assertEquals(GpaiModelStatus.NOT_GPAI_MODEL, CLASSIFIER.classify(text(t), d).gpaiModel().status());
      assertEquals(GpaiModelStatus.GPAI_MODEL, CLASSIFIER.classify(text(t.add(BigDecimal.ONE)), d).gpaiModel()
          .status());
    }
  }

  /**
   * Guidelines section 3.2, "more than a third" of the original's compute, decided exactly: 1·10^24 against
   * 3·10^24 is exactly one third (not a provider); one FLOP more is.
   */
  @Test
  void modifier_becomes_provider_exactly_above_one_third() {
    BigDecimal base = new BigDecimal("3E+24");
    BigDecimal third = new BigDecimal("1E+24");
    for (BigDecimal mod : List.of(third.subtract(BigDecimal.ONE), third, third.add(BigDecimal.ONE))) {
      ModelProfile p = ModelProfile.builder().modification(ModificationFacts.builder()
          .baseModelCompute(new ComputeEstimate(base, EstimationMethod.MEASURED, null, null))
          .modificationCompute(new ComputeEstimate(mod, EstimationMethod.MEASURED, null, null)).build()).build();
      assertEquals(mod.compareTo(third) > 0 ? ModifierStatus.PROVIDER_OF_MODIFIED_MODEL : ModifierStatus.NOT_PROVIDER,
          CLASSIFIER.classify(p, LocalDate.of(2026, 1, 1)).downstreamModifier().status(), mod.toString());
    }
  }

  /**
   * Annex XIII(f): reach is presumed when the model is made available to "at least 10 000 registered business
   * users": 9 999 is not, 10 000 is.
   */
  @Test
  void reach_is_presumed_from_ten_thousand_users() {
    for (long users : new long[] {9_999, 10_000, 10_001}) {
      ModelProfile p = ModelProfile.builder().registeredEuBusinessUsers(users).build();
      assertEquals(Fact.of(users >= 10_000), CLASSIFIER.classify(p, LocalDate.of(2026, 1, 1)).systemicRisk()
          .reachPresumed());
    }
  }
}
