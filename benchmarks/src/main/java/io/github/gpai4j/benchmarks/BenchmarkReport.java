package io.github.gpai4j.benchmarks;

import java.io.IOException;
import java.io.PrintStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;
import java.util.stream.Stream;
import org.jspecify.annotations.Nullable;
import org.openjdk.jmh.profile.GCProfiler;
import org.openjdk.jmh.results.format.ResultFormatType;
import org.openjdk.jmh.runner.Runner;
import org.openjdk.jmh.runner.RunnerException;
import org.openjdk.jmh.runner.options.ChainedOptionsBuilder;
import org.openjdk.jmh.runner.options.OptionsBuilder;
import org.openjdk.jmh.runner.options.TimeValue;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * Runs the side-by-side benchmarks ({@link SideBySideBenchmark}, one JMH run per document set, with
 * {@code -prof gc}) and the classification benchmark, several times, then reads JMH's JSON results and prints, in
 * Markdown, ops/s, MB/s and bytes per operation of each path and the ratios issue 15 sets targets for, with the
 * median of each ratio over the runs.
 *
 * <pre>
 * java -cp benchmarks/target/benchmarks.jar io.github.gpai4j.benchmarks.BenchmarkReport [options]
 *   --runs N          how many times to run everything (3; targets are judged on the medians)
 *   --sets S,M,L      the document sets (all)
 *   --forks N --warmup N --iterations N --seconds N   JMH settings (1, 4, 3, 1)
 *   --out DIR         where JMH writes its JSON (benchmarks/target/jmh)
 *   --report DIR      run nothing: report on the JSON files a previous run left in DIR
 * </pre>
 */
public final class BenchmarkReport {
  private static final JsonMapper MAPPER = JsonMapper.builder().build();
  private static final String SIDE_BY_SIDE = SideBySideBenchmark.class.getName();
  private static final String CLASSIFICATION = ClassificationBenchmark.class.getName();
  private static final List<String> PATHS = List.of("tokenScan", "readTree", "read", "readAndValidate", "networknt");
  private static final double CLASSIFY_AND_OBLIGATIONS_TARGET_US = 5.0;

  private final PrintStream out;
  private final Map<String, Integer> sizes = new LinkedHashMap<>();

  BenchmarkReport(PrintStream out) {
    this.out = out;
  }

  /**
   * Runs the benchmarks and prints the report; see the class description for the options.
   *
   * @param args the options
   * @throws Exception if JMH fails or its results cannot be read
   */
  public static void main(String[] args) throws Exception {
    Map<String, String> options = options(args);
    BenchmarkReport report = new BenchmarkReport(new PrintStream(System.out, true, StandardCharsets.UTF_8));
    if (options.containsKey("report")) {
      report.report(Path.of(options.get("report")));
      return;
    }
    int runs = Integer.parseInt(options.getOrDefault("runs", "3"));
    List<String> sets = options.containsKey("sets") ? Arrays.asList(options.get("sets").split(","))
        : DocumentSets.ALL.stream().map(DocumentSets::setOf).distinct().toList();
    Path dir = Path.of(options.getOrDefault("out", "benchmarks/target/jmh"));
    Files.createDirectories(dir);
    try (Stream<Path> old = Files.list(dir)) {
      for (Path p : old.filter(p -> p.getFileName().toString().endsWith(".json")).toList()) {
        Files.delete(p);
      }
    }
    report.machine(options);
    Instant start = Instant.now();
    for (int run = 1; run <= runs; run++) {
      for (String set : sets) {
        report.load("run " + run + ", set " + set);
        jmh(options, "^" + SIDE_BY_SIDE.replace(".", "\\.") + "\\.", DocumentSets.documentsOf(set),
            dir.resolve("run" + run + "-" + set + ".json"));
      }
      report.load("run " + run + ", classification");
      jmh(options, "^" + CLASSIFICATION.replace(".", "\\.") + "\\.obligations$", List.of(),
          dir.resolve("run" + run + "-classification.json"));
    }
    report.load("end");
    report.out.printf(Locale.ROOT, "Benchmarks ran for %s.%n%n",
        Duration.between(start, Instant.now()).truncatedTo(ChronoUnit.SECONDS));
    report.report(dir);
  }

