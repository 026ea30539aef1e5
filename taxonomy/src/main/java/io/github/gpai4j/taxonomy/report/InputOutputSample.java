package io.github.gpai4j.taxonomy.report;

import static java.util.Objects.requireNonNull;

import com.fasterxml.jackson.annotation.JsonCreator;
import com.fasterxml.jackson.annotation.JsonProperty;
import org.jspecify.annotations.Nullable;

/**
 * One input and output of a model evaluation, such as a completion, a generation or an agent trajectory, given in
 * the Model Report (Measure&nbsp;7.3(1)(f) of the Safety and Security chapter: at least five random samples per
 * relevant evaluation).
 *
 * @param input the input, or a reference to it, not null
 * @param output the output, or a reference to it, not null
 * @param randomlySelected whether the sample was drawn at random (true) or chosen because it is materially
 *     informative (false)
 * @since 0.3.0
 */
public record InputOutputSample(String input, String output, boolean randomlySelected) {

  /**
   * Checks the components.
   *
   * @param input the input, not null
   * @param output the output, not null
   * @param randomlySelected whether drawn at random
   * @throws NullPointerException if the input or output is null
   */
  @JsonCreator
  public InputOutputSample(
      @JsonProperty("input") String input,
      @JsonProperty("output") String output,
      @JsonProperty("randomlySelected") @Nullable Boolean randomlySelected) {
    this(requireNonNull(input, "input"), requireNonNull(output, "output"),
        randomlySelected == null || randomlySelected);
  }

  /**
   * Checks the components.
   *
   * @param input the input, not null
   * @param output the output, not null
   * @param randomlySelected whether drawn at random
   */
  public InputOutputSample {
    requireNonNull(input, "input");
    requireNonNull(output, "output");
  }

  /**
   * Returns a randomly drawn sample.
   *
   * @param input the input, not null
   * @param output the output, not null
   * @return the sample
   */
  public static InputOutputSample random(String input, String output) {
    return new InputOutputSample(input, output, true);
  }
}
