package io.github.gpai4j.evaluation.safety;

import io.github.gpai4j.taxonomy.risk.SystemicRiskRecords;
import io.github.gpai4j.taxonomy.risk.RiskAcceptanceDetermination;
import io.github.gpai4j.taxonomy.risk.AcceptanceCriterionType;
import io.github.gpai4j.taxonomy.risk.SystemicRisk;
import io.github.gpai4j.taxonomy.risk.ProceedDecision;
import io.github.gpai4j.taxonomy.risk.AcceptanceCriterion;
import static org.junit.jupiter.api.Assertions.assertDoesNotThrow;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.github.gpai4j.core.Instrument;
import io.github.gpai4j.core.validation.Finding;
import io.github.gpai4j.core.validation.Rule;
import io.github.gpai4j.core.validation.Severity;
import io.github.gpai4j.core.validation.ValidationOptions;
import io.github.gpai4j.core.validation.ValidationReport;
import io.github.gpai4j.taxonomy.SpecifiedSystemicRisk;
import io.github.gpai4j.taxonomy.evaluation.ModelEvaluation;
import io.github.gpai4j.taxonomy.mitigation.Mitigation;
import io.github.gpai4j.taxonomy.mitigation.MitigationType;
import io.github.gpai4j.taxonomy.mitigation.SecurityGoal;
import io.github.gpai4j.taxonomy.mitigation.SecurityObjective;
import io.github.gpai4j.taxonomy.mitigation.ThreatActor;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;

/**
 * Every rule of the taxonomy module cites the law and speaks English and French ("every finding cites the law:
 * stable rule id, severity, JSON Pointer location, legal basis, message in English and French"), has a record
 * that triggers it, and its validators never throw because of what a record says.
 */
class TaxonomyRulesTest {

  private static final Pattern PLACEHOLDER = Pattern.compile("\\{(\\d+)");

  /** The released rule ids: never reworded. A change here is a breaking change. */
  private static final List<String> STABLE_IDS = List.of(
      "TAX-2-DUPLICATE-RISK-ID",
      "TAX-2-UNKNOWN-RISK-REFERENCE",
      "TAX-2.1-SPECIFIED-NOT-IDENTIFIED",
      "TAX-2.2-NO-SCENARIO",
      "TAX-4.1-CRITERION-TYPE-MISSING",
      "TAX-4.1-NO-CRITERIA",
      "TAX-4.1-NO-UNREACHED-TIER",
      "TAX-4.1-OTHER-CRITERION-UNJUSTIFIED",
      "TAX-4.1-SPECIFIED-OTHER-CRITERION",
      "TAX-4.1-TIER-NOT-MEASURABLE",
      "TAX-4.1-TIER-WITHOUT-CAPABILITY",
      "TAX-4.2-PROCEED-NOT-ACCEPTABLE",
      "TAX-5-MITIGATION-NO-RISK",
      "TAX-5-MITIGATION-TYPE-MISMATCH",
      "TAX-6.1-GOAL-CAPABILITIES",
      "TAX-6.1-GOAL-INSIDER",
      "TAX-6.1-GOAL-NON-STATE-EXTERNAL",
      "TAX-6.1-GOAL-OTHER-UNDESCRIBED",
      "TAX-APP3.1-RIGOUR-UNSTATED",
      "TAX-APP3.2-ELICITATION-NOT-MATCHED",
      "TAX-APP3.2-ELICITATION-UNSTATED",
      "TAX-APP3.4-SHORT-TIME");

  private static final SystemicRiskRecordsValidator VALIDATOR = SystemicRiskRecordsValidator.create();

  private static List<Rule> allRules() {
    List<Rule> all = new ArrayList<>(SystemicRiskRules.all());
    all.addAll(MitigationRules.all());
    all.addAll(EvaluationRules.all());
    return all;
  }

  private static SystemicRiskRecords.Builder valid() {
    return SystemicRiskRecords.builder().from(Fixtures.records());
  }

  private static SystemicRiskRecords withRisk(SystemicRisk risk) {
    return valid().addRisks(risk).build();
  }

  private static SystemicRisk privacyRisk() {
    return SystemicRisk.builder().id("R-PRIV").addScenarios(Fixtures.scenario())
        .addAcceptanceCriteria(Fixtures.tier("T1", false)).build();
  }

