package io.github.gpai4j.evaluation.documentation;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.github.gpai4j.core.Instrument;
import io.github.gpai4j.core.LegalBasis;
import io.github.gpai4j.core.Recipient;
import io.github.gpai4j.core.documentation.MdfItem;
import io.github.gpai4j.core.validation.Rule;
import io.github.gpai4j.core.validation.Severity;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;

class ModelDocumentationRulesTest {

  @Test
  void rule_ids_are_unique() {
    List<Rule> all = ModelDocumentationRules.all();
    Set<String> ids = all.stream().map(Rule::id).collect(Collectors.toSet());
    assertEquals(all.size(), ids.size());
  }

  @Test
  void rules_are_listed_by_id() {
    List<String> ids = ModelDocumentationRules.all().stream().map(Rule::id).toList();
    assertEquals(ids.stream().sorted().toList(), ids);
  }

  @Test
  void every_form_item_has_a_completeness_rule() {
    for (MdfItem item : MdfItem.values()) {
      Rule rule = ModelDocumentationRules.required(item);
      assertEquals("MDF-REQ-" + item.id().substring(4), rule.id());
      assertEquals(Severity.ERROR, rule.severity());
      assertEquals(List.copyOf(item.recipients()), rule.recipients());
    }
  }

  /**
   * Required hardware (MDF-4.5) goes to downstream providers only, so it rests on Art. 53(1)(b) and Annex XII
   * 1(d), through the form of Transparency Measure 1.1.
   */
  @Test
  void a_downstream_item_cites_article_53_1_b_and_annex_xii() {
    assertEquals(List.of(LegalBasis.article(53, "1", "b"), LegalBasis.annex("XII", "1", "d"),
        LegalBasis.measure(Instrument.COP_TRANSPARENCY, "1.1")),
        ModelDocumentationRules.required(MdfItem.MDF_4_5).legalBases());
  }

  /** The exact parameter count (MDF-2.5a) goes to the AI Office: Art. 53(1)(a) with Annex XI 1(1)(d). */
  @Test
  void an_ai_office_item_cites_article_53_1_a_and_annex_xi() {
    assertEquals(List.of(LegalBasis.article(53, "1", "a"), LegalBasis.annex("XI", "1", "1", "d"),
        LegalBasis.measure(Instrument.COP_TRANSPARENCY, "1.1")), ModelDocumentationRules.PREC_PARAMETERS.legalBases());
  }

  @Test
  void systemic_risk_rules_cite_annex_xi_section_2_and_safety_and_security_measure_10_1() {
    for (Rule r : List.of(ModelDocumentationRules.SR_EVALUATION, ModelDocumentationRules.SR_ADVERSARIAL_TESTING,
        ModelDocumentationRules.SR_SYSTEM_ARCHITECTURE)) {
      assertTrue(r.legalBases().stream().anyMatch(b -> b.isWithin(LegalBasis.annex("XI", "2"))), r.id());
      assertTrue(r.legalBases().contains(LegalBasis.measure(Instrument.COP_SAFETY_AND_SECURITY, "10.1")), r.id());
    }
  }

  @Test
  void recommended_word_counts_are_information_only() {
    assertEquals(Severity.INFO, ModelDocumentationRules.WORDS.severity());
  }

  @Test
  void implausible_compute_is_a_warning() {
    assertEquals(Severity.WARNING, ModelDocumentationRules.PLAUS_COMPUTE.severity());
  }

  @Test
  void systemic_risk_rules_concern_the_authorities_only() {
    assertEquals(List.of(Recipient.AI_OFFICE, Recipient.NATIONAL_COMPETENT_AUTHORITY),
        ModelDocumentationRules.SR_EVALUATION.recipients());
  }

  @Test
  void names_the_final_code_of_practice_among_the_texts_it_implements() {
    assertTrue(ModelDocumentationRules.implementedTexts()
        .contains(io.github.gpai4j.evaluation.RegulatoryText.CODE_OF_PRACTICE_FINAL_2025_07));
  }

  @Test
  void finds_rules_by_id() {
    assertEquals(ModelDocumentationRules.PREC_COMPUTE, ModelDocumentationRules.byId("MDF-PREC-7.2b"));
    assertThrows(IllegalArgumentException.class, () -> ModelDocumentationRules.byId("MDF-NOPE"));
  }
}
