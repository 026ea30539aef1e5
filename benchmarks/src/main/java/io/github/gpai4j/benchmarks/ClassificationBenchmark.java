package io.github.gpai4j.benchmarks;

import io.github.gpai4j.core.json.DocumentReadException;
import io.github.gpai4j.core.json.Gpai4jJson;
import io.github.gpai4j.evaluation.classification.Classification;
import io.github.gpai4j.evaluation.classification.ModelClassifier;
import io.github.gpai4j.core.profile.ModelProfile;
import io.github.gpai4j.evaluation.obligations.ObligationDeriver;
import io.github.gpai4j.evaluation.obligations.ObligationSchedule;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.time.LocalDate;
import java.util.concurrent.TimeUnit;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.Warmup;

/** Classifying a model profile and deriving its obligations, from a bound profile. */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MICROSECONDS)
@Warmup(iterations = 3, time = 2)
@Measurement(iterations = 5, time = 2)
@Fork(value = 1, jvmArgsAppend = {"-Xms2g", "-Xmx2g", "-XX:+AlwaysPreTouch"})
public class ClassificationBenchmark {
  private static final LocalDate AS_OF = LocalDate.of(2026, 11, 28);

  private final ModelClassifier classifier = ModelClassifier.withCurrentRules();
  private final ObligationDeriver deriver = ObligationDeriver.withCurrentRules();
  private ModelProfile profile;

  /**
   * Reads the frontier profile bundled with the benchmarks.
   *
   * @throws DocumentReadException never for the bundled profile
   */
  @Setup
  public void setUp() throws DocumentReadException {
    try (InputStream in = io.github.gpai4j.core.form.DocumentTypes.forClass(ModelProfile.class)
        .openSample("profile-frontier.json")) {
      profile = Gpai4jJson.strict().read(in, ModelProfile.class);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /**
   * Classifies the profile.
   *
   * @return the classification
   */
  @Benchmark
  public Classification classify() {
    return classifier.classify(profile, AS_OF);
  }

  /**
   * Derives the profile's obligations.
   *
   * @return the schedule
   */
  @Benchmark
  public ObligationSchedule obligations() {
    return deriver.derive(profile, AS_OF);
  }
}
