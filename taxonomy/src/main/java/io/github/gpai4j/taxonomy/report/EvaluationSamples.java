package io.github.gpai4j.taxonomy.report;

import static java.util.Objects.requireNonNull;

import com.fasterxml.jackson.annotation.JsonCreator;
import com.fasterxml.jackson.annotation.JsonProperty;
import java.util.List;
import org.jspecify.annotations.Nullable;

/**
 * The input and output samples the Model Report gives for one model evaluation (Measure&nbsp;7.3(1)(f) of the Safety
 * and Security chapter), by the evaluation's id in the report's records.
 *
 * @param evaluationId the id of the evaluation, not null
 * @param samples the samples, in the order given; never null
 * @since 0.3.0
 */
public record EvaluationSamples(String evaluationId, List<InputOutputSample> samples) {

  /**
   * Checks and copies the components.
   *
   * @param evaluationId the evaluation id, not null
   * @param samples the samples, or null for none
   * @throws NullPointerException if the id or a sample is null
   */
  @JsonCreator
  public EvaluationSamples(
      @JsonProperty("evaluationId") String evaluationId,
      @JsonProperty("samples") @Nullable List<InputOutputSample> samples) {
    this.evaluationId = requireNonNull(evaluationId, "evaluationId");
    this.samples = samples == null ? List.of() : List.copyOf(samples);
  }

  /**
   * Returns how many samples were drawn at random.
   *
   * @return the count
   */
  public long randomCount() {
    return samples.stream().filter(InputOutputSample::randomlySelected).count();
  }
}
