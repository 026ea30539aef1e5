package io.github.gpai4j.evaluation.documentation.pipeline;

import static java.util.Objects.requireNonNull;

import io.github.gpai4j.core.ComputeAmount;
import io.github.gpai4j.core.ParameterCount;
import java.math.BigDecimal;

/**
 * A training run's configuration as a team's pipeline reads it: how long the run took, the compute it measured
 * (to many figures) and the model's size.
 *
 * @param wallClockDays the wall-clock duration in days, not negative
 * @param measuredCompute the compute the run measured, not null
 * @param parameters the model's exact parameter count, not null
 */
public record TrainingRun(BigDecimal wallClockDays, ComputeAmount measuredCompute, ParameterCount parameters) {
  /**
   * Checks the configuration.
   *
   * @param wallClockDays the days, not null
   * @param measuredCompute the compute, not null
   * @param parameters the parameter count, not null
   */
  public TrainingRun {
    requireNonNull(wallClockDays, "wallClockDays");
    requireNonNull(measuredCompute, "measuredCompute");
    requireNonNull(parameters, "parameters");
  }
}
