package io.github.gpai4j.taxonomy;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * The first-draft to final mapping (gpai4j's analysis, fact sheet section 5): complete, explicit about gaps, and
 * the same when read in either direction.
 */
class TaxonomyMappingTest {

  @Test
  void every_first_draft_entry_is_mapped_or_explicitly_unmapped_with_a_reason() {
    for (TaxonomyEntry e : Taxonomy.of(TaxonomyVersion.FIRST_DRAFT_2024_11).entries()) {
      MappingResult r = TaxonomyMapping.toFinal(e);
      assertEquals(TaxonomyVersion.FINAL_2025_07, r.targetVersion());
      assertTrue(r.isUnmapped() ? r.reason().isPresent() : !r.targets().isEmpty(), e.code());
    }
  }

  @Test
  void every_final_entry_is_mapped_back_or_explicitly_new() {
    for (TaxonomyEntry e : Taxonomy.of(TaxonomyVersion.FINAL_2025_07).entries()) {
      MappingResult r = TaxonomyMapping.toFirstDraft(e);
      assertTrue(r.isUnmapped() ? r.reason().isPresent() : !r.targets().isEmpty(), e.code());
    }
  }

  @Test
  void no_entry_is_both_linked_and_listed_as_unmapped() {
    for (MappingLink l : TaxonomyMapping.links()) {
      assertFalse(TaxonomyMapping.unmappedEntries().containsKey(l.from()), l.from().code());
      assertFalse(TaxonomyMapping.unmappedEntries().containsKey(l.to()), l.to().code());
    }
  }

  @Test
  void every_link_reads_the_same_in_both_directions() {
    for (MappingLink l : TaxonomyMapping.links()) {
      assertTrue(TaxonomyMapping.toFinal(l.from()).targets().contains(l.to()), l.toString());
      assertTrue(TaxonomyMapping.toFirstDraft(l.to()).targets().contains(l.from()), l.toString());
    }
  }

  @Test
  void links_go_from_the_first_draft_to_the_final_text() {
    for (MappingLink l : TaxonomyMapping.links()) {
      assertEquals(TaxonomyVersion.FIRST_DRAFT_2024_11, l.from().version());
      assertEquals(TaxonomyVersion.FINAL_2025_07, l.to().version());
    }
  }

  /** The draft's type T4 "automated use of models for AI R&D" became capability 1.3.1(11) in the final Code. */
  @Test
  void draft_ai_research_type_moved_to_a_final_capability() {
    MappingResult r = TaxonomyMapping.toFinal(FirstDraftRiskType.AUTOMATED_AI_RESEARCH_AND_DEVELOPMENT);
    MappingLink first = r.links().get(0);
    assertEquals(ModelCapability.AI_RESEARCH_AUTOMATION, first.to());
    assertEquals(MappingStatus.MOVED, first.status());
  }

  /** Capability 1.3.1(11) comes from the draft's type T4 and from the "train other models" part of bullet C3. */
  @Test
  void final_ai_research_capability_maps_back_to_type_and_capability_bullet() {
    assertEquals(
        List.of(FirstDraftRiskType.AUTOMATED_AI_RESEARCH_AND_DEVELOPMENT,
            FirstDraftCapability.SELF_REPLICATION_AND_IMPROVEMENT),
        TaxonomyMapping.toFirstDraft(ModelCapability.AI_RESEARCH_AUTOMATION).targets());
  }

  /** "Persuasion and manipulation" (D1 T5) became the specified risk "harmful manipulation" (App. 1.4(4)). */
  @Test
  void persuasion_and_manipulation_became_harmful_manipulation() {
    MappingLink l = TaxonomyMapping.toFinal(FirstDraftRiskType.PERSUASION_AND_MANIPULATION).links().get(0);
    assertEquals(SpecifiedSystemicRisk.HARMFUL_MANIPULATION, l.to());
    assertEquals(MappingStatus.CHANGED, l.status());
  }

  @Test
  void draft_capability_bullet_c1_splits_into_cyber_and_cbrn_capabilities() {
    MappingResult r = TaxonomyMapping.toFinal(FirstDraftCapability.CYBER_CBRN_AND_WEAPONS);
    assertEquals(List.of(ModelCapability.OFFENSIVE_CYBER, ModelCapability.CBRN_AND_WEAPONS), r.targets());
    assertTrue(r.links().stream().allMatch(l -> l.status() == MappingStatus.SPLIT));
  }

  @Test
  void human_agency_has_no_final_counterpart() {
    MappingResult r = TaxonomyMapping.toFinal(FirstDraftAdditionalRisk.HARM_TO_HUMAN_AGENCY);
    assertTrue(r.isUnmapped());
    assertTrue(r.reason().orElseThrow().contains("No counterpart"));
  }

  @Test
  void essential_characteristics_are_new_in_the_final_text() {
    for (EssentialCharacteristic c : EssentialCharacteristic.values()) {
      assertTrue(TaxonomyMapping.toFirstDraft(c).isUnmapped(), c.code());
    }
  }

  @Test
  void unconfirmed_feedback_loops_line_is_explicitly_unmapped() {
    assertTrue(TaxonomyMapping.toFinal(FirstDraftAffordance.FEEDBACK_LOOPS).isUnmapped());
  }

  @Test
  void mapping_a_final_entry_to_the_final_text_is_rejected() {
    assertThrows(IllegalArgumentException.class, () -> TaxonomyMapping.toFinal(ModelCapability.TOOL_USE));
    assertThrows(IllegalArgumentException.class, () -> TaxonomyMapping.toFirstDraft(FirstDraftPropensity.BIAS));
  }

  @Test
  void to_other_version_picks_the_direction_from_the_entry() {
    assertEquals(TaxonomyVersion.FIRST_DRAFT_2024_11,
        TaxonomyMapping.toOtherVersion(ModelCapability.TOOL_USE).targetVersion());
    assertEquals(TaxonomyVersion.FINAL_2025_07,
        TaxonomyMapping.toOtherVersion(FirstDraftPropensity.BIAS).targetVersion());
  }

  @Test
  void every_link_explains_itself() {
    for (MappingLink l : TaxonomyMapping.links()) {
      assertFalse(l.note().isBlank(), l.toString());
    }
  }
}
