package io.github.gpai4j.taxonomy;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.github.gpai4j.core.Instrument;
import io.github.gpai4j.core.LegalBasis;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;

/** Properties every taxonomy entry has: unique well-formed codes, labels in two languages, a legal basis. */
class TaxonomyEntriesTest {

  private static final Pattern CODE = Pattern.compile("(FINAL|DRAFT1)\\.[A-Z]+\\.[A-Z0-9_]+");

  static List<TaxonomyEntry> all() {
    List<TaxonomyEntry> all = new ArrayList<>();
    for (TaxonomyVersion v : TaxonomyVersion.values()) {
      all.addAll(Taxonomy.of(v).entries());
    }
    return all;
  }

  @Test
  void codes_are_unique_across_versions() {
    Set<String> seen = new HashSet<>();
    for (TaxonomyEntry e : all()) {
      assertTrue(seen.add(e.code()), "duplicate code " + e.code());
    }
  }

  @Test
  void codes_are_version_prefix_category_and_constant_name() {
    for (TaxonomyEntry e : all()) {
      assertTrue(CODE.matcher(e.code()).matches(), e.code());
      assertEquals(e.category().codePrefix() + "." + ((Enum<?>) e).name(), e.code());
      assertEquals(e.category().version(), e.version());
    }
  }

  @Test
  void every_entry_has_an_english_and_a_french_label() {
    for (TaxonomyEntry e : all()) {
      assertFalse(e.label(Locale.ENGLISH).isBlank(), e.code());
      assertFalse(e.label(Locale.FRENCH).isBlank(), e.code());
    }
  }

  @Test
  void every_entry_has_a_description_and_a_source() {
    for (TaxonomyEntry e : all()) {
      assertFalse(e.description().isBlank(), e.code());
      assertFalse(e.source().isBlank(), e.code());
    }
  }

  @Test
  void french_label_is_chosen_for_any_french_locale_and_english_otherwise() {
    assertEquals("Perte de contrôle", SpecifiedSystemicRisk.LOSS_OF_CONTROL.label(Locale.CANADA_FRENCH));
    assertEquals("Loss of control", SpecifiedSystemicRisk.LOSS_OF_CONTROL.label(Locale.GERMAN));
  }

  /** Final entries cite the S&S chapter's Appendix 1 subsection that lists them, e.g. Appendix 1.3.1(1). */
  @Test
  void final_entries_cite_their_appendix_item() {
    assertEquals("CoP S&S Appendix 1.3.1(1)", ModelCapability.OFFENSIVE_CYBER.legalBasis().citation());
    assertEquals("CoP S&S Appendix 1.4(4)", SpecifiedSystemicRisk.HARMFUL_MANIPULATION.legalBasis().citation());
    assertEquals("CoP S&S Appendix 1.2.2(6)", ContributingCharacteristic.ASYMMETRIC_IMPACT.legalBasis().citation());
    for (TaxonomyEntry e : Taxonomy.of(TaxonomyVersion.FINAL_2025_07).entries()) {
      assertEquals(Instrument.COP_SAFETY_AND_SECURITY, e.legalBasis().instrument(), e.code());
      assertTrue(e.legalBasis().isWithin(e.category().legalBasis()), e.code());
    }
  }

  /** The final lists are numbered (1), (2), ... in the text; our constants follow that order. */
  @Test
  void final_numbered_entries_follow_the_numbering_of_the_text() {
    for (TaxonomyCategory c : Taxonomy.of(TaxonomyVersion.FINAL_2025_07).categories()) {
      if (c == TaxonomyCategory.RISK_TYPE_EXAMPLE) {
        continue; // an unnumbered sentence
      }
      List<TaxonomyEntry> entries = c.entries();
      for (int i = 0; i < entries.size(); i++) {
        assertEquals(List.of(Integer.toString(i + 1)), entries.get(i).legalBasis().subdivisions(),
            entries.get(i).code());
      }
    }
  }

  @Test
  void first_draft_entries_cite_their_section_of_the_draft() {
    assertEquals("CoP Draft 1 §6.1", FirstDraftRiskType.AUTOMATED_AI_RESEARCH_AND_DEVELOPMENT.legalBasis().citation());
    for (TaxonomyEntry e : Taxonomy.of(TaxonomyVersion.FIRST_DRAFT_2024_11).entries()) {
      assertEquals(e.category().legalBasis(), e.legalBasis(), e.code());
    }
  }

  @Test
  void legal_bases_survive_a_citation_round_trip() {
    for (TaxonomyEntry e : all()) {
      assertEquals(e.legalBasis(), LegalBasis.parse(e.legalBasis().citation()), e.code());
    }
  }

  @Test
  void every_final_entry_was_read_in_the_final_text() {
    for (TaxonomyEntry e : Taxonomy.of(TaxonomyVersion.FINAL_2025_07).entries()) {
      assertEquals(Provenance.CONFIRMED_PRIMARY, e.provenance(), e.code());
    }
  }

  /**
   * The draft prints "Feedback loops in the use of data, model, and inferences" without a bullet after the list of
   * 6.3.3, so its status as an item is unconfirmed; it is kept and flagged, not dropped.
   */
  @Test
  void doubtful_feedback_loops_line_is_kept_and_flagged_unconfirmed() {
    assertEquals(Provenance.UNCONFIRMED, FirstDraftAffordance.FEEDBACK_LOOPS.provenance());
    assertEquals("A12", FirstDraftAffordance.FEEDBACK_LOOPS.draftItem());
  }

  @Test
  void corroborated_draft_entries_name_their_corroborating_source() {
    assertTrue(FirstDraftRiskType.AUTOMATED_AI_RESEARCH_AND_DEVELOPMENT.source().contains("ACM"));
    assertTrue(FirstDraftCapability.LONG_HORIZON_PLANNING.source().contains("ACM"));
    assertTrue(FirstDraftRiskType.LARGE_SCALE_DISCRIMINATION.source().contains("CDT Europe"));
    assertTrue(FirstDraftRiskType.PERSUASION_AND_MANIPULATION.source().contains("ceeddw.org"));
  }

  /** D1 6.2 gives example values, "neither exhaustive nor mutually exclusive", for every dimension. */
  @Test
  void every_draft_nature_dimension_has_example_values() {
    for (FirstDraftNatureDimension d : FirstDraftNatureDimension.values()) {
      assertFalse(d.exampleValues().isEmpty(), d.code());
    }
    assertEquals(List.of("Overt", "Covert"), FirstDraftNatureDimension.VISIBILITY.exampleValues());
  }
}
