package io.github.gpai4j.evaluation.documentation;

import io.github.gpai4j.core.Applicable;
import io.github.gpai4j.core.ComputeAmount;
import io.github.gpai4j.core.DataSize;
import io.github.gpai4j.core.DataUnit;
import io.github.gpai4j.core.EnergyAmount;
import io.github.gpai4j.core.ParameterCount;
import io.github.gpai4j.core.documentation.AdditionalAsset;
import io.github.gpai4j.core.documentation.ComputationalResources;
import io.github.gpai4j.core.documentation.DataPoints;
import io.github.gpai4j.core.documentation.DataProvenance;
import io.github.gpai4j.core.documentation.DistributionAndLicences;
import io.github.gpai4j.core.documentation.DistributionChannel;
import io.github.gpai4j.core.documentation.Energy;
import io.github.gpai4j.core.documentation.GeneralInformation;
import io.github.gpai4j.core.documentation.HardwareDays;
import io.github.gpai4j.core.documentation.LicenceType;
import io.github.gpai4j.core.documentation.MaximumSize;
import io.github.gpai4j.core.Modality;
import io.github.gpai4j.core.documentation.ModalitySelection;
import io.github.gpai4j.core.documentation.ModelDocumentation;
import io.github.gpai4j.core.documentation.ModelName;
import io.github.gpai4j.core.documentation.ModelProperties;
import io.github.gpai4j.core.documentation.ParameterRange;
import io.github.gpai4j.core.documentation.ProvenanceSelection;
import io.github.gpai4j.core.documentation.SystemicRiskDocumentation;
import io.github.gpai4j.core.documentation.TrainingData;
import io.github.gpai4j.core.documentation.TrainingProcess;
import io.github.gpai4j.core.documentation.TrainingTime;
import io.github.gpai4j.core.documentation.TrainingTimeEstimate;
import io.github.gpai4j.core.documentation.TrainingTimeRange;
import io.github.gpai4j.core.documentation.Use;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;

/** Documents for tests: a complete, consistent Model Documentation Form and variations of it. */
final class Samples {
  private Samples() {}

