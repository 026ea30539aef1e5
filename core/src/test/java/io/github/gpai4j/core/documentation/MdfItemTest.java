package io.github.gpai4j.core.documentation;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.github.gpai4j.core.Recipient;
import java.util.Arrays;
import java.util.EnumSet;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

class MdfItemTest {

  /**
   * The recipients ticked in the Model Documentation Form, transcribed independently from the table in
   * gpai-reference.md section 6.2.3 (AIO = AI Office, NCA = national competent authorities, DP = downstream
   * providers). The header items carry no tick-boxes (gpai-reference.md section 9 point 1).
   */
  private static final String FORM_TABLE = """
      MDF-0.1
      MDF-0.2
      MDF-1.1 AIO NCA DP
      MDF-1.2 AIO NCA DP
      MDF-1.3 AIO NCA
      MDF-1.4 AIO NCA DP
      MDF-1.5 AIO NCA DP
      MDF-1.6 AIO NCA DP
      MDF-2.1 AIO NCA DP
      MDF-2.2 AIO NCA
      MDF-2.3 AIO NCA DP
      MDF-2.3b AIO DP
      MDF-2.4 AIO NCA DP
      MDF-2.4b DP
      MDF-2.5a AIO
      MDF-2.5b NCA DP
      MDF-3.1a AIO NCA
      MDF-3.1b DP
      MDF-3.2a AIO NCA
      MDF-3.2b DP
      MDF-3.2c AIO DP
      MDF-4.1 AIO NCA DP
      MDF-4.2 AIO NCA DP
      MDF-4.3 AIO NCA DP
      MDF-4.4 DP
      MDF-4.5 DP
      MDF-4.6 DP
      MDF-5.1 AIO NCA
      MDF-5.2 AIO NCA
      MDF-6.1 AIO NCA DP
      MDF-6.2 AIO NCA DP
      MDF-6.3 AIO NCA
      MDF-6.4a NCA
      MDF-6.4b AIO
      MDF-6.5 AIO NCA
      MDF-6.6 AIO NCA DP
      MDF-6.7 AIO NCA
      MDF-6.8 AIO NCA
      MDF-7.1a NCA
      MDF-7.1b AIO
      MDF-7.2a NCA
      MDF-7.2b AIO
      MDF-7.3 AIO NCA
      MDF-8.1 AIO NCA
      MDF-8.2 AIO NCA
      MDF-8.3 AIO NCA
      MDF-8.4 AIO NCA
      """;

  @Test
  void catalogues_all_47_items_of_the_form() {
    assertEquals(47, MdfItem.values().length);
    assertEquals(2, MdfItem.inSection(MdfSection.HEADER).size());
    assertEquals(45, Arrays.stream(MdfItem.values()).filter(i -> i.section() != MdfSection.HEADER).count());
  }

  @Test
  void routes_every_item_exactly_as_the_form_ticks_it() {
    Map<String, Set<Recipient>> expected = new LinkedHashMap<>();
    FORM_TABLE.lines().map(String::strip).filter(l -> !l.isEmpty()).forEach(line -> {
      String[] parts = line.split(" ");
      EnumSet<Recipient> set = EnumSet.noneOf(Recipient.class);
      Arrays.stream(parts).skip(1).map(Recipient::parse).forEach(set::add);
      expected.put(parts[0], set);
    });
    Map<String, Set<Recipient>> actual = new LinkedHashMap<>();
    for (MdfItem item : MdfItem.values()) {
      actual.put(item.id(), item.formRecipients());
    }
    assertEquals(expected, actual);
  }

  /**
   * Annex XI 1(2)(a): the technical documentation (Art. 53(1)(a)) includes "the technical means (e.g. instructions
   * of use, infrastructure, tools) required for the general-purpose AI model to be integrated in AI systems"; the
   * form ticks MDF-4.4 for downstream providers only, so the statute adds the AI Office and national authorities.
   */
  @Test
  void routes_technical_means_for_integration_to_the_authorities_as_annex_xi_requires() {
    assertEquals(EnumSet.of(Recipient.DOWNSTREAM_PROVIDER), MdfItem.MDF_4_4.formRecipients());
    assertEquals(Recipient.handedOver(), MdfItem.MDF_4_4.statuteRecipients());
    assertEquals(Recipient.handedOver(), MdfItem.MDF_4_4.recipients());
    assertTrue(MdfItem.fieldsFor(Recipient.AI_OFFICE).contains(MdfItem.MDF_4_4));
  }

  /** The header items have no recipient boxes: document metadata that goes to every recipient. */
  @Test
  void treats_the_header_items_as_metadata_for_every_recipient() {
    for (MdfItem item : MdfItem.inSection(MdfSection.HEADER)) {
      assertTrue(item.row().metadata(), item.id());
      assertEquals(Recipient.handedOver(), item.recipients(), item.id());
      assertTrue(item.formRecipients().isEmpty(), item.id());
    }
  }

  /**
   * MDF-1.3 ("where available"), MDF-1.6 (dependencies "if the model results from modifying" other models) and
   * MDF-3.2c ("if any") are the conditional items: an explicit "none" answers them.
   */
  @Test
  void marks_model_authenticity_dependencies_and_additional_assets_as_conditional() {
    assertEquals(Set.of(MdfItem.MDF_1_3, MdfItem.MDF_1_6, MdfItem.MDF_3_2C),
        Arrays.stream(MdfItem.values()).filter(MdfItem::conditional).collect(java.util.stream.Collectors.toSet()));
  }

