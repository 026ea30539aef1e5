package io.github.gpai4j.benchmarks;

import java.io.PrintStream;
import java.lang.management.ManagementFactory;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.Callable;

/**
 * A cross-check of the side-by-side ratios for a busy machine, where JMH's wall-clock scores swing with the load of
 * other processes: the same paths run in one JVM, interleaved (each path in turn for 100 ms of this thread's CPU
 * time, over many rounds, after a warm-up), timed by the thread's CPU time and counted by the bytes it allocates.
 * The best round of each path is kept, so that a round in which other processes took the caches counts for nothing.
 * It prints the ratios of issue 15 for each document; JMH's run ({@link BenchmarkReport}) stays the reference on an
 * idle machine.
 *
 * <pre>
 * java -cp benchmarks/target/benchmarks.jar io.github.gpai4j.benchmarks.CpuTimeCheck [warm-up seconds] [rounds]
 * </pre>
 */
public final class CpuTimeCheck {
  private static final List<String> PATHS = List.of("tokenScan", "readTree", "read", "readAndValidate", "networknt");
  private static final long SLICE_NANOS = 100_000_000L;
  /** Operations between two readings of the CPU clock, which costs about a microsecond itself. */
  private static final int BATCH = 10;

  private CpuTimeCheck() {}

  /**
   * Runs the check; see the class description.
   *
   * @param args the warm-up seconds per path (5) and the number of rounds (15)
   * @throws Exception if a benchmark fails
   */
  public static void main(String[] args) throws Exception {
    int warmUp = args.length > 0 ? Integer.parseInt(args[0]) : 5;
    int rounds = args.length > 1 ? Integer.parseInt(args[1]) : 15;
    PrintStream out = new PrintStream(System.out, true, StandardCharsets.UTF_8);
    com.sun.management.ThreadMXBean threads = (com.sun.management.ThreadMXBean) ManagementFactory.getThreadMXBean();
    out.printf(Locale.ROOT, "CPU time per operation, best of %d interleaved rounds after %d s of warm-up per path%n%n",
        rounds, warmUp);
    out.println("| document | path | µs/op (CPU) | bytes/op | speed ÷ readTree | bytes/op ÷ readTree |");
    out.println("|---|---|---:|---:|---:|---:|");
    java.util.Map<String, Double> validatedMbPerS = new java.util.HashMap<>();
    for (String document : DocumentSets.ALL) {
      SideBySideBenchmark b = new SideBySideBenchmark();
      b.doc = document;
      b.setUp();
      List<Callable<?>> paths = List.of(b::tokenScan, b::readTree, b::read, b::readAndValidate, b::networknt);
      double[][] result = measure(threads, paths, warmUp, rounds);
      print(out, document, result);
      validatedMbPerS.put(document, DocumentSets.bytes(document).length / (result[3][0] / 1e9) / 1e6);
    }
    if (validatedMbPerS.containsKey("M") && validatedMbPerS.containsKey("L")) {
      out.printf(Locale.ROOT, "| L ÷ M | MB/s of read + validate | | | %.2f | |%n",
          validatedMbPerS.get("L") / validatedMbPerS.get("M"));
    }
    ClassificationBenchmark c = new ClassificationBenchmark();
    c.setUp();
    double[][] result = measure(threads, List.of(c::obligations), warmUp, rounds);
    out.printf(Locale.ROOT, "| frontier profile | classify + obligations | %.2f | %.0f | | |%n", result[0][0] / 1000,
        result[0][1]);
  }

  /** Returns, per path, the best CPU nanoseconds per operation and the bytes allocated per operation. */
  private static double[][] measure(com.sun.management.ThreadMXBean threads, List<Callable<?>> paths, int warmUp,
      int rounds) throws Exception {
    long thread = Thread.currentThread().getId();
    Object sink = null;
    for (Callable<?> path : paths) {
      long end = threads.getCurrentThreadCpuTime() + warmUp * 1_000_000_000L;
      while (threads.getCurrentThreadCpuTime() < end) {
        for (int k = 0; k < BATCH; k++) {
          sink = path.call();
        }
      }
    }
    double[][] result = new double[paths.size()][2];
    for (double[] r : result) {
      r[0] = Double.MAX_VALUE;
    }
    for (int round = 0; round < rounds; round++) {
      for (int i = 0; i < paths.size(); i++) {
        long cpu = threads.getCurrentThreadCpuTime();
        long bytes = threads.getThreadAllocatedBytes(thread);
        long ops = 0;
        while (threads.getCurrentThreadCpuTime() - cpu < SLICE_NANOS) {
          for (int k = 0; k < BATCH; k++) {
            sink = paths.get(i).call();
          }
          ops += BATCH;
        }
        double nanos = (threads.getCurrentThreadCpuTime() - cpu) / (double) ops;
        result[i][0] = Math.min(result[i][0], nanos);
        result[i][1] = (threads.getThreadAllocatedBytes(thread) - bytes) / (double) ops;
      }
    }
    if (sink == null) {
      throw new IllegalStateException("a path returned null");
    }
    return result;
  }

  private static void print(PrintStream out, String document, double[][] result) {
    int tree = PATHS.indexOf("readTree");
    for (int i = 0; i < PATHS.size(); i++) {
      out.printf(Locale.ROOT, "| %s | %s | %.1f | %.0f | %.2f | %.2f |%n", document, PATHS.get(i),
          result[i][0] / 1000, result[i][1], result[tree][0] / result[i][0], result[i][1] / result[tree][1]);
    }
    int validated = PATHS.indexOf("readAndValidate");
    out.printf(Locale.ROOT, "| %s | read + validate ÷ networknt (speed) | | | %.2f | |%n", document,
        result[PATHS.indexOf("networknt")][0] / result[validated][0]);
  }
}
