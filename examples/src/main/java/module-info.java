/** Runnable examples and the command-line front end (not deployed). */
module io.github.gpai4j.examples {
  requires transitive io.github.gpai4j.evaluation;
  requires static org.immutables.value.annotations;
  requires static org.jspecify;

  exports io.github.gpai4j.examples.cli;
}
