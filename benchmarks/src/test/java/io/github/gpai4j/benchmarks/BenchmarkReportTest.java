package io.github.gpai4j.benchmarks;

import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The report reads JMH's JSON results and prints the ratios, judged against its targets. */
class BenchmarkReportTest {

  private static String result(String method, String doc, double score, String unit, double bytesPerOp) {
    String params = doc == null ? "" : "\"params\" : { \"doc\" : \"" + doc + "\" },";
    String benchmark = doc == null ? ClassificationBenchmark.class.getName() : SideBySideBenchmark.class.getName();
    return "{ \"benchmark\" : \"" + benchmark + "." + method + "\", \"mode\" : \"thrpt\", " + params
        + " \"primaryMetric\" : { \"score\" : " + score + ", \"scoreUnit\" : \"" + unit + "\" },"
        + " \"secondaryMetrics\" : { \"gc.alloc.rate.norm\" : { \"score\" : " + bytesPerOp
        + ", \"scoreUnit\" : \"B/op\" } } }";
  }

  private static String report(Path dir) throws IOException {
    ByteArrayOutputStream bytes = new ByteArrayOutputStream();
    new BenchmarkReport(new PrintStream(bytes, true, StandardCharsets.UTF_8)).report(dir);
    return bytes.toString(StandardCharsets.UTF_8);
  }

  @Test
  void prints_the_ratios_of_one_run_against_the_targets(@TempDir Path dir) throws IOException {
    Files.writeString(dir.resolve("run1-S.json"), "[" + String.join(",",
        result("tokenScan", "S-sample", 180_000, "ops/s", 1_000),
        result("readTree", "S-sample", 100_000, "ops/s", 28_000),
        result("read", "S-sample", 70_000, "ops/s", 22_000),
        result("readAndValidate", "S-sample", 50_000, "ops/s", 26_000),
        result("networknt", "S-sample", 25_000, "ops/s", 76_000)) + "]");
    Files.writeString(dir.resolve("run1-classification.json"), "[" + String.join(",",
        result("classify", null, 1.5, "us/op", 800),
        result("obligations", null, 4.0, "us/op", 3_000)) + "]");
    String report = report(dir);
    assertTrue(report.contains("| S-sample: read + validate ÷ readTree | 0.50 | 0.50 | ≥ 0.6 | **missed** |"), report);
    assertTrue(report.contains("| S-sample: read + validate ÷ networknt | 2.00 | 2.00 | ≥ 3 | **missed** |"), report);
    assertTrue(report.contains("| S-sample: bytes/op read + validate ÷ readTree | 0.93 | 0.93 | ≤ 1 | met |"), report);
    assertTrue(report.contains("| classify + obligations, frontier profile (µs) | 4.00 | 4.00 | < 5 µs | met |"),
        report);
  }

  @Test
  void quotes_the_median_of_several_runs(@TempDir Path dir) throws IOException {
    double[] validated = {40_000, 70_000, 60_000};
    for (int run = 1; run <= 3; run++) {
      Files.writeString(dir.resolve("run" + run + "-S.json"), "[" + String.join(",",
          result("tokenScan", "S-sample", 180_000, "ops/s", 1_000),
          result("readTree", "S-sample", 100_000, "ops/s", 28_000),
          result("read", "S-sample", 80_000, "ops/s", 22_000),
          result("readAndValidate", "S-sample", validated[run - 1], "ops/s", 26_000),
          result("networknt", "S-sample", 20_000, "ops/s", 76_000)) + "]");
    }
    String report = report(dir);
    assertTrue(report.contains("| S-sample: read + validate ÷ readTree | 0.60 | 0.40, 0.70, 0.60 | ≥ 0.6 | met |"),
        report);
  }

  @Test
  void refuses_a_directory_without_results(@TempDir Path dir) {
    assertThrows(IllegalArgumentException.class, () -> report(dir));
  }
}
