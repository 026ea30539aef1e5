package io.github.gpai4j.benchmarks;

import io.github.gpai4j.core.Applicable;
import io.github.gpai4j.core.ComputeAmount;
import io.github.gpai4j.core.EnergyAmount;
import io.github.gpai4j.core.ParameterCount;
import io.github.gpai4j.core.Recipient;
import io.github.gpai4j.core.documentation.ComputationalResources;
import io.github.gpai4j.core.documentation.Energy;
import io.github.gpai4j.core.documentation.GeneralInformation;
import io.github.gpai4j.core.documentation.ModelDocumentation;
import io.github.gpai4j.core.documentation.ModelName;
import io.github.gpai4j.core.documentation.ModelProperties;
import io.github.gpai4j.core.documentation.TrainingData;
import io.github.gpai4j.core.documentation.TrainingProcess;
import io.github.gpai4j.core.json.DocumentReadException;
import io.github.gpai4j.core.json.Gpai4jJson;
import java.time.LocalDate;
import java.util.concurrent.TimeUnit;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Param;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.Warmup;

/**
 * Reading, writing and projecting Model Documentation JSON, for documents whose free texts are {@code textKb}
 * kilobytes each; the cost per byte should stay flat as documents grow (linear cost).
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MICROSECONDS)
@Warmup(iterations = 3, time = 2)
@Measurement(iterations = 5, time = 2)
@Fork(value = 1, jvmArgsAppend = {"-Xms2g", "-Xmx2g", "-XX:+AlwaysPreTouch"})
public class DocumentationJsonBenchmark {

  /** Size of each long free-text item, in kilobytes. */
  @Param({"1", "16", "256"})
  public int textKb;

  private final Gpai4jJson json = Gpai4jJson.strict();
  private ModelDocumentation document;
  private String text;

  /** Builds the document and its JSON text. */
  @Setup
  public void setUp() {
    String words = "The provider documents each stage of training in plain language. ".repeat(textKb * 16);
    document = ModelDocumentation.builder()
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
    text = json.write(document);
  }

  /**
   * Binds the JSON text to typed values.
   *
   * @return the document
   * @throws DocumentReadException never for this input
   */
  @Benchmark
  public ModelDocumentation read() throws DocumentReadException {
    return json.read(text, ModelDocumentation.class);
  }

  /**
   * Writes the document as JSON text.
   *
   * @return the text
   */
  @Benchmark
  public String write() {
    return json.write(document);
  }

  /**
   * Projects the document onto the downstream provider's items.
   *
   * @return the view
   */
  @Benchmark
  public ModelDocumentation downstreamView() {
    return document.viewFor(Recipient.DOWNSTREAM_PROVIDER);
  }
}
