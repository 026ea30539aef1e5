package io.github.gpai4j.evaluation.safety;

import io.github.gpai4j.taxonomy.risk.SystemicRiskRecords;
import io.github.gpai4j.taxonomy.risk.RiskAcceptanceDetermination;
import io.github.gpai4j.taxonomy.risk.SystemicRisk;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.github.gpai4j.core.json.DocumentReadException;
import io.github.gpai4j.core.validation.Finding;
import io.github.gpai4j.core.validation.Rule;
import io.github.gpai4j.core.validation.Severity;
import io.github.gpai4j.core.validation.ValidationOptions;
import io.github.gpai4j.core.validation.ValidationReport;
import io.github.gpai4j.taxonomy.evaluation.ModelEvaluation;
import io.github.gpai4j.taxonomy.mitigation.Mitigation;
import io.github.gpai4j.taxonomy.mitigation.SecurityGoal;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * Commitments 2 to 6 across records: specified risks identified (Measure 2.1(2)), distinct risk ids, references to
 * identified risks only, and each record's own checks located inside the records' JSON form.
 */
class SystemicRiskRecordsValidatorTest {

  private static final SystemicRiskRecordsValidator VALIDATOR = SystemicRiskRecordsValidator.create();

  private static List<Finding> of(ValidationReport report, Rule rule) {
    return report.findings().stream().filter(f -> f.rule().equals(rule)).toList();
  }

  @Test
  void complete_consistent_records_have_no_finding() {
    assertEquals(ValidationReport.empty(), VALIDATOR.validate(Fixtures.records()));
  }

  @Test
  void references_to_identified_risks_have_no_finding() {
    SystemicRiskRecords r = SystemicRiskRecords.builder().from(Fixtures.records())
        .addMitigations(Mitigation.builder().from(Fixtures.mitigation()).addRiskIds("R-CBRN").build())
        .addEvaluations(ModelEvaluation.builder().from(Fixtures.evaluation()).addRiskIds("R-LOSS_OF_CONTROL").build())
        .build();
    assertEquals(ValidationReport.empty(), VALIDATOR.validate(r));
  }

  /** Measure 2.1(2): the specified systemic risks of Appendix 1.4 are always identified. */
  @Test
  void identification_reports_each_missing_specified_risk_at_the_risk_list() {
    SystemicRiskRecords r = SystemicRiskRecords.builder().addRisks(Fixtures.cyberRisk()).build();
    List<Finding> f = of(VALIDATOR.validate(r), SystemicRiskRules.SPECIFIED_RISK_NOT_IDENTIFIED);
    assertEquals(
        List.of("FINAL.SPECIFIED.CBRN", "FINAL.SPECIFIED.HARMFUL_MANIPULATION", "FINAL.SPECIFIED.LOSS_OF_CONTROL"),
        f.stream().map(x -> x.arguments().get(0)).toList());
    assertEquals("/risks", f.get(0).location().text());
  }

  @Test
  void fail_fast_reports_the_first_missing_specified_risk_in_appendix_order() {
    SystemicRiskRecords r = SystemicRiskRecords.builder().addRisks(Fixtures.cyberRisk()).build();
    ValidationReport report = VALIDATOR.validate(r, ValidationOptions.stopAtFirstError());
    assertEquals(List.of(List.of("FINAL.SPECIFIED.CBRN")),
        report.findings().stream().map(Finding::arguments).toList());
    assertTrue(report.stoppedEarly());
  }

  @Test
  void reference_to_an_unknown_risk_is_reported_with_its_pointer() {
    SystemicRiskRecords r = SystemicRiskRecords.builder().from(Fixtures.records())
        .mitigations(List.of(Mitigation.builder().from(Fixtures.mitigation()).addRiskIds("R-BIO").build()))
        .build();
    ValidationReport report = VALIDATOR.validate(r);
    assertEquals(List.of(SystemicRiskRules.UNKNOWN_RISK_REFERENCE.id()), report.ruleIds());
    assertEquals("/mitigations/0/riskIds/1", report.findings().get(0).location().text());
    assertEquals(List.of("R-BIO"), report.findings().get(0).arguments());
  }

  @Test
  void unknown_references_of_evaluations_and_determinations_are_reported() {
    SystemicRiskRecords r = SystemicRiskRecords.builder().from(Fixtures.records())
        .evaluations(List.of(ModelEvaluation.builder().from(Fixtures.evaluation()).riskIds(List.of("X")).build()))
        .determinations(List.of(RiskAcceptanceDetermination.builder().from(Fixtures.determination())
            .riskIds(List.of("Y")).build()))
        .build();
    assertEquals(List.of("/determinations/0/riskIds/0", "/evaluations/0/riskIds/0"),
        VALIDATOR.validate(r).findings().stream().map(f -> f.location().text()).toList());
  }

