package io.github.gpai4j.core;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class LegalBasisTest {

  @Test
  void renders_an_article_with_paragraph_and_point() {
    assertEquals("Art. 53(1)(a)", LegalBasis.article(53, "1", "a").citation());
  }

  @Test
  void renders_an_annex_section_before_its_parenthesised_points() {
    assertEquals("Annex XI 1(2)(d)", LegalBasis.annex("XI", "1", "2", "d").citation());
  }

  @Test
  void renders_a_code_of_practice_measure_with_its_chapter_prefix() {
    assertEquals("CoP S&S Measure 9.3", LegalBasis.measure(Instrument.COP_SAFETY_AND_SECURITY, "9.3").citation());
  }

  @Test
  void renders_a_guidelines_section_with_the_section_sign() {
    assertEquals("GPAI Guidelines §3.2", LegalBasis.section(Instrument.COMMISSION_GUIDELINES, "3.2").citation());
  }

  @ParameterizedTest
  @ValueSource(strings = {"Art. 51(2)", "Art. 55(1)(d)", "Annex XIII", "Annex XII 2(b)", "Annex XI 1(1)(e)",
      "Recital 111", "CoP S&S Appendix 1.4", "CoP Transparency Measure 1.2", "CoP Copyright Measure 1.3(1)(a)",
      "CoP S&S Commitment 9", "Training Content Template §2.3", "CoP Draft 1 Measure 6.3.1"})
  void parses_back_every_citation_it_renders(String citation) {
    assertEquals(citation, LegalBasis.parse(citation).citation());
  }

  @Test
  void rejects_a_citation_it_does_not_understand_with_the_expected_forms() {
    IllegalArgumentException e = assertThrows(IllegalArgumentException.class, () -> LegalBasis.parse("Article 5"));
    assertTrue(e.getMessage().contains("Art. 53(1)(a)"), e.getMessage());
  }

  @Test
  void rejects_an_article_of_the_code_of_practice() {
    assertThrows(IllegalArgumentException.class,
        () -> new LegalBasis(Instrument.COP_TRANSPARENCY, LegalBasis.Division.ARTICLE, "5", List.of()));
  }

  @Test
  void rejects_a_measure_of_the_ai_act() {
    assertThrows(IllegalArgumentException.class, () -> LegalBasis.measure(Instrument.AI_ACT, "1.1"));
  }

  @Test
  void knows_that_a_point_lies_within_its_article() {
    assertTrue(LegalBasis.article(53, "1", "a").isWithin(LegalBasis.article(53)));
    assertTrue(LegalBasis.article(53, "1", "a").isWithin(LegalBasis.article(53, "1")));
    assertFalse(LegalBasis.article(53).isWithin(LegalBasis.article(53, "1")));
    assertFalse(LegalBasis.article(54, "1").isWithin(LegalBasis.article(53)));
  }

  @Test
  void orders_articles_numerically_not_alphabetically() {
    List<LegalBasis> list = new ArrayList<>(List.of(LegalBasis.article(101), LegalBasis.article(53, "2"),
        LegalBasis.article(53, "1", "b"), LegalBasis.article(9)));
    list.sort(null);
    assertEquals(List.of(LegalBasis.article(9), LegalBasis.article(53, "1", "b"), LegalBasis.article(53, "2"),
        LegalBasis.article(101)), list);
  }

  @Test
  void is_a_value_equal_to_its_parsed_citation() {
    assertEquals(LegalBasis.annex("XI", "1", "2", "d"), LegalBasis.parse("Annex XI 1(2)(d)"));
  }
}