  /** One record set per rule that triggers it, starting from complete and consistent records. */
  private static Map<String, SystemicRiskRecords> failingCases() {
    Map<String, SystemicRiskRecords> m = new LinkedHashMap<>();
    m.put("TAX-2-DUPLICATE-RISK-ID", withRisk(Fixtures.cyberRisk()));
    m.put("TAX-2-UNKNOWN-RISK-REFERENCE", valid().addMitigations(
        Mitigation.builder().from(Fixtures.mitigation()).riskIds(List.of("R-NONE")).build()).build());
    m.put("TAX-2.1-SPECIFIED-NOT-IDENTIFIED", SystemicRiskRecords.builder().from(Fixtures.records())
        .risks(List.of(Fixtures.cyberRisk())).mitigations(List.of()).evaluations(List.of())
        .determinations(List.of()).build());
    m.put("TAX-2.2-NO-SCENARIO", withRisk(SystemicRisk.builder().from(privacyRisk()).scenarios(List.of()).build()));
    m.put("TAX-4.1-CRITERION-TYPE-MISSING", withRisk(SystemicRisk.builder().from(privacyRisk())
        .addAcceptanceCriteria(AcceptanceCriterion.builder().name("?").build()).build()));
    m.put("TAX-4.1-NO-CRITERIA", withRisk(SystemicRisk.builder().from(privacyRisk())
        .acceptanceCriteria(List.of()).build()));
    m.put("TAX-4.1-NO-UNREACHED-TIER", withRisk(SystemicRisk.builder().from(privacyRisk())
        .acceptanceCriteria(List.of(Fixtures.tier("T1", true))).build()));
    AcceptanceCriterion other = AcceptanceCriterion.builder().type(AcceptanceCriterionType.OTHER_CRITERION).build();
    m.put("TAX-4.1-OTHER-CRITERION-UNJUSTIFIED", withRisk(SystemicRisk.builder().from(privacyRisk())
        .addAcceptanceCriteria(other).build()));
    m.put("TAX-4.1-SPECIFIED-OTHER-CRITERION", SystemicRiskRecords.builder().from(Fixtures.records())
        .risks(replaceCyber(SystemicRisk.builder().from(Fixtures.cyberRisk()).addAcceptanceCriteria(other).build()))
        .build());
    m.put("TAX-4.1-TIER-NOT-MEASURABLE", withRisk(SystemicRisk.builder().from(privacyRisk())
        .acceptanceCriteria(List.of(AcceptanceCriterion.builder().from(Fixtures.tier("T1", false))
            .measurement(null).build())).build()));
    m.put("TAX-4.1-TIER-WITHOUT-CAPABILITY", withRisk(SystemicRisk.builder().from(privacyRisk())
        .acceptanceCriteria(List.of(AcceptanceCriterion.builder().from(Fixtures.tier("T1", false))
            .definingCapabilities(List.of()).build())).build()));
    m.put("TAX-4.2-PROCEED-NOT-ACCEPTABLE", valid().determinations(List.of(RiskAcceptanceDetermination.builder()
        .from(Fixtures.determination()).acceptable(null).build())).build());
    m.put("TAX-5-MITIGATION-NO-RISK", valid().mitigations(List.of(Mitigation.builder()
        .from(Fixtures.mitigation()).riskIds(List.of()).build())).build());
    m.put("TAX-5-MITIGATION-TYPE-MISMATCH", valid().mitigations(List.of(Mitigation.builder()
        .from(Fixtures.mitigation()).addSecurityObjectives(SecurityObjective.REDUCE_SOCIAL_ENGINEERING).build()))
        .build());
    m.put("TAX-6.1-GOAL-CAPABILITIES", valid().securityGoal(SecurityGoal.builder().from(Fixtures.securityGoal())
        .capabilitiesConsidered(null).build()).build());
    m.put("TAX-6.1-GOAL-INSIDER", valid().securityGoal(SecurityGoal.builder().from(Fixtures.securityGoal())
        .threatActors(List.of(ThreatActor.NON_STATE_EXTERNAL)).build()).build());
    m.put("TAX-6.1-GOAL-NON-STATE-EXTERNAL", valid().securityGoal(SecurityGoal.builder()
        .from(Fixtures.securityGoal()).threatActors(List.of(ThreatActor.INSIDER)).build()).build());
    m.put("TAX-6.1-GOAL-OTHER-UNDESCRIBED", valid().securityGoal(SecurityGoal.builder()
        .from(Fixtures.securityGoal()).addThreatActors(ThreatActor.OTHER).build()).build());
    m.put("TAX-APP3.1-RIGOUR-UNSTATED", valid().evaluations(List.of(ModelEvaluation.builder()
        .from(Fixtures.evaluation()).reproducibility("").build())).build());
    m.put("TAX-APP3.2-ELICITATION-NOT-MATCHED", valid().evaluations(List.of(ModelEvaluation.builder()
        .from(Fixtures.evaluation()).matchesExpectedUseContext(false).build())).build());
    m.put("TAX-APP3.2-ELICITATION-UNSTATED", valid().evaluations(List.of(ModelEvaluation.builder()
        .from(Fixtures.evaluation()).elicitationTechniques(List.of()).build())).build());
    m.put("TAX-APP3.4-SHORT-TIME", valid().evaluations(List.of(ModelEvaluation.builder()
        .from(Fixtures.evaluation()).businessDaysAllowed(0).build())).build());
    return m;
  }

