package io.github.gpai4j.benchmarks;

import io.github.gpai4j.core.documentation.ModelDocumentation;
import io.github.gpai4j.core.validation.ValidationReport;
import io.github.gpai4j.evaluation.documentation.ModelDocumentationValidator;
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
 * Validating a Model Documentation Form whose long free texts are {@code textKb} kilobytes each. Word counting
 * makes validation cost grow with text size; it should grow linearly.
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MICROSECONDS)
@Warmup(iterations = 3, time = 2)
@Measurement(iterations = 5, time = 2)
@Fork(value = 1, jvmArgsAppend = {"-Xms2g", "-Xmx2g", "-XX:+AlwaysPreTouch"})
public class ValidationBenchmark {

  /** Size of each long free-text item, in kilobytes. */
  @Param({"1", "16", "256"})
  public int textKb;

  private final ModelDocumentationValidator validator = ModelDocumentationValidator.create();
  private ModelDocumentation document;

  /** Builds the document. */
  @Setup
  public void setUp() {
    document = BenchmarkDocuments.modelDocumentation(textKb);
  }

  /**
   * Runs every Model Documentation rule.
   *
   * @return the report
   */
  @Benchmark
  public ValidationReport validate() {
    return validator.validate(document);
  }
}
