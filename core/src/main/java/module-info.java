/**
 * The gpai4j kernel: legal references, quantities, the Model Documentation Form, the public summary of training
 * content, the copyright policy, validation API and JSON.
 *
 * <p>Start with {@link io.github.gpai4j.core.documentation.ModelDocumentation#builder()} to build a document and
 * {@link io.github.gpai4j.core.json.Gpai4jJson#strict()} to read and write it; the validators are in
 * {@code io.github.gpai4j.evaluation}.
 */
module io.github.gpai4j.core {
  requires transitive tools.jackson.databind;
  requires static org.immutables.value.annotations;
  requires static transitive org.jspecify;

  exports io.github.gpai4j.core;
  exports io.github.gpai4j.core.copyright;
  exports io.github.gpai4j.core.data;
  exports io.github.gpai4j.core.documentation;
  exports io.github.gpai4j.core.form;
  exports io.github.gpai4j.core.json;
  exports io.github.gpai4j.core.schema;
  exports io.github.gpai4j.core.summary;
  exports io.github.gpai4j.core.validation;

  opens io.github.gpai4j.core to tools.jackson.databind;
  opens io.github.gpai4j.core.copyright to tools.jackson.databind;
  opens io.github.gpai4j.core.data to tools.jackson.databind;
  opens io.github.gpai4j.core.documentation to tools.jackson.databind;
  opens io.github.gpai4j.core.summary to tools.jackson.databind;

  uses io.github.gpai4j.core.form.DocumentTypeProvider;

  provides io.github.gpai4j.core.form.DocumentTypeProvider
      with io.github.gpai4j.core.documentation.ModelDocumentationForms,
          io.github.gpai4j.core.summary.TrainingContentSummaries,
          io.github.gpai4j.core.copyright.CopyrightPolicies;
}
