/** The gpai4j command line: validate, summarise, classify and list obligations from a terminal or a CI job. */
module io.github.gpai4j.cli {
  requires transitive io.github.gpai4j.evaluation;
  requires static org.immutables.value.annotations;
  requires static org.jspecify;

  exports io.github.gpai4j.cli;
}
