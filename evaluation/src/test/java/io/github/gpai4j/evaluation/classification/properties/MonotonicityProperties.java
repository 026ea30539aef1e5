package io.github.gpai4j.evaluation.classification.properties;

import static org.junit.jupiter.api.Assertions.assertTrue;

import io.github.gpai4j.evaluation.classification.Classification;
import io.github.gpai4j.core.profile.ComputeEstimate;
import io.github.gpai4j.core.profile.Fact;
import io.github.gpai4j.evaluation.classification.GpaiModelStatus;
import io.github.gpai4j.evaluation.classification.ModelClassifier;
import io.github.gpai4j.core.profile.ModelProfile;
import io.github.gpai4j.testkit.Gen;
import io.github.gpai4j.testkit.LawEdges;
import io.github.gpai4j.testkit.Property;
import io.github.gpai4j.testkit.Source;
import io.github.gpai4j.testkit.domain.ProfileGens;
import java.math.BigDecimal;
import java.time.LocalDate;
import org.jspecify.annotations.Nullable;
import org.junit.jupiter.api.Test;

/**
 * Monotonicity of {@link ModelClassifier} in training compute (module {@code gpai4j-evaluation}), run in evaluation's
 * own build with the testkit's generators.
 */
class MonotonicityProperties {

  private static final ModelClassifier CLASSIFIER = ModelClassifier.withCurrentRules();

  /** A profile and the same profile with more training compute (estimate and both bounds raised). */
  record MoreCompute(ModelProfile profile, ModelProfile more, LocalDate asOf) {}

  static Gen<MoreCompute> moreCompute() {
    Gen<ModelProfile> profiles = ProfileGens.modelProfiles().filter("training compute known",
        p -> p.trainingCompute() != null);
    Gen<LocalDate> dates = LawEdges.applicationDates();
    return source -> {
      ModelProfile p = profiles.generate(source);
      ComputeEstimate c = p.trainingCompute();
      BigDecimal addFlop = extra(source, c.flop());
      BigDecimal addLower = source.chance(0.5) ? addFlop : BigDecimal.ZERO;
      BigDecimal addUpper = addFlop.add(extra(source, c.flop()));
      ComputeEstimate bigger = new ComputeEstimate(c.flop().add(addFlop), c.method(),
          plus(c.lowerFlop(), addLower), plus(c.upperFlop(), addUpper));
      ModelProfile more = ModelProfile.builder().from(p).trainingCompute(bigger).build();
      return new MoreCompute(p, more, dates.generate(source));
    };
  }

  private static BigDecimal extra(Source source, BigDecimal flop) {
    // 0 (shrinks there), one FLOP, or up to 100 times the estimate
    return switch ((int) source.choose(0, 2)) {
      case 0 -> BigDecimal.ZERO;
      case 1 -> BigDecimal.ONE;
      default -> flop.multiply(BigDecimal.valueOf(source.choose(1, 10_000))).movePointLeft(2);
    };
  }

  private static @Nullable BigDecimal plus(@Nullable BigDecimal bound, BigDecimal add) {
    return bound == null ? null : bound.add(add);
  }

  private static int rank(Fact fact) {
    return fact.isNo() ? 0 : fact.isUnknown() ? 1 : 2;
  }

  private static int rank(GpaiModelStatus status) {
    return switch (status) {
      case NOT_GPAI_MODEL -> 0;
      case INDETERMINATE -> 1;
      default -> 2;
    };
  }

  /**
   * Art. 51(1)(a) and (2): a model is presumed to have high-impact capabilities, hence systemic risk, when its
   * cumulative training compute is greater than 10^25 FLOP. With the same Commission decisions (no new designation
   * and no accepted rebuttal) more compute never lowers the systemic-risk status: not presumed, then
   * indeterminate, then presumed or designated.
   */
  @Test
  void more_compute_never_lowers_the_systemic_risk_status() {
    Property.forAll(moreCompute()).withTries(300).checkAssert(pair -> {
      Classification before = CLASSIFIER.classify(pair.profile(), pair.asOf());
      Classification after = CLASSIFIER.classify(pair.more(), pair.asOf());
      assertTrue(rank(before.systemicRisk().systemicRisk()) <= rank(after.systemicRisk().systemicRisk()),
          () -> before.systemicRisk().status() + " became " + after.systemicRisk().status());
    });
  }

  /**
   * Commission guidelines, section 2: more than 10^23 FLOP with a generative modality indicates a GPAI model. More
   * compute never turns a GPAI model into a model that is not one, nor makes the status indeterminate.
   */
  @Test
  void more_compute_never_lowers_the_gpai_model_status() {
    Property.forAll(moreCompute()).withTries(300).checkAssert(pair -> {
      GpaiModelStatus before = CLASSIFIER.classify(pair.profile(), pair.asOf()).gpaiModel().status();
      GpaiModelStatus after = CLASSIFIER.classify(pair.more(), pair.asOf()).gpaiModel().status();
      assertTrue(rank(before) <= rank(after), () -> before + " became " + after);
    });
  }
}
