package io.github.gpai4j.testkit.domain;

import io.github.gpai4j.core.documentation.TrainingTimeRange;
import io.github.gpai4j.core.documentation.TrainingTimeEstimate;
import io.github.gpai4j.core.documentation.TrainingTime;
import io.github.gpai4j.core.documentation.ParameterRange;
import io.github.gpai4j.core.ParameterCount;
import io.github.gpai4j.core.ComputeAmount;
import io.github.gpai4j.core.documentation.ComputationalResources;
import io.github.gpai4j.core.documentation.DistributionAndLicences;
import io.github.gpai4j.core.documentation.Energy;
import io.github.gpai4j.core.documentation.GeneralInformation;
import io.github.gpai4j.core.documentation.MdfItem;
import io.github.gpai4j.core.documentation.ModelDocumentation;
import io.github.gpai4j.core.documentation.ModelProperties;
import io.github.gpai4j.core.documentation.SystemicRiskDocumentation;
import io.github.gpai4j.core.documentation.TrainingData;
import io.github.gpai4j.core.documentation.TrainingProcess;
import io.github.gpai4j.core.documentation.Use;
import java.util.List;
import java.util.function.UnaryOperator;

/** Copies of a Model Documentation Form with one section or item changed. */
final class Edits {
  private Edits() {}

  static ModelDocumentation general(ModelDocumentation d, UnaryOperator<GeneralInformation.Builder> edit) {
    GeneralInformation.Builder b = GeneralInformation.builder();
    b.from(d.generalInformation());
    return ModelDocumentation.builder().from(d).generalInformation(edit.apply(b).build()).build();
  }

  static ModelDocumentation properties(ModelDocumentation d, UnaryOperator<ModelProperties.Builder> edit) {
    ModelProperties.Builder b = ModelProperties.builder();
    b.from(d.modelProperties());
    return ModelDocumentation.builder().from(d).modelProperties(edit.apply(b).build()).build();
  }

  static ModelDocumentation distribution(
      ModelDocumentation d, UnaryOperator<DistributionAndLicences.Builder> edit) {
    DistributionAndLicences.Builder b = DistributionAndLicences.builder();
    b.from(d.distributionAndLicences());
    return ModelDocumentation.builder().from(d).distributionAndLicences(edit.apply(b).build()).build();
  }

  static ModelDocumentation use(ModelDocumentation d, UnaryOperator<Use.Builder> edit) {
    Use.Builder b = Use.builder();
    b.from(d.use());
    return ModelDocumentation.builder().from(d).use(edit.apply(b).build()).build();
  }

  static ModelDocumentation process(ModelDocumentation d, UnaryOperator<TrainingProcess.Builder> edit) {
    TrainingProcess.Builder b = TrainingProcess.builder();
    b.from(d.trainingProcess());
    return ModelDocumentation.builder().from(d).trainingProcess(edit.apply(b).build()).build();
  }

  static ModelDocumentation data(ModelDocumentation d, UnaryOperator<TrainingData.Builder> edit) {
    TrainingData.Builder b = TrainingData.builder();
    b.from(d.trainingData());
    return ModelDocumentation.builder().from(d).trainingData(edit.apply(b).build()).build();
  }

  static ModelDocumentation compute(ModelDocumentation d, UnaryOperator<ComputationalResources.Builder> edit) {
    ComputationalResources.Builder b = ComputationalResources.builder();
    b.from(d.computationalResources());
    return ModelDocumentation.builder().from(d).computationalResources(edit.apply(b).build()).build();
  }

  static ModelDocumentation energy(ModelDocumentation d, UnaryOperator<Energy.Builder> edit) {
    Energy.Builder b = Energy.builder();
    b.from(d.energy());
    return ModelDocumentation.builder().from(d).energy(edit.apply(b).build()).build();
  }

  static ModelDocumentation systemicRisk(
      ModelDocumentation d, UnaryOperator<SystemicRiskDocumentation.Builder> edit) {
    SystemicRiskDocumentation.Builder b = SystemicRiskDocumentation.builder();
    SystemicRiskDocumentation sr = d.systemicRiskDocumentation();
    if (sr != null) {
      b.from(sr);
    }
    return ModelDocumentation.builder().from(d).systemicRiskDocumentation(edit.apply(b).build()).build();
  }

  /**
   * Returns the document with an item unanswered: its value removed at the item's JSON Pointer (a list-valued item
   * then reads as empty, a conditional one as not answered at all).
   */
  static ModelDocumentation withoutItem(ModelDocumentation d, MdfItem item) {
    return TreeEdits.remove(d, ModelDocumentation.class, List.of(item.pointer()));
  }

  /**
   * Returns the document with its coarse items derived from the precise ones, as a provider would fill them: the
   * parameter range (MDF-2.5b) from the exact count (2.5a), the training-time range (7.1a) from the wall-clock days
   * (7.1b) and the order of magnitude (7.2a) from the training compute (7.2b). The item {@code keep} is left as it is.
   */
  static ModelDocumentation deriveCoarseItems(ModelDocumentation d, MdfItem keep) {
    ModelDocumentation out = d;
    ParameterCount count = d.modelProperties().parameterCount();
    if (keep != MdfItem.MDF_2_5B && count != null && count.amount().signum() > 0) {
      out = properties(out, b -> b.parameterRange(ParameterRange.of(count.amount())));
    }
    ComputeAmount compute = d.computationalResources().trainingCompute();
    if (keep != MdfItem.MDF_7_2A && compute != null && compute.amount().signum() > 0) {
      out = compute(out, b -> b.trainingComputeOrderOfMagnitude(ComputeAmount.ofFlop(
          Numbers.magnitudeOf(compute.amount()))));
    }
    TrainingTime time = d.computationalResources().trainingTime();
    TrainingTimeEstimate estimate = d.computationalResources().trainingTimeRange();
    if (keep != MdfItem.MDF_7_1A && time != null && time.wallClockDays() != null && estimate != null) {
      out = compute(out, b -> b.trainingTimeRange(new TrainingTimeEstimate(estimate.measuredPeriod(),
          TrainingTimeRange.of(time.wallClockDays()))));
    }
    return out;
  }
}
