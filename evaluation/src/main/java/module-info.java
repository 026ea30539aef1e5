/** Rules, classification and obligations for GPAI model providers. */
module io.github.gpai4j.evaluation {
  requires transitive io.github.gpai4j.taxonomy;
  requires static transitive org.immutables.value.annotations;
  requires static transitive org.jspecify;

  exports io.github.gpai4j.evaluation;
  exports io.github.gpai4j.evaluation.classification;
  exports io.github.gpai4j.evaluation.documentation;
  exports io.github.gpai4j.evaluation.obligations;
  exports io.github.gpai4j.evaluation.rules;
  exports io.github.gpai4j.evaluation.time;

  opens io.github.gpai4j.evaluation.classification to tools.jackson.databind;
  opens io.github.gpai4j.evaluation.obligations to tools.jackson.databind;
}