  /** An empty list of additional assets states there are none ("if any"); no list at all is no answer. */
  @Test
  void counts_an_empty_list_of_additional_assets_as_an_answer_but_not_a_missing_list() {
    ModelDocumentation none = ModelDocumentation.builder()
        .distributionAndLicences(DistributionAndLicences.builder()
            .additionalAssets(io.github.gpai4j.core.Applicable.of(java.util.List.of())).build())
        .build();
    assertTrue(MdfItem.MDF_3_2C.isAnsweredIn(none));
    assertFalse(MdfItem.MDF_3_2C.isAnsweredIn(ModelDocumentation.builder().build()));
  }

  /** Labels come from the form's bundles, keyed by item id, in English and French. */
  @Test
  void gives_item_labels_in_english_and_french() {
    assertEquals("Total model size (exact)", MdfItem.MDF_2_5A.label());
    assertEquals("Taille totale du modèle (exacte)", MdfItem.MDF_2_5A.label(java.util.Locale.FRENCH));
  }

  @Test
  void has_unique_identifiers_and_pointers() {
    assertEquals(47, Arrays.stream(MdfItem.values()).map(MdfItem::id).distinct().count());
    assertEquals(47, Arrays.stream(MdfItem.values()).map(MdfItem::pointer).distinct().count());
  }

  @Test
  void places_each_item_under_its_sections_pointer() {
    for (MdfItem item : MdfItem.values()) {
      assertTrue(item.pointer().startsWith(item.section().pointer() + "/"), item.id());
      assertEquals(item.section().number(), Integer.parseInt(item.id().substring(4, 5)), item.id());
    }
  }

  @ParameterizedTest
  @EnumSource(AnnexItem.class)
  void serves_every_item_of_annex_xi_section_1_and_annex_xii(AnnexItem annexItem) {
    assertFalse(MdfItem.fieldsServing(annexItem).isEmpty(), annexItem + " is served by no form item");
  }

  @Test
  void allows_n_a_exactly_where_the_form_does() {
    Set<String> allowed = Arrays.stream(MdfItem.values()).filter(MdfItem::notApplicableAllowed)
        .map(MdfItem::id).collect(Collectors.toSet());
    assertEquals(Set.of("MDF-1.6", "MDF-2.3b", "MDF-2.4b", "MDF-4.2", "MDF-4.5", "MDF-4.6", "MDF-8.1"), allowed);
  }

  @Test
  void gives_the_recommended_word_counts_of_the_form() {
    assertEquals(20, MdfItem.byId("MDF-2.1").recommendedWords().getAsInt());
    assertEquals(400, MdfItem.byId("MDF-5.1").recommendedWords().getAsInt());
    assertEquals(300, MdfItem.byId("MDF-4.3").recommendedWords().getAsInt());
    assertTrue(MdfItem.byId("MDF-7.2b").recommendedWords().isEmpty());
  }

  @Test
  void lists_the_downstream_providers_items_in_form_order() {
    assertEquals(25, MdfItem.fieldsFor(Recipient.DOWNSTREAM_PROVIDER).size());
    assertEquals(MdfItem.MDF_0_1, MdfItem.fieldsFor(Recipient.DOWNSTREAM_PROVIDER).get(0));
  }

  @Test
  void finds_items_by_identifier_and_explains_an_unknown_one() {
    assertEquals(MdfItem.MDF_7_2B, MdfItem.byId("MDF-7.2b"));
    IllegalArgumentException e = assertThrows(IllegalArgumentException.class, () -> MdfItem.byId("MDF-9.9"));
    assertTrue(e.getMessage().contains("MDF-0.1"), e.getMessage());
  }

  @Test
  void reads_an_unanswered_item_of_an_empty_draft_as_unanswered() {
    ModelDocumentation empty = ModelDocumentation.builder().build();
    for (MdfItem item : MdfItem.values()) {
      assertFalse(item.isAnsweredIn(empty), item.id());
    }
  }

  /** "Where available" asks for a statement: a blank one is no answer, an explicit one is. */
  @Test
  void a_blank_authenticity_statement_is_not_an_answer() {
    ModelDocumentation blank = ModelDocumentation.builder()
        .generalInformation(GeneralInformation.builder().modelAuthenticity("  ").build()).build();
    ModelDocumentation none = ModelDocumentation.builder()
        .generalInformation(GeneralInformation.builder().modelAuthenticity("No hash is published").build()).build();
    assertFalse(MdfItem.MDF_1_3.isFilledIn(blank));
    assertTrue(MdfItem.MDF_1_3.isFilledIn(none));
  }

  /** The parse of MDF-2.3b, 3.2c and 4.4 was not hand-reviewed (gpai-reference.md section 6.2.3). */
  @Test
  void flags_the_routing_of_three_items_as_not_cross_checked() {
    assertEquals(Set.of(MdfItem.MDF_2_3B, MdfItem.MDF_3_2C, MdfItem.MDF_4_4), Arrays.stream(MdfItem.values())
        .filter(i -> !i.recipientsConfirmed()).collect(java.util.stream.Collectors.toSet()));
  }
}