  private static List<SystemicRisk> replaceCyber(SystemicRisk cyber) {
    List<SystemicRisk> risks = new ArrayList<>();
    for (SystemicRisk r : Fixtures.records().risks()) {
      risks.add(r.specifiedRisk() == SpecifiedSystemicRisk.CYBER_OFFENCE ? cyber : r);
    }
    return risks;
  }

  private static Set<Integer> placeholders(String template) {
    Set<Integer> out = new TreeSet<>();
    Matcher m = PLACEHOLDER.matcher(template);
    while (m.find()) {
      out.add(Integer.parseInt(m.group(1)));
    }
    return out;
  }

  @Test
  void rule_ids_are_the_released_ones_and_unique() {
    List<String> ids = allRules().stream().map(Rule::id).sorted().toList();
    assertEquals(STABLE_IDS, ids);
    assertEquals(ids.size(), Set.copyOf(ids).size());
  }

  @Test
  void each_rules_class_lists_its_rules_by_id() {
    for (List<Rule> rules : List.of(SystemicRiskRules.all(), MitigationRules.all(), EvaluationRules.all())) {
      List<String> ids = rules.stream().map(Rule::id).toList();
      assertEquals(ids.stream().sorted().toList(), ids);
    }
  }

  /** Every rule implements a provision of the Safety and Security chapter of the Code of Practice. */
  @Test
  void every_rule_cites_the_safety_and_security_chapter() {
    for (Rule r : allRules()) {
      assertFalse(r.legalBases().isEmpty(), r.id());
      assertTrue(r.legalBases().stream().allMatch(b -> b.instrument() == Instrument.COP_SAFETY_AND_SECURITY),
          r.id());
    }
  }

  @Test
  void every_rule_has_an_english_sentence_as_description() {
    for (Rule r : allRules()) {
      assertTrue(r.description().endsWith("."), r.id());
    }
  }

  @Test
  void every_rule_has_english_and_french_messages_with_the_same_placeholders() {
    for (Rule r : allRules()) {
      String en = r.messages().template(r.messageKey(), Locale.ENGLISH);
      String fr = r.messages().template(r.messageKey(), Locale.FRENCH);
      assertFalse(en.isBlank(), r.id());
      assertFalse(fr.isBlank(), r.id());
      assertNotEquals(en, fr, r.id());
      assertEquals(placeholders(en), placeholders(fr), r.id());
    }
  }

  @Test
  void other_languages_read_english_and_french_variants_read_french() {
    Rule r = SystemicRiskRules.NO_SCENARIO;
    assertEquals(r.messages().template(r.messageKey(), Locale.ENGLISH),
        r.messages().template(r.messageKey(), Locale.GERMAN));
    assertEquals(r.messages().template(r.messageKey(), Locale.FRENCH),
        r.messages().template(r.messageKey(), Locale.CANADA_FRENCH));
  }

  @Test
  void every_rule_has_a_failing_case() {
    Map<String, SystemicRiskRecords> cases = failingCases();
    assertEquals(STABLE_IDS, cases.keySet().stream().sorted().toList());
    for (Map.Entry<String, SystemicRiskRecords> c : cases.entrySet()) {
      ValidationReport report = VALIDATOR.validate(c.getValue());
      assertEquals(List.of(c.getKey()), report.ruleIds(), c.getKey());
    }
  }

  /** Each message fills every placeholder of its template with the finding's arguments, in both languages. */
  @Test
  void every_finding_of_a_failing_case_renders_completely_in_english_and_french() {
    for (SystemicRiskRecords records : failingCases().values()) {
      for (Finding f : VALIDATOR.validate(records).findings()) {
        Set<Integer> used = placeholders(f.rule().messages().template(f.messageKey(), Locale.ENGLISH));
        assertTrue(used.isEmpty() || Collections.max(used) < f.arguments().size(), f.ruleId());
        for (Locale l : List.of(Locale.ENGLISH, Locale.FRENCH)) {
          String message = f.message(l);
          assertFalse(message.contains("{"), message);
          assertFalse(message.contains("}"), message);
        }
      }
    }
  }

