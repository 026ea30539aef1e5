/**
 * The systemic-risk vocabulary of the GPAI Code of Practice (first draft and final Safety and Security chapter),
 * the mapping between the two, and the records of systemic risk assessment, evaluation and mitigation.
 *
 * <p>Start with {@link io.github.gpai4j.taxonomy.Taxonomy#of(io.github.gpai4j.taxonomy.TaxonomyVersion)}.
 */
module io.github.gpai4j.taxonomy {
  requires transitive io.github.gpai4j.core;
  requires static org.immutables.value.annotations;
  requires static transitive org.jspecify;

  exports io.github.gpai4j.taxonomy;
  exports io.github.gpai4j.taxonomy.risk;
  exports io.github.gpai4j.taxonomy.mitigation;
  exports io.github.gpai4j.taxonomy.evaluation;
  exports io.github.gpai4j.taxonomy.framework;
  exports io.github.gpai4j.taxonomy.incident;
  exports io.github.gpai4j.taxonomy.report;

  opens io.github.gpai4j.taxonomy to tools.jackson.databind;
  opens io.github.gpai4j.taxonomy.risk to tools.jackson.databind;
  opens io.github.gpai4j.taxonomy.mitigation to tools.jackson.databind;
  opens io.github.gpai4j.taxonomy.evaluation to tools.jackson.databind;
  opens io.github.gpai4j.taxonomy.framework to tools.jackson.databind;
  opens io.github.gpai4j.taxonomy.incident to tools.jackson.databind;
  opens io.github.gpai4j.taxonomy.report to tools.jackson.databind;

  provides io.github.gpai4j.core.form.DocumentTypeProvider with
      io.github.gpai4j.taxonomy.framework.SafetyAndSecurityFrameworkForms,
      io.github.gpai4j.taxonomy.incident.SeriousIncidentReportForms,
      io.github.gpai4j.taxonomy.report.SafetyAndSecurityModelReportForms;
}
