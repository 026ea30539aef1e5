package io.github.gpai4j.taxonomy.evaluation;

import static java.util.Objects.requireNonNull;

import com.fasterxml.jackson.annotation.JsonCreator;
import com.fasterxml.jackson.annotation.JsonProperty;
import org.jspecify.annotations.Nullable;

/**
 * One result of a model evaluation, as the Model Report gives it (Measure 7.3(1)(e) of the Safety and Security
 * chapter): what was measured, the score, and a comparison such as a human baseline or another model version.
 *
 * @param metric what was measured, such as {@code "pass@1 on CTF suite"}; not blank
 * @param value the score as reported, such as {@code "0.42"} or {@code "12/40 tasks"}; not blank
 * @param comparison the baseline it is compared with, such as {@code "expert baseline 0.55"}, or null
 * @param notes scoring details, uncertainty or caveats, or null
 * @since 0.1.0
 */
public record EvaluationResult(
    String metric, String value, @Nullable String comparison, @Nullable String notes) {

  /**
   * Checks the components.
   *
   * @param metric what was measured, not blank
   * @param value the score as reported, not blank
   * @param comparison the baseline compared with, or null
   * @param notes scoring details or caveats, or null
   * @throws NullPointerException if the metric or value is null
   * @throws IllegalArgumentException if the metric or value is blank
   */
  @JsonCreator
  public EvaluationResult(
      @JsonProperty("metric") String metric,
      @JsonProperty("value") String value,
      @JsonProperty("comparison") @Nullable String comparison,
      @JsonProperty("notes") @Nullable String notes) {
    requireNonNull(metric, "metric");
    requireNonNull(value, "value");
    if (metric.isBlank() || value.isBlank()) {
      throw new IllegalArgumentException("An evaluation result needs a metric and a value");
    }
    this.metric = metric;
    this.value = value;
    this.comparison = comparison;
    this.notes = notes;
  }

  /**
   * Returns a result without comparison or notes.
   *
   * @param metric what was measured, not blank
   * @param value the score, not blank
   * @return the result
   */
  public static EvaluationResult of(String metric, String value) {
    return new EvaluationResult(metric, value, null, null);
  }
}