  @Test
  void errors_make_records_invalid_and_warnings_do_not() {
    for (Map.Entry<String, SystemicRiskRecords> c : failingCases().entrySet()) {
      ValidationReport report = VALIDATOR.validate(c.getValue());
      Severity severity = report.findings().get(0).severity();
      assertEquals(severity != Severity.ERROR, report.isValid(), c.getKey());
    }
  }

  /** Fail-fast stops at the first error; a case with only warnings or information runs to the end. */
  @Test
  void fail_fast_stops_at_the_first_error_in_every_failing_case() {
    for (Map.Entry<String, SystemicRiskRecords> c : failingCases().entrySet()) {
      ValidationReport all = VALIDATOR.validate(c.getValue());
      ValidationReport fast = VALIDATOR.validate(c.getValue(), ValidationOptions.stopAtFirstError());
      if (all.isValid()) {
        assertEquals(all, fast, c.getKey());
      } else {
        assertEquals(1, fast.count(Severity.ERROR), c.getKey());
        assertTrue(fast.stoppedEarly(), c.getKey());
        assertTrue(all.findings().containsAll(fast.findings()), c.getKey());
      }
    }
  }

  /** Strange but well-typed content: empty, blank, control and bidirectional characters, long lists. */
  private static List<SystemicRiskRecords> oddRecords() {
    String odd = "\u202e{0}'\u0000\n" + "x".repeat(2 * Finding.MAX_ARGUMENT_LENGTH);
    List<String> manyIds = new ArrayList<>();
    for (int i = 0; i < 300; i++) {
      manyIds.add(i % 2 == 0 ? odd : "R-" + i);
    }
    List<SystemicRiskRecords> out = new ArrayList<>();
    out.add(SystemicRiskRecords.builder().build());
    out.add(SystemicRiskRecords.builder()
        .addRisks(SystemicRisk.builder().build(), SystemicRisk.builder().id("").name(odd).build())
        .addRisks(SystemicRisk.builder().specifiedRisk(SpecifiedSystemicRisk.CBRN)
            .addAcceptanceCriteria(AcceptanceCriterion.builder().build(),
                AcceptanceCriterion.builder().type(AcceptanceCriterionType.OTHER_CRITERION).build(),
                AcceptanceCriterion.builder().type(AcceptanceCriterionType.SYSTEMIC_RISK_TIER).measurement("")
                    .build())
            .build())
        .addMitigations(Mitigation.builder().build(),
            Mitigation.builder().id(odd).type(MitigationType.SECURITY).riskIds(manyIds).build())
        .addEvaluations(ModelEvaluation.builder().build(), ModelEvaluation.builder().title(odd)
            .riskIds(manyIds).businessDaysAllowed(Integer.MAX_VALUE).build())
        .addDeterminations(RiskAcceptanceDetermination.builder().build(),
            RiskAcceptanceDetermination.builder().decision(io.github.gpai4j.taxonomy.risk.ProceedDecision.PROCEED)
                .riskIds(manyIds).build())
        .securityGoal(SecurityGoal.builder().addThreatActors(ThreatActor.OTHER).otherActorsDescription(" ").build())
        .build());
    return out;
  }

  @Test
  void validators_never_throw_on_record_content_and_reports_always_render() {
    for (SystemicRiskRecords records : oddRecords()) {
      for (ValidationOptions options : List.of(ValidationOptions.defaults(), ValidationOptions.stopAtFirstError())) {
        ValidationReport report = assertDoesNotThrow(() -> VALIDATOR.validate(records, options));
        assertFalse(report.isValid());
        for (Locale l : List.of(Locale.ENGLISH, Locale.FRENCH)) {
          assertDoesNotThrow(() -> report.toJson(l));
          assertDoesNotThrow(() -> report.toMarkdown(l));
          assertDoesNotThrow(() -> report.toText(l));
        }
      }
    }
  }

  /** A document value never becomes template text: a {@code {0}} in an id is shown, not substituted. */
  @Test
  void record_values_appear_only_as_quoted_arguments() {
    SystemicRisk risk = SystemicRisk.builder().id("{0} ''x''").build();
    Finding f = SystemicRiskValidator.create().validate(risk).findings().get(1);
    assertTrue(f.message(Locale.ENGLISH).contains("“{0} ''x''”"), f.message(Locale.ENGLISH));
  }

  @Test
  void the_records_validator_applies_every_rule_of_the_module() {
    assertEquals(allRules().stream().map(Rule::id).sorted().toList(),
        VALIDATOR.rules().stream().map(Rule::id).toList());
  }
}
