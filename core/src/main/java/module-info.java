/**
 * The gpai4j kernel: legal references, quantities, the Model Documentation Form, validation API and JSON.
 */
module io.github.gpai4j.core {
  requires transitive tools.jackson.databind;
  requires static transitive org.immutables.value.annotations;
  requires static transitive org.jspecify;

  exports io.github.gpai4j.core;
  exports io.github.gpai4j.core.validation;
}