  private static Map<String, String> options(String[] args) {
    Map<String, String> options = new LinkedHashMap<>();
    for (int i = 0; i < args.length; i++) {
      if (!args[i].startsWith("--") || i + 1 >= args.length) {
        throw new IllegalArgumentException("Expected --option value pairs, got " + Arrays.toString(args));
      }
      options.put(args[i].substring(2), args[++i]);
    }
    return options;
  }

  private static void jmh(Map<String, String> options, String include, List<String> documents, Path result)
      throws RunnerException {
    ChainedOptionsBuilder jmh = new OptionsBuilder()
        .include(include)
        .forks(Integer.parseInt(options.getOrDefault("forks", "1")))
        .warmupIterations(Integer.parseInt(options.getOrDefault("warmup", "4")))
        .measurementIterations(Integer.parseInt(options.getOrDefault("iterations", "3")))
        .warmupTime(TimeValue.seconds(Long.parseLong(options.getOrDefault("seconds", "1"))))
        .measurementTime(TimeValue.seconds(Long.parseLong(options.getOrDefault("seconds", "1"))))
        .jvmArgsAppend("-Xms2g", "-Xmx2g", "-XX:+AlwaysPreTouch", "-Dslf4j.internal.verbosity=ERROR")
        .addProfiler(GCProfiler.class)
        .resultFormat(ResultFormatType.JSON)
        .result(result.toString());
    if (!documents.isEmpty()) {
      jmh.param("doc", documents.toArray(String[]::new));
    }
    new Runner(jmh.build()).run();
  }

  /** Prints the JDK, the machine and the JMH settings. */
  private void machine(Map<String, String> options) {
    out.printf(Locale.ROOT, "Date: %s%n", Instant.now().truncatedTo(ChronoUnit.SECONDS));
    out.printf(Locale.ROOT, "JDK: %s %s (%s)%n", System.getProperty("java.vm.name"),
        System.getProperty("java.runtime.version"), System.getProperty("java.vm.vendor"));
    out.printf(Locale.ROOT, "Machine: %d processors (nproc), %s, %s memory%n",
        Runtime.getRuntime().availableProcessors(), cpuModel(), memory());
    out.printf(Locale.ROOT, "JMH: %s fork(s), %s x %ss warm-up, %s x %ss measurement, -prof gc,"
            + " -Xms2g -Xmx2g -XX:+AlwaysPreTouch, %s run(s)%n%n",
        options.getOrDefault("forks", "1"), options.getOrDefault("warmup", "4"),
        options.getOrDefault("seconds", "1"), options.getOrDefault("iterations", "3"),
        options.getOrDefault("seconds", "1"), options.getOrDefault("runs", "3"));
  }

  private static String cpuModel() {
    return procLine(Path.of("/proc/cpuinfo"), "model name").map(l -> l.substring(l.indexOf(':') + 1).strip())
        .orElse(System.getProperty("os.arch"));
  }

  private static String memory() {
    return procLine(Path.of("/proc/meminfo"), "MemTotal").map(l -> {
      long kb = Long.parseLong(l.replaceAll("[^0-9]", ""));
      return String.format(Locale.ROOT, "%.1f GiB", kb / (1024.0 * 1024.0));
    }).orElse("unknown");
  }

  private static java.util.Optional<String> procLine(Path file, String prefix) {
    try (Stream<String> lines = Files.lines(file)) {
      return lines.filter(l -> l.startsWith(prefix)).findFirst();
    } catch (IOException | UncheckedIOException e) {
      return java.util.Optional.empty();
    }
  }

  /** Prints the load average, as {@code uptime} shows it, since the machine may be shared. */
  private void load(String when) {
    String load;
    try {
      load = Files.readString(Path.of("/proc/loadavg")).strip();
    } catch (IOException e) {
      load = "unknown";
    }
    out.printf(Locale.ROOT, "Load (%s): %s%n", when, load);
  }

