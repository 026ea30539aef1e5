package io.github.gpai4j.taxonomy;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.api.Test;

/**
 * Pins the size of every list of both taxonomy versions against the texts, so that a lost or invented entry
 * fails the build.
 */
class TaxonomyCountsTest {

  /**
   * Final S&S Appendix 1.1 lists five types of risk: public health, safety, public security, fundamental rights,
   * society as a whole.
   */
  @Test
  void final_text_has_five_risk_types() {
    assertEquals(5, TaxonomyCategory.RISK_TYPE.entries().size());
  }

  /** Appendix 1.2.1 lists three essential characteristics, restating Art. 3(64)-(65) AI Act. */
  @Test
  void final_text_has_three_essential_characteristics() {
    assertEquals(3, TaxonomyCategory.ESSENTIAL_CHARACTERISTIC.entries().size());
  }

  /** Appendix 1.2.2 lists six contributing characteristics, (1) capability-dependent to (6) asymmetric impact. */
  @Test
  void final_text_has_six_contributing_characteristics() {
    assertEquals(6, TaxonomyCategory.CONTRIBUTING_CHARACTERISTIC.entries().size());
  }

  /** Appendix 1.3.1 lists fourteen model capabilities, (1) offensive cyber to (14) control of physical systems. */
  @Test
  void final_text_has_fourteen_model_capabilities() {
    assertEquals(14, TaxonomyCategory.MODEL_CAPABILITY.entries().size());
  }

  /** Appendix 1.3.2 lists ten model propensities, (1) misalignment with human intent to (10) mis-coordination. */
  @Test
  void final_text_has_ten_model_propensities() {
    assertEquals(10, TaxonomyCategory.MODEL_PROPENSITY.entries().size());
  }

  /** Appendix 1.3.3 lists thirteen affordances and other sources, (1) access to tools to (13) inappropriate use. */
  @Test
  void final_text_has_thirteen_affordances_and_other_sources() {
    assertEquals(13, TaxonomyCategory.MODEL_AFFORDANCE.entries().size());
  }

  /** Appendix 1.4 specifies four systemic risks: CBRN, loss of control, cyber offence, harmful manipulation. */
  @Test
  void final_text_has_four_specified_systemic_risks() {
    assertEquals(4, TaxonomyCategory.SPECIFIED_SYSTEMIC_RISK.entries().size());
  }

  /** Appendix 1.1, second paragraph, gives twelve examples, from major accidents to illegal or false content. */
  @Test
  void final_text_has_twelve_risk_examples() {
    assertEquals(12, TaxonomyCategory.RISK_TYPE_EXAMPLE.entries().size());
  }

  /** First draft 6.1 lists six risk types that signatories "will treat" as systemic. */
  @Test
  void first_draft_has_six_risk_types() {
    assertEquals(6, TaxonomyCategory.DRAFT_RISK_TYPE.entries().size());
  }

  /** First draft 6.1: major accidents, privacy and surveillance, and large-scale harm to ten listed interests. */
  @Test
  void first_draft_has_twelve_further_risks() {
    assertEquals(12, TaxonomyCategory.DRAFT_ADDITIONAL_RISK.entries().size());
  }

  /** First draft 6.2 describes the nature of systemic risks along eight dimensions. */
  @Test
  void first_draft_has_eight_nature_dimensions() {
    assertEquals(8, TaxonomyCategory.DRAFT_NATURE_DIMENSION.entries().size());
  }

  /** First draft 6.3.1 has six bullets of dangerous capabilities. */
  @Test
  void first_draft_has_six_capability_bullets() {
    assertEquals(6, TaxonomyCategory.DRAFT_CAPABILITY.entries().size());
  }

  /** First draft 6.3.2 has seven bullets of dangerous propensities. */
  @Test
  void first_draft_has_seven_propensity_bullets() {
    assertEquals(7, TaxonomyCategory.DRAFT_PROPENSITY.entries().size());
  }

  /** First draft 6.3.3 has eleven bullets plus one doubtful unbulleted line, kept and flagged. */
  @Test
  void first_draft_has_eleven_affordance_bullets_and_one_doubtful_line() {
    assertEquals(12, TaxonomyCategory.DRAFT_AFFORDANCE.entries().size());
    assertEquals(
        11,
        TaxonomyCategory.DRAFT_AFFORDANCE.entries().stream()
            .filter(e -> e.provenance() == Provenance.CONFIRMED_PRIMARY)
            .count());
  }

  @Test
  void final_taxonomy_lists_every_final_entry_once() {
    assertEquals(5 + 12 + 3 + 6 + 14 + 10 + 13 + 4, Taxonomy.of(TaxonomyVersion.FINAL_2025_07).entries().size());
  }

  @Test
  void first_draft_taxonomy_lists_every_draft_entry_once() {
    assertEquals(6 + 12 + 8 + 6 + 7 + 12, Taxonomy.of(TaxonomyVersion.FIRST_DRAFT_2024_11).entries().size());
  }
}
