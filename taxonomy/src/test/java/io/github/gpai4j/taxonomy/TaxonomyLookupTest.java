package io.github.gpai4j.taxonomy;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Optional;
import org.junit.jupiter.api.Test;

/** Looking entries up by code, and the errors that help fix a wrong code. */
class TaxonomyLookupTest {

  private final Taxonomy fin = Taxonomy.of(TaxonomyVersion.FINAL_2025_07);
  private final Taxonomy draft = Taxonomy.of(TaxonomyVersion.FIRST_DRAFT_2024_11);

  @Test
  void finds_an_entry_by_its_code() {
    assertSame(ModelCapability.OFFENSIVE_CYBER, fin.byCode("FINAL.CAPABILITY.OFFENSIVE_CYBER"));
  }

  @Test
  void finds_every_entry_by_its_own_code() {
    for (TaxonomyVersion v : TaxonomyVersion.values()) {
      Taxonomy t = Taxonomy.of(v);
      t.entries().forEach(e -> assertSame(e, t.byCode(e.code())));
    }
  }

  @Test
  void unknown_code_error_suggests_the_nearest_code_first() {
    UnknownCodeException e =
        assertThrows(UnknownCodeException.class, () -> fin.byCode("FINAL.CAPABILITY.OFENSIVE_CYBER"));
    assertEquals("FINAL.CAPABILITY.OFFENSIVE_CYBER", e.suggestions().get(0));
    assertTrue(e.getMessage().contains("did you mean FINAL.CAPABILITY.OFFENSIVE_CYBER"), e.getMessage());
    assertEquals(TaxonomyVersion.FINAL_2025_07, e.version());
  }

  @Test
  void unknown_code_error_suggests_at_most_three_codes() {
    UnknownCodeException e = assertThrows(UnknownCodeException.class, () -> fin.byCode("nonsense"));
    assertEquals(3, e.suggestions().size());
  }

  @Test
  void bare_constant_name_suggests_the_full_code() {
    UnknownCodeException e = assertThrows(UnknownCodeException.class, () -> fin.byCode("LOSS_OF_CONTROL"));
    assertEquals("FINAL.SPECIFIED.LOSS_OF_CONTROL", e.suggestions().get(0));
  }

  @Test
  void code_of_the_other_version_is_named_as_such() {
    UnknownCodeException e =
        assertThrows(UnknownCodeException.class, () -> fin.byCode("DRAFT1.TYPE.AUTOMATED_AI_RESEARCH_AND_DEVELOPMENT"));
    assertTrue(e.getMessage().contains("it is a code of FIRST_DRAFT_2024_11"), e.getMessage());
  }

  @Test
  void any_version_lookup_finds_codes_of_both_versions() {
    assertSame(FirstDraftPropensity.CONFABULATION, Taxonomy.anyVersionByCode("DRAFT1.PROPENSITY.CONFABULATION"));
    assertSame(ModelPropensity.LAWLESSNESS, Taxonomy.anyVersionByCode("FINAL.PROPENSITY.LAWLESSNESS"));
  }

  @Test
  void find_returns_empty_for_an_unknown_code() {
    assertEquals(Optional.empty(), draft.find("FINAL.SPECIFIED.CBRN"));
  }

  @Test
  void listing_a_category_of_the_other_version_is_rejected() {
    assertThrows(IllegalArgumentException.class, () -> draft.entries(TaxonomyCategory.MODEL_CAPABILITY));
  }

  @Test
  void entries_are_listed_category_by_category_in_text_order() {
    assertSame(SystemicRiskType.PUBLIC_HEALTH, fin.entries().get(0));
    assertSame(FirstDraftRiskType.CYBER_OFFENCE, draft.entries().get(0));
    assertSame(FirstDraftAffordance.FEEDBACK_LOOPS, draft.entries().get(draft.entries().size() - 1));
  }
}
