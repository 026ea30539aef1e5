package io.github.gpai4j.benchmarks;

import io.github.gpai4j.core.Recipient;
import io.github.gpai4j.core.documentation.ModelDocumentation;
import io.github.gpai4j.core.json.DocumentReadException;
import io.github.gpai4j.core.json.Gpai4jJson;
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
    document = BenchmarkDocuments.modelDocumentation(textKb);
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
