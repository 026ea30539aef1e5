/**
 * JMH benchmarks (not deployed). Nothing is exported: benchmarks run from the shaded {@code benchmarks.jar} on the
 * class path.
 */
module io.github.gpai4j.benchmarks {
  requires io.github.gpai4j.evaluation;
  requires io.github.gpai4j.testkit;
  requires com.networknt.schema;
  requires jmh.core;
  requires jdk.management;
  requires static org.jspecify;
}
