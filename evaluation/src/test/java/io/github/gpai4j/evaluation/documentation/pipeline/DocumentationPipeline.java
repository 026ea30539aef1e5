package io.github.gpai4j.evaluation.documentation.pipeline;

import io.github.gpai4j.core.ComputeAmount;
import io.github.gpai4j.core.ParameterCount;
import io.github.gpai4j.core.Quantities;
import io.github.gpai4j.core.documentation.ComputationalResources;
import io.github.gpai4j.core.documentation.ModelDocumentation;
import io.github.gpai4j.core.documentation.ModelProperties;
import io.github.gpai4j.core.documentation.ParameterRange;
import io.github.gpai4j.core.documentation.TrainingTime;
import io.github.gpai4j.core.documentation.TrainingTimeEstimate;
import io.github.gpai4j.core.documentation.TrainingTimeRange;
import java.math.BigDecimal;
import java.math.MathContext;
import java.math.RoundingMode;

/**
 * A team's pipeline: fills the computational-resources items (MDF-7.1a, 7.1b, 7.2a, 7.2b) and the model size
 * (MDF-2.5a-b) of a Model Documentation Form from a training run's configuration. The two planted bugs can be
 * switched on separately.
 *
 * @param offByOneDay the first bug: 30 days go into "less than 1 month" (the form's labels make 30 days one month,
 *     so "1–3 months")
 * @param stripsFigures the second bug: the compute is rounded to two significant figures and then stripped of
 *     trailing zeros, so that {@code 1.0E+25} becomes {@code 1E+25}, one figure where the form asks for two
 */
public record DocumentationPipeline(boolean offByOneDay, boolean stripsFigures) {

  /** The pipeline with both bugs. */
  public static final DocumentationPipeline WITH_BOTH_BUGS = new DocumentationPipeline(true, true);

  /** The pipeline without bugs. */
  public static final DocumentationPipeline CORRECT = new DocumentationPipeline(false, false);

  /**
   * Documents a training run in a copy of a template document.
   *
   * @param template the rest of the document, not null
   * @param run the configuration, not null
   * @return the document
   */
  public ModelDocumentation document(ModelDocumentation template, TrainingRun run) {
    BigDecimal days = run.wallClockDays();
    TrainingTimeRange range = offByOneDay && days.compareTo(BigDecimal.valueOf(30)) <= 0
        ? TrainingTimeRange.LESS_THAN_1_MONTH
        : TrainingTimeRange.of(days);
    BigDecimal flop = run.measuredCompute().flop().round(new MathContext(2, RoundingMode.HALF_UP));
    if (stripsFigures) {
      flop = flop.stripTrailingZeros();
    } else if (flop.precision() < 2) {
      flop = flop.setScale(flop.scale() + 2 - flop.precision());
    }
    BigDecimal magnitude = BigDecimal.ONE.scaleByPowerOfTen(Quantities.orderOfMagnitude(flop));
    ComputationalResources resources = ComputationalResources.builder()
        .from(template.computationalResources())
        .trainingTimeRange(new TrainingTimeEstimate(null, range))
        .trainingTime(new TrainingTime(null, days, template.computationalResources().trainingTime() == null
            ? java.util.List.of() : template.computationalResources().trainingTime().hardwareDays()))
        .trainingCompute(ComputeAmount.ofFlop(flop))
        .trainingComputeOrderOfMagnitude(ComputeAmount.ofFlop(magnitude))
        .build();
    ParameterCount parameters = run.parameters();
    ModelProperties properties = ModelProperties.builder()
        .from(template.modelProperties())
        .parameterCount(parameters)
        .parameterRange(ParameterRange.of(parameters.count()))
        .build();
    return ModelDocumentation.builder().from(template)
        .computationalResources(resources)
        .modelProperties(properties)
        .build();
  }
}