  /** One benchmark result: the primary score and the bytes allocated per operation. */
  private record Score(double score, String unit, double bytesPerOp) {}

  /**
   * Prints the tables and ratios of the JMH JSON files ({@code run<N>-<set>.json}) in a directory.
   *
   * @param dir the directory
   * @throws IOException if a file cannot be read
   * @throws IllegalArgumentException if the directory holds no results
   */
  void report(Path dir) throws IOException {
    Map<Integer, Map<String, Score>> runs = new TreeMap<>();
    try (Stream<Path> files = Files.list(dir)) {
      for (Path file : files.filter(p -> p.getFileName().toString().matches("run\\d+-.*\\.json")).sorted().toList()) {
        String name = file.getFileName().toString();
        int run = Integer.parseInt(name.substring(3, name.indexOf('-')));
        Map<String, Score> scores = runs.computeIfAbsent(run, r -> new LinkedHashMap<>());
        for (JsonNode result : MAPPER.readTree(file.toFile())) {
          String benchmark = result.get("benchmark").asString();
          String method = benchmark.substring(benchmark.lastIndexOf('.') + 1);
          JsonNode doc = result.path("params").path("doc");
          String key = doc.isMissingNode() ? method : doc.asString() + "/" + method;
          JsonNode primary = result.get("primaryMetric");
          JsonNode norm = result.path("secondaryMetrics").path("gc.alloc.rate.norm").path("score");
          scores.put(key, new Score(primary.get("score").asDouble(), primary.get("scoreUnit").asString(),
              norm.isMissingNode() ? Double.NaN : norm.asDouble()));
        }
      }
    }
    if (runs.isEmpty()) {
      throw new IllegalArgumentException("No JMH results (run*-*.json) in " + dir);
    }
    Map<String, List<Double>> ratios = new LinkedHashMap<>();
    for (Map.Entry<Integer, Map<String, Score>> run : runs.entrySet()) {
      out.printf(Locale.ROOT, "### Run %d%n%n", run.getKey());
      table(run.getValue());
      Map<String, Double> r = ratios(run.getValue());
      r.forEach((k, v) -> ratios.computeIfAbsent(k, x -> new ArrayList<>()).add(v));
      out.println();
    }
    out.printf(Locale.ROOT, "### Ratios against the targets (median of %d run(s))%n%n", runs.size());
    out.println("| ratio | median | runs | target | |");
    out.println("|---|---:|---|---|---|");
    for (Map.Entry<String, List<Double>> e : ratios.entrySet()) {
      double median = median(e.getValue());
      Target target = target(e.getKey());
      out.printf(Locale.ROOT, "| %s | %s | %s | %s | %s |%n", e.getKey(), fmt(median),
          String.join(", ", e.getValue().stream().map(BenchmarkReport::fmt).toList()),
          target == null ? "" : target.text(), target == null ? "" : target.met(median) ? "met" : "**missed**");
    }
  }

  private int size(String document) {
    return sizes.computeIfAbsent(document, d -> DocumentSets.bytes(d).length);
  }

  private void table(Map<String, Score> scores) {
    out.println("| document | size | path | ops/s | MB/s | bytes/op | ops/s ÷ readTree | bytes/op ÷ readTree |");
    out.println("|---|---:|---|---:|---:|---:|---:|---:|");
    for (String document : DocumentSets.ALL) {
      Score tree = scores.get(document + "/readTree");
      if (tree == null) {
        continue;
      }
      for (String path : PATHS) {
        Score s = scores.get(document + "/" + path);
        if (s == null) {
          continue;
        }
        out.printf(Locale.ROOT, "| %s | %s | %s | %s | %s | %s | %s | %s |%n", document, kb(size(document)), path,
            fmt(s.score()), fmt(s.score() * size(document) / 1e6), fmt(s.bytesPerOp()), fmt(s.score() / tree.score()),
            fmt(s.bytesPerOp() / tree.bytesPerOp()));
      }
    }
    for (String method : List.of("classify", "obligations")) {
      Score s = scores.get(method);
      if (s != null) {
        out.printf(Locale.ROOT, "| frontier profile | | %s | %s %s | | %s | | |%n",
            method.equals("obligations") ? "classify + obligations" : "classify", fmt(s.score()), s.unit(),
            fmt(s.bytesPerOp()));
      }
    }
  }