  static ModelDocumentation.Builder completeBuilder() {
    return ModelDocumentation.builder()
        .lastUpdated(LocalDate.of(2025, 9, 1))
        .documentVersion("1.0")
        .systemicRisk(false)
        .generalInformation(GeneralInformation.builder()
            .providerLegalName("Example AI SAS")
            .modelName(ModelName.of("example-70b", "example-70b-2025-09"))
            .modelAuthenticity("SHA-256 of the released weights: 3f1c0a")
            .releaseDate(LocalDate.of(2025, 9, 1))
            .unionMarketReleaseDate(LocalDate.of(2025, 9, 1))
            .modelDependencies(Applicable.notApplicable())
            .build())
        .modelProperties(ModelProperties.builder()
            .architecture("Decoder-only transformer with grouped-query attention.")
            .designSpecification("Dense model trained for next-token prediction with a long context window.")
            .inputModalities(ModalitySelection.of(Modality.TEXT, Modality.IMAGES))
            .addInputMaximumSizes(MaximumSize.of(Modality.TEXT, "128000 tokens"))
            .addInputMaximumSizes(new MaximumSize(Modality.IMAGES, Applicable.notApplicable()))
            .outputModalities(ModalitySelection.of(Modality.TEXT))
            .addOutputMaximumSizes(MaximumSize.of(Modality.TEXT, "8192 tokens"))
            .parameterCount(ParameterCount.of("7.3E10"))
            .parameterRange(ParameterRange.P_50B_100B)
            .build())
        .distributionAndLicences(DistributionAndLicences.builder()
            .addUnionDistributionChannels(new DistributionChannel(DistributionChannel.Kind.API, "Public API",
                "https://api.example.eu", DistributionChannel.AccessLevel.BLACK_BOX))
            .addDownstreamDistributionChannels(new DistributionChannel(DistributionChannel.Kind.API, "Public API",
                "https://api.example.eu", DistributionChannel.AccessLevel.BLACK_BOX))
            .licence("https://example.eu/licence")
            .licenceType(new LicenceType(LicenceType.Category.PROPRIETARY, "Terms of service"))
            .additionalAssets(Applicable.of(java.util.List.of(new AdditionalAsset(AdditionalAsset.Kind.EVALUATION_CODE,
                "https://example.eu/evals", "Apache-2.0"))))
            .build())
        .use(Use.builder()
            .acceptableUsePolicy("https://example.eu/aup")
            .intendedUses(Applicable.of("Conversational assistance, translation and programming help."))
            .integrableSystemTypes("Conversational assistants and decision support systems.")
            .integrationMeans("REST API with client libraries.")
            .requiredHardware(Applicable.notApplicable())
            .requiredSoftware(Applicable.of("An HTTPS client."))
            .build())
        .trainingProcess(TrainingProcess.builder()
            .designSpecification("Pre-training on next-token prediction, then supervised fine-tuning and"
                + " preference optimisation.")
            .decisionRationale("Choices follow scaling studies at smaller sizes.")
            .build())
        .trainingData(TrainingData.builder()
            .modalities(ModalitySelection.of(Modality.TEXT, Modality.IMAGES))
            .provenance(ProvenanceSelection.of(DataProvenance.WEB_CRAWLING,
                DataProvenance.PUBLICLY_AVAILABLE_DATASETS))
            .acquisitionAndSelection("Crawled with a crawler that honours robots.txt; licensed datasets.")
            .dataPointsApproximate(new DataPoints(DataSize.of("2E13", DataUnit.TOKENS),
                DataSize.of("2E9", DataUnit.TOKENS), DataSize.of("1E9", DataUnit.TOKENS)))
            .dataPoints(new DataPoints(DataSize.of("1.5E13", DataUnit.TOKENS),
                DataSize.of("2.0E9", DataUnit.TOKENS), DataSize.of("1.0E9", DataUnit.TOKENS)))
            .scope("Web text in the official languages of the Union, code and image-caption pairs.")
            .curation("Deduplication, language identification, quality filtering.")
            .unsuitabilityDetection("Blocklists and classifiers for illegal content and personal data.")
            .biasDetection("Demographic term statistics and targeted evaluations.")
            .build())
        .computationalResources(ComputationalResources.builder()
            .trainingTimeRange(new TrainingTimeEstimate("Pre-training and post-training",
                TrainingTimeRange.FROM_1_TO_3_MONTHS))
            .trainingTime(new TrainingTime("Pre-training and post-training", new BigDecimal("9.0E1"),
                List.of(HardwareDays.of("H100", "2.9E5"))))
            .trainingComputeOrderOfMagnitude(ComputeAmount.ofFlop("1E24"))
            .trainingCompute(ComputeAmount.ofFlop("6.6E24"))
            .computeMethodology("6 x parameters x tokens, checked against accelerator hours.")
            .build())
        .energy(Energy.builder()
            .trainingEnergy(Applicable.of(EnergyAmount.ofMegawattHours("1.0E4")))
            .trainingEnergyMethodology("Accelerator hours times measured average board power.")
            .inferenceCompute(ComputeAmount.ofFlop("5.1E17"))
            .inferenceMethodology("Generating 100000 tokens on 8 H100 accelerators.")
            .build());
  }

  static ModelDocumentation complete() {
    return completeBuilder().build();
  }

  static SystemicRiskDocumentation annexXiSection2() {
    return SystemicRiskDocumentation.builder()
        .evaluationStrategies("Public benchmarks and in-house evaluations with stated metrics and limits.")
        .adversarialTesting("Internal and external red teaming; alignment by preference optimisation.")
        .systemArchitecture(Applicable.notApplicable())
        .build();
  }
}
