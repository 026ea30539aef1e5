/** JMH benchmarks (not deployed). */
module io.github.gpai4j.benchmarks {
  requires io.github.gpai4j.evaluation;
  requires io.github.gpai4j.testkit;
  requires jmh.core;
  requires static org.jspecify;

  exports io.github.gpai4j.benchmarks;
}
