/** The systemic-risk vocabulary of the GPAI Code of Practice. */
module io.github.gpai4j.taxonomy {
  requires transitive io.github.gpai4j.core;
  requires static transitive org.immutables.value.annotations;
  requires static transitive org.jspecify;

  exports io.github.gpai4j.taxonomy;
}
