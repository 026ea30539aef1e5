package io.github.gpai4j.evaluation.classification.properties;

import static org.junit.jupiter.api.Assertions.assertEquals;

import io.github.gpai4j.core.ComputeAmount;
import io.github.gpai4j.core.profile.ComputeEstimate;
import io.github.gpai4j.core.profile.EstimationMethod;
import io.github.gpai4j.core.profile.Fact;
import io.github.gpai4j.evaluation.classification.ModelClassifier;
import io.github.gpai4j.core.profile.ModelProfile;
import io.github.gpai4j.evaluation.classification.SystemicRiskStatus;
import io.github.gpai4j.testkit.LawEdges;
import io.github.gpai4j.testkit.Property;
import io.github.gpai4j.testkit.domain.ProfileGens;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * The Art. 51(2) presumption in {@link ModelClassifier} at its edge (module {@code gpai4j-evaluation}), run in
 * evaluation's own build with the testkit's generators.
 */
class PresumptionProperties {

  private static final ModelClassifier CLASSIFIER = ModelClassifier.withCurrentRules();

  /**
   * Art. 51(2): a model "shall be presumed to have high impact capabilities ... when the cumulative amount of
   * computation used for its training measured in floating point operations is greater than 10^25". Without a
   * modification and without Commission decisions, a point estimate above 10^25 FLOP is presumed, and one at or
   * below (exactly 10^25 included) is not. Art. 51(1) classifies only a "general-purpose AI model" as one with
   * systemic risk, so the profile states significant generality (Art. 3(63)).
   */
  @Test
  void the_presumption_applies_exactly_above_ten_to_the_25() {
    Property.forAll(ProfileGens.modelProfiles(), LawEdges.systemicRiskCompute(), LawEdges.applicationDates())
        .withTries(300)
        .checkAssert((profile, compute, asOf) -> {
          ModelProfile p = ModelProfile.builder().from(profile).modification(null).commissionDecisions(List.of())
              .significantGenerality(Fact.YES)
              .trainingCompute(new ComputeEstimate(compute.flop(), EstimationMethod.MEASURED, null, null)).build();
          boolean above = compute.compareTo(ComputeAmount.ofFlop(LawEdges.SYSTEMIC_RISK_COMPUTE)) > 0;
          assertEquals(above ? SystemicRiskStatus.PRESUMED : SystemicRiskStatus.NOT_PRESUMED,
              CLASSIFIER.classify(p, asOf).systemicRisk().status(), compute.toString());
        });
  }
}