  /** The ratios of one run that the targets judge, and a few more that explain them. */
  private Map<String, Double> ratios(Map<String, Score> scores) {
    Map<String, Double> r = new LinkedHashMap<>();
    for (String document : DocumentSets.ALL) {
      Score tree = scores.get(document + "/readTree");
      Score validated = scores.get(document + "/readAndValidate");
      Score read = scores.get(document + "/read");
      Score scan = scores.get(document + "/tokenScan");
      Score schema = scores.get(document + "/networknt");
      if (tree == null || validated == null || read == null || scan == null || schema == null) {
        continue;
      }
      r.put(document + ": token scan ÷ readTree", scan.score() / tree.score());
      r.put(document + ": read ÷ readTree", read.score() / tree.score());
      r.put(document + ": read + validate ÷ readTree", validated.score() / tree.score());
      r.put(document + ": read + validate ÷ networknt", validated.score() / schema.score());
      r.put(document + ": bytes/op read + validate ÷ readTree", validated.bytesPerOp() / tree.bytesPerOp());
    }
    for (String path : List.of("read", "readAndValidate")) {
      Score m = scores.get("M/" + path);
      Score l = scores.get("L/" + path);
      if (m != null && l != null) {
        r.put("MB/s at L ÷ MB/s at M, " + (path.equals("read") ? "read" : "read + validate"),
            l.score() * size("L") / (m.score() * size("M")));
      }
    }
    Score obligations = scores.get("obligations");
    if (obligations != null) {
      r.put("classify + obligations, frontier profile (µs)", obligations.score());
    }
    return r;
  }

  /** A target of issue 15. */
  private record Target(String text, double bound, boolean atLeast) {
    boolean met(double value) {
      return atLeast ? value >= bound : value <= bound && !(text.startsWith("<") && value == bound);
    }
  }

  private static @Nullable Target target(String ratio) {
    if (ratio.endsWith("bytes/op read + validate ÷ readTree")) {
      return new Target("≤ 1", 1, false);
    } else if (ratio.endsWith("read + validate ÷ readTree")) {
      return new Target("≥ 0.6", 0.6, true);
    } else if (ratio.endsWith("read + validate ÷ networknt")) {
      return new Target("≥ 3", 3, true);
    } else if (ratio.equals("MB/s at L ÷ MB/s at M, read + validate")) {
      return new Target("≥ 0.9", 0.9, true);
    } else if (ratio.startsWith("classify + obligations")) {
      return new Target("< 5 µs", CLASSIFY_AND_OBLIGATIONS_TARGET_US, false);
    }
    return null;
  }

  private static double median(List<Double> values) {
    double[] sorted = values.stream().mapToDouble(Double::doubleValue).sorted().toArray();
    int n = sorted.length;
    return n % 2 == 1 ? sorted[n / 2] : (sorted[n / 2 - 1] + sorted[n / 2]) / 2;
  }

  private static String kb(int bytes) {
    return bytes >= 1_000_000 ? String.format(Locale.ROOT, "%.2f MB", bytes / 1e6)
        : String.format(Locale.ROOT, "%.1f KB", bytes / 1e3);
  }

  private static String fmt(double value) {
    if (Double.isNaN(value)) {
      return "n/a";
    }
    double abs = Math.abs(value);
    if (abs >= 1000) {
      return String.format(Locale.ROOT, "%,.0f", value);
    } else if (abs >= 10) {
      return String.format(Locale.ROOT, "%.1f", value);
    }
    return String.format(Locale.ROOT, "%.2f", value);
  }
}
