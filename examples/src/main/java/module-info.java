/** Runnable examples, one per user story (not deployed). */
module io.github.gpai4j.examples {
  requires transitive io.github.gpai4j.evaluation;
  requires io.github.gpai4j.cli;
  requires static org.immutables.value.annotations;
  requires static org.jspecify;

  exports io.github.gpai4j.examples;
}
