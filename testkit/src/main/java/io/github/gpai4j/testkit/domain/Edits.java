package io.github.gpai4j.testkit.domain;

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

  /** Returns the document with an item unanswered: null, or an empty list for list-valued items. */
  static ModelDocumentation withoutItem(ModelDocumentation d, MdfItem item) {
    return switch (item) {
      case MDF_0_1 -> ModelDocumentation.builder().from(d).lastUpdated(null).build();
      case MDF_0_2 -> ModelDocumentation.builder().from(d).documentVersion(null).build();
      case MDF_1_1 -> general(d, b -> b.providerLegalName(null));
      case MDF_1_2 -> general(d, b -> b.modelName(null));
      case MDF_1_3 -> general(d, b -> b.modelAuthenticity(null));
      case MDF_1_4 -> general(d, b -> b.releaseDate(null));
      case MDF_1_5 -> general(d, b -> b.unionMarketReleaseDate(null));
      case MDF_1_6 -> general(d, b -> b.modelDependencies(null));
      case MDF_2_1 -> properties(d, b -> b.architecture(null));
      case MDF_2_2 -> properties(d, b -> b.designSpecification(null));
      case MDF_2_3 -> properties(d, b -> b.inputModalities(null));
      case MDF_2_3B -> properties(d, b -> b.inputMaximumSizes(List.of()));
      case MDF_2_4 -> properties(d, b -> b.outputModalities(null));
      case MDF_2_4B -> properties(d, b -> b.outputMaximumSizes(List.of()));
      case MDF_2_5A -> properties(d, b -> b.parameterCount(null));
      case MDF_2_5B -> properties(d, b -> b.parameterRange(null));
      case MDF_3_1A -> distribution(d, b -> b.unionDistributionChannels(List.of()));
      case MDF_3_1B -> distribution(d, b -> b.downstreamDistributionChannels(List.of()));
      case MDF_3_2A -> distribution(d, b -> b.licence(null));
      case MDF_3_2B -> distribution(d, b -> b.licenceType(null));
      case MDF_3_2C -> distribution(d, b -> b.additionalAssets(List.of()));
      case MDF_4_1 -> use(d, b -> b.acceptableUsePolicy(null));
      case MDF_4_2 -> use(d, b -> b.intendedUses(null));
      case MDF_4_3 -> use(d, b -> b.integrableSystemTypes(null));
      case MDF_4_4 -> use(d, b -> b.integrationMeans(null));
      case MDF_4_5 -> use(d, b -> b.requiredHardware(null));
      case MDF_4_6 -> use(d, b -> b.requiredSoftware(null));
      case MDF_5_1 -> process(d, b -> b.designSpecification(null));
      case MDF_5_2 -> process(d, b -> b.decisionRationale(null));
      case MDF_6_1 -> data(d, b -> b.modalities(null));
      case MDF_6_2 -> data(d, b -> b.provenance(null));
      case MDF_6_3 -> data(d, b -> b.acquisitionAndSelection(null));
      case MDF_6_4A -> data(d, b -> b.dataPointsApproximate(null));
      case MDF_6_4B -> data(d, b -> b.dataPoints(null));
      case MDF_6_5 -> data(d, b -> b.scope(null));
      case MDF_6_6 -> data(d, b -> b.curation(null));
      case MDF_6_7 -> data(d, b -> b.unsuitabilityDetection(null));
      case MDF_6_8 -> data(d, b -> b.biasDetection(null));
      case MDF_7_1A -> compute(d, b -> b.trainingTimeRange(null));
      case MDF_7_1B -> compute(d, b -> b.trainingTime(null));
      case MDF_7_2A -> compute(d, b -> b.trainingComputeOrderOfMagnitude(null));
      case MDF_7_2B -> compute(d, b -> b.trainingCompute(null));
      case MDF_7_3 -> compute(d, b -> b.computeMethodology(null));
      case MDF_8_1 -> energy(d, b -> b.trainingEnergy(null));
      case MDF_8_2 -> energy(d, b -> b.trainingEnergyMethodology(null));
      case MDF_8_3 -> energy(d, b -> b.inferenceCompute(null));
      case MDF_8_4 -> energy(d, b -> b.inferenceMethodology(null));
    };
  }
}
