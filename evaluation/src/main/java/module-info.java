/**
 * Rules, classification and obligations for GPAI model providers.
 *
 * <p>Start with {@link io.github.gpai4j.evaluation.documentation.ModelDocumentationValidator#create()} to check a
 * Model Documentation Form, and with
 * {@link io.github.gpai4j.evaluation.classification.ModelClassifier#withCurrentRules()} and
 * {@link io.github.gpai4j.evaluation.obligations.ObligationDeriver#withCurrentRules()} to classify a
 * {@link io.github.gpai4j.evaluation.classification.ModelProfile} and list its obligations.
 */
module io.github.gpai4j.evaluation {
  requires transitive io.github.gpai4j.taxonomy;
  requires static org.immutables.value.annotations;
  requires static transitive org.jspecify;

  exports io.github.gpai4j.evaluation;
  exports io.github.gpai4j.evaluation.classification;
  exports io.github.gpai4j.evaluation.copyright;
  exports io.github.gpai4j.evaluation.crossdoc;
  exports io.github.gpai4j.evaluation.documentation;
  exports io.github.gpai4j.evaluation.form;
  exports io.github.gpai4j.evaluation.obligations;
  exports io.github.gpai4j.evaluation.registry;
  exports io.github.gpai4j.evaluation.report;
  exports io.github.gpai4j.evaluation.rules;
  exports io.github.gpai4j.evaluation.safety;
  exports io.github.gpai4j.evaluation.summary;
  exports io.github.gpai4j.evaluation.time;

  opens io.github.gpai4j.evaluation.classification to tools.jackson.databind;
  opens io.github.gpai4j.evaluation.obligations to tools.jackson.databind;

  provides io.github.gpai4j.core.form.DocumentTypeProvider
      with io.github.gpai4j.evaluation.classification.ModelProfileTypes;
}
