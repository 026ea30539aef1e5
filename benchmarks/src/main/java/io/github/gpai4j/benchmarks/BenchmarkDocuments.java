package io.github.gpai4j.benchmarks;

import io.github.gpai4j.core.Applicable;
import io.github.gpai4j.core.ComputeAmount;
import io.github.gpai4j.core.EnergyAmount;
import io.github.gpai4j.core.ParameterCount;
import io.github.gpai4j.core.documentation.ComputationalResources;
import io.github.gpai4j.core.documentation.Energy;
import io.github.gpai4j.core.documentation.GeneralInformation;
import io.github.gpai4j.core.documentation.ModelDocumentation;
import io.github.gpai4j.core.documentation.ModelName;
import io.github.gpai4j.core.documentation.ModelProperties;
import io.github.gpai4j.core.documentation.TrainingData;
import io.github.gpai4j.core.documentation.TrainingProcess;
import java.time.LocalDate;

/** Documents of a chosen size for the benchmarks. */
final class BenchmarkDocuments {
  private BenchmarkDocuments() {}

  /**
   * Returns a Model Documentation Form whose long free-text items are each about {@code textKb} kilobytes.
   *
   * @param textKb the size of each long text, in kilobytes
   * @return the document
   */
  static ModelDocumentation modelDocumentation(int textKb) {
    String words = "The provider documents each stage of training in plain language. ".repeat(textKb * 16);
    return ModelDocumentation.builder()
        .lastUpdated(LocalDate.of(2026, 9, 15))
        .documentVersion("2.1")
        .generalInformation(GeneralInformation.builder().providerLegalName("Aurora Lattice AI SE")
            .modelName(ModelName.of("Lattice-4", "Lattice-4-2026-03"))
            .releaseDate(LocalDate.of(2026, 2, 16)).unionMarketReleaseDate(LocalDate.of(2026, 3, 2))
            .modelDependencies(Applicable.notApplicable()).build())
        .modelProperties(ModelProperties.builder().architecture("Dense decoder-only transformer.")
            .designSpecification(words).parameterCount(ParameterCount.of("4.1e11")).build())
        .trainingProcess(TrainingProcess.builder().designSpecification(words).decisionRationale(words).build())
        .trainingData(TrainingData.builder().acquisitionAndSelection(words).scope(words).curation(words)
            .unsuitabilityDetection(words).biasDetection(words).build())
        .computationalResources(ComputationalResources.builder().trainingCompute(ComputeAmount.ofFlop("3.7e25"))
            .computeMethodology(words).build())
        .energy(Energy.builder().trainingEnergy(Applicable.of(EnergyAmount.ofMegawattHours("5.2e4")))
            .trainingEnergyMethodology(words).build())
        .build();
  }
}
