package io.github.gpai4j.examples;

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
import io.github.gpai4j.core.documentation.ParameterRange;
import io.github.gpai4j.core.documentation.TrainingTime;
import io.github.gpai4j.core.documentation.TrainingTimeEstimate;
import io.github.gpai4j.core.documentation.TrainingTimeRange;
import io.github.gpai4j.core.json.Gpai4jJson;
import io.github.gpai4j.evaluation.documentation.ModelDocumentationValidator;
import java.io.PrintStream;
import java.math.BigDecimal;
import java.math.MathContext;
import java.util.List;

/**
 * User story: a training pipeline fills the items of the Model Documentation Form it knows (model properties,
 * training time, compute and energy, section 7 of the form and Annex XI 1(2)(d)) from the configuration of a run,
 * and writes the JSON draft that people then complete.
 *
 * <p>Training compute is estimated as 6 × parameters × training tokens, the approximation the Commission
 * guidelines accept, written with two significant figures (MDF-7.2b) and as its power of ten (MDF-7.2a).
 *
 * @since 0.1.0
 */
public final class TrainingRunDocumentation {
  private static final BigDecimal SIX = BigDecimal.valueOf(6);

  private TrainingRunDocumentation() {}

  /**
   * What a training pipeline knows about one run.
   *
   * @param provider the provider's legal name
   * @param model the model's name
   * @param version the model version the run produced
   * @param parameters the number of parameters
   * @param tokens the number of training tokens
   * @param wallClockDays the run's duration in wall-clock days
   * @param energyMegawattHours the energy metered for the run
   */
  public record TrainingRun(String provider, String model, String version, long parameters, BigDecimal tokens,
      BigDecimal wallClockDays, String energyMegawattHours) {}

  /**
   * Builds the draft documentation of a run.
   *
   * @param run the run, not null
   * @return the draft, with the items the run knows answered
   */
  public static ModelDocumentation document(TrainingRun run) {
    BigDecimal flop = SIX.multiply(BigDecimal.valueOf(run.parameters())).multiply(run.tokens());
    BigDecimal twoFigures = flop.round(new MathContext(2));
    BigDecimal powerOfTen = BigDecimal.ONE.scaleByPowerOfTen(flop.precision() - flop.scale() - 1);
    String period = "from the start of pre-training to the end of post-training";
    return ModelDocumentation.builder()
        .generalInformation(GeneralInformation.builder()
            .providerLegalName(run.provider())
            .modelName(ModelName.of(run.model(), run.version()))
            .build())
        .modelProperties(ModelProperties.builder()
            .parameterCount(ParameterCount.of(run.parameters()))
            .parameterRange(ParameterRange.of(BigDecimal.valueOf(run.parameters())))
            .build())
        .computationalResources(ComputationalResources.builder()
            .trainingTimeRange(new TrainingTimeEstimate(period, TrainingTimeRange.of(run.wallClockDays())))
            .trainingTime(new TrainingTime(period, run.wallClockDays(), List.of()))
            .trainingComputeOrderOfMagnitude(ComputeAmount.ofFlop(powerOfTen))
            .trainingCompute(ComputeAmount.ofFlop(twoFigures))
            .computeMethodology("6 x parameters x training tokens, from the run configuration")
            .build())
        .energy(Energy.builder()
            .trainingEnergy(Applicable.of(EnergyAmount.ofMegawattHours(run.energyMegawattHours())))
            .build())
        .build();
  }

  /**
   * Documents an example run: prints the JSON draft, then what the AI Office would still miss.
   *
   * @param out where to print, not null
   */
  static void run(PrintStream out) {
    TrainingRun run = new TrainingRun("Aurora Lattice AI SE", "Lattice-4", "Lattice-4-2026-03", 410_000_000_000L,
        new BigDecimal("1.5e13"), new BigDecimal("96"), "52000");
    ModelDocumentation draft = document(run);
    out.println(Gpai4jJson.strict().write(draft));
    out.println("Still missing for the AI Office: " + String.join(", ",
        ModelDocumentationValidator.create().completeness(draft, Recipient.AI_OFFICE).missingIds()));
  }

  /**
   * Runs the example.
   *
   * @param args ignored
   */
  public static void main(String[] args) {
    run(new PrintStream(System.out, true, java.nio.charset.StandardCharsets.UTF_8));
  }
}