  @Test
  void duplicate_risk_ids_are_reported_at_the_second_risk() {
    SystemicRiskRecords r = SystemicRiskRecords.builder().from(Fixtures.records())
        .addRisks(Fixtures.cyberRisk()).build();
    ValidationReport report = VALIDATOR.validate(r);
    assertEquals(List.of(SystemicRiskRules.DUPLICATE_RISK_ID.id()), report.ruleIds());
    assertEquals("/risks/4/id", report.findings().get(0).location().text());
  }

  @Test
  void risks_without_ids_are_not_duplicates() {
    SystemicRiskRecords r = SystemicRiskRecords.builder().from(Fixtures.records())
        .addRisks(SystemicRisk.builder().from(Fixtures.cyberRisk()).id(null).build(),
            SystemicRisk.builder().from(Fixtures.cyberRisk()).id(null).build())
        .build();
    assertTrue(of(VALIDATOR.validate(r), SystemicRiskRules.DUPLICATE_RISK_ID).isEmpty());
  }

  @Test
  void each_record_is_checked_under_its_own_pointer() {
    SystemicRiskRecords r = SystemicRiskRecords.builder().from(Fixtures.records())
        .addRisks(SystemicRisk.builder().id("R-PRIV").build())
        .addMitigations(Mitigation.builder().from(Fixtures.mitigation()).riskIds(List.of()).build())
        .addEvaluations(ModelEvaluation.builder().from(Fixtures.evaluation()).businessDaysAllowed(5).build())
        .securityGoal(SecurityGoal.builder().build())
        .build();
    ValidationReport report = VALIDATOR.validate(r);
    assertEquals("/risks/4/scenarios", of(report, SystemicRiskRules.NO_SCENARIO).get(0).location().text());
    assertEquals("/mitigations/1/riskIds", of(report, MitigationRules.MITIGATION_WITHOUT_RISK).get(0)
        .location().text());
    assertEquals("/evaluations/1/businessDaysAllowed", of(report, EvaluationRules.SHORT_EVALUATION_TIME).get(0)
        .location().text());
    assertEquals("/securityGoal/threatActors", of(report, MitigationRules.GOAL_NEEDS_INSIDER).get(0)
        .location().text());
  }

  /**
   * Fail-fast keeps what was found before the first error: the warning of an earlier record stays, the record
   * with the error ends the run.
   */
  @Test
  void fail_fast_keeps_earlier_warnings_and_stops_at_the_first_error() {
    SystemicRiskRecords r = SystemicRiskRecords.builder().from(Fixtures.records())
        .mitigations(List.of(Mitigation.builder().from(Fixtures.mitigation()).riskIds(List.of()).build()))
        .determinations(List.of(RiskAcceptanceDetermination.builder().from(Fixtures.determination())
            .acceptable(false).build()))
        .securityGoal(SecurityGoal.builder().build())
        .build();
    ValidationReport report = VALIDATOR.validate(r, ValidationOptions.stopAtFirstError());
    assertEquals(List.of(SystemicRiskRules.PROCEED_NOT_ACCEPTABLE.id(), MitigationRules.MITIGATION_WITHOUT_RISK.id()),
        report.ruleIds());
    assertEquals(1, report.count(Severity.ERROR));
    assertTrue(report.stoppedEarly());
  }

  @Test
  void empty_records_report_only_the_missing_specified_risks() {
    ValidationReport report = VALIDATOR.validate(SystemicRiskRecords.builder().build());
    assertEquals(List.of(SystemicRiskRules.SPECIFIED_RISK_NOT_IDENTIFIED.id()), report.ruleIds());
    assertEquals(4, report.count(Severity.ERROR));
  }

  @Test
  void the_records_validator_lists_every_rule_of_the_module_by_id() {
    List<String> ids = VALIDATOR.rules().stream().map(Rule::id).toList();
    assertEquals(22, ids.size());
    assertEquals(ids.stream().sorted().toList(), ids);
  }

  @Test
  void the_records_validator_rejects_null() {
    assertThrows(NullPointerException.class, () -> VALIDATOR.validate(null));
    assertThrows(NullPointerException.class, () -> VALIDATOR.validate(Fixtures.records(), null));
  }

  @Test
  void records_survive_a_json_round_trip() throws DocumentReadException {
    assertEquals(Fixtures.records(), JsonRoundTrip.of(Fixtures.records(), SystemicRiskRecords.class));
  }

  @Test
  void records_json_uses_the_member_names_the_pointers_name() {
    String json = JsonRoundTrip.write(Fixtures.records());
    for (String member : List.of("\"risks\"", "\"mitigations\"", "\"evaluations\"", "\"determinations\"",
        "\"securityGoal\"")) {
      assertTrue(json.contains(member), member);
    }
  }
}
