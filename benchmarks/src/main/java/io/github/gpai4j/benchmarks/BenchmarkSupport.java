package io.github.gpai4j.benchmarks;

/** Shared settings for the benchmarks (skeleton). */
final class BenchmarkSupport {
  private BenchmarkSupport() {}
}
