package io.github.gpai4j.evaluation.safety.properties;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.github.gpai4j.core.Document;
import io.github.gpai4j.core.form.Form;
import io.github.gpai4j.core.json.Gpai4jJson;
import io.github.gpai4j.core.validation.Rule;
import io.github.gpai4j.core.validation.Validator;
import io.github.gpai4j.evaluation.form.FormRules;
import io.github.gpai4j.evaluation.registry.DocumentValidators;
import io.github.gpai4j.evaluation.safety.FrameworkValidator;
import io.github.gpai4j.evaluation.safety.ModelReportValidator;
import io.github.gpai4j.evaluation.safety.SeriousIncidentReportValidator;
import io.github.gpai4j.testkit.Gen;
import io.github.gpai4j.testkit.Property;
import io.github.gpai4j.testkit.domain.FormMutants;
import io.github.gpai4j.testkit.domain.Mutant;
import io.github.gpai4j.testkit.domain.SafetyDocumentGens;
import io.github.gpai4j.taxonomy.framework.SafetyAndSecurityFramework;
import io.github.gpai4j.taxonomy.framework.SafetyAndSecurityFrameworkForms;
import io.github.gpai4j.taxonomy.incident.SeriousIncidentReport;
import io.github.gpai4j.taxonomy.incident.SeriousIncidentReportForms;
import io.github.gpai4j.taxonomy.report.SafetyAndSecurityModelReport;
import io.github.gpai4j.taxonomy.report.SafetyAndSecurityModelReportForms;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;

/**
 * Properties of the Safety and Security documents (Commitments 1, 7, 8 and 9 of the GPAI Code of Practice): generated
 * valid documents round-trip through JSON and validate clean through the registry, and every mutant derived from a
 * form table triggers its rule.
 */
class SafetyDocumentProperties {

  private static <D extends Document> void roundTripsAndValidatesClean(Gen<D> gen) {
    Gpai4jJson json = Gpai4jJson.strict();
    Property.forAll(gen).withTries(60).checkAssert(doc -> {
      assertEquals(List.of(), DocumentValidators.validate(doc,
          io.github.gpai4j.core.validation.ValidationOptions.defaults()).findings());
      assertEquals(doc, json.readDocument(json.write(doc)));
    });
  }

  private static <D> Set<String> mutantsTriggerTheirRules(Form<D> form, Class<D> type, Gen<D> valid,
      Validator<D> validator) {
    Set<String> seen = new TreeSet<>();
    for (Gen<Mutant<D>> gen : FormMutants.of(form, type, valid)) {
      Property.forAll(gen).withTries(5).checkAssert(mutant -> {
        seen.add(mutant.ruleId());
        List<String> ids = validator.validate(mutant.value()).ruleIds();
        assertTrue(ids.contains(mutant.ruleId()), mutant.description() + ": " + ids);
      });
    }
    return seen;
  }

  private static Set<String> tableRules(Form<?> form) {
    return FormRules.of(form.table()).catalogue().all().stream().map(Rule::id)
        .collect(Collectors.toCollection(TreeSet::new));
  }

  /** Generated serious-incident reports round-trip and have no finding as of their documentation date. */
  @Test
  void valid_serious_incident_reports_round_trip_and_validate_clean() {
    roundTripsAndValidatesClean(SafetyDocumentGens.validSeriousIncidentReports());
  }

  /** Generated Model Reports round-trip and have no finding. */
  @Test
  void valid_model_reports_round_trip_and_validate_clean() {
    roundTripsAndValidatesClean(SafetyDocumentGens.validModelReports());
  }

  /** Generated Frameworks round-trip and have no finding. */
  @Test
  void valid_frameworks_round_trip_and_validate_clean() {
    roundTripsAndValidatesClean(SafetyDocumentGens.validFrameworks());
  }

  /** Every table-derived rule of the incident report has a mutant, and each mutant triggers exactly its rule. */
  @Test
  void every_incident_form_mutant_triggers_exactly_its_rule() {
    SeriousIncidentReportValidator v = SeriousIncidentReportValidator.create();
    Set<String> seen = new TreeSet<>();
    for (Gen<Mutant<SeriousIncidentReport>> gen : FormMutants.of(SeriousIncidentReportForms.TEMPLATE_2025_11,
        SeriousIncidentReport.class, SafetyDocumentGens.validSeriousIncidentReports())) {
      Property.forAll(gen).withTries(5).checkAssert(mutant -> {
        seen.add(mutant.ruleId());
        assertEquals(mutant.expectedRuleIds(), Set.copyOf(v.validate(mutant.value()).ruleIds()),
            mutant.description());
      });
    }
    assertEquals(tableRules(SeriousIncidentReportForms.TEMPLATE_2025_11), seen);
  }

  /** Measure 9.3: a late initial report triggers exactly {@code SIR-9.3-INITIAL-LATE}. */
  @Test
  void a_late_initial_report_triggers_exactly_its_rule() {
    Property.forAll(SafetyDocumentGens.lateInitialReports()).withTries(60).checkAssert(mutant ->
        assertEquals(mutant.expectedRuleIds(), Set.copyOf(SeriousIncidentReportValidator.create()
            .validate(mutant.value()).ruleIds()), mutant.description()));
  }

  /** Every table-derived rule of the Model Report has a mutant that triggers it. */
  @Test
  void every_model_report_form_mutant_triggers_its_rule() {
    assertEquals(tableRules(SafetyAndSecurityModelReportForms.COP_FINAL_2025_07),
        mutantsTriggerTheirRules(SafetyAndSecurityModelReportForms.COP_FINAL_2025_07,
            SafetyAndSecurityModelReport.class, SafetyDocumentGens.validModelReports(), ModelReportValidator.create()));
  }

  /** Every table-derived rule of the Framework has a mutant that triggers it. */
  @Test
  void every_framework_form_mutant_triggers_its_rule() {
    assertEquals(tableRules(SafetyAndSecurityFrameworkForms.COP_FINAL_2025_07),
        mutantsTriggerTheirRules(SafetyAndSecurityFrameworkForms.COP_FINAL_2025_07,
            SafetyAndSecurityFramework.class, SafetyDocumentGens.validFrameworks(), FrameworkValidator.create()));
  }
}
