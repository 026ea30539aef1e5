/** Seeded, shrinking generators and a property runner for gpai4j documents. */
module io.github.gpai4j.testkit {
  requires transitive io.github.gpai4j.evaluation;
  requires static transitive org.immutables.value.annotations;
  requires static transitive org.jspecify;

  exports io.github.gpai4j.testkit;
}
