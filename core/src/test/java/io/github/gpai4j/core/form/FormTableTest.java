package io.github.gpai4j.core.form;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.github.gpai4j.core.LegalBasis;
import io.github.gpai4j.core.Recipient;
import io.github.gpai4j.core.documentation.DraftModelDocumentation;
import io.github.gpai4j.core.documentation.MdfItem;
import io.github.gpai4j.core.documentation.ModelDocumentation;
import io.github.gpai4j.core.documentation.ModelDocumentationForms;
import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.util.EnumSet;
import java.util.List;
import java.util.ListResourceBundle;
import java.util.Locale;
import java.util.MissingResourceException;
import java.util.ResourceBundle;
import org.junit.jupiter.api.Test;

class FormTableTest {

  private static final FormTable FINAL = ModelDocumentationForms.FINAL.table();
  private static final FormTable DRAFT = ModelDocumentationForms.DRAFT_2024_11.table();

  @Test
  void reads_the_final_form_with_its_facts() {
    assertEquals("model-documentation", FINAL.documentType());
    assertEquals("cop-final-2025-07", FINAL.version());
    assertEquals(47, FINAL.items().size());
    assertEquals(9, FINAL.sections().size());
    assertEquals(LegalBasis.parse("CoP Transparency Measure 1.1"), FINAL.basis());
    assertEquals("2.5a", FINAL.number(FINAL.item("MDF-2.5a")));
  }

  /** Precision as the form words it: two figures for 2.5a, 6.4b, 7.2b, 8.1, 8.3; one for 6.4a, 7.1b; 7.2a 10^n. */
  @Test
  void states_each_items_precision_once_in_the_table() {
    assertEquals(List.of("MDF-2.5a", "MDF-6.4b", "MDF-7.2b", "MDF-8.1", "MDF-8.3"), ids(Precision.TWO_FIGURES));
    assertEquals(List.of("MDF-6.4a", "MDF-7.1b"), ids(Precision.ONE_FIGURE));
    assertEquals(List.of("MDF-7.2a"), ids(Precision.POWER_OF_TEN));
  }

  /** The form offers N/A for MDF-1.6, 2.3b, 2.4b, 4.2, 4.5, 4.6 and 8.1 (gpai-reference.md section 6.2.3). */
  @Test
  void lists_the_items_that_allow_not_applicable() {
    assertEquals(List.of("MDF-1.6", "MDF-2.3b", "MDF-2.4b", "MDF-4.2", "MDF-4.5", "MDF-4.6", "MDF-8.1"),
        FINAL.notApplicableItems().stream().map(FormItem::id).toList());
  }

  @Test
  void names_a_missing_item_with_the_tables_range() {
    IllegalArgumentException e = assertThrows(IllegalArgumentException.class, () -> FINAL.item("MDF-9.9"));
    assertTrue(e.getMessage().contains("MDF-0.1 to MDF-8.4"), e.getMessage());
  }

  /**
   * The first draft (14 November 2024) has 17 rows, the AI Office and national authorities in one merged column;
   * its testing row has no counterpart in the final form, and the final header items, model dependencies and
   * inference compute have none in the draft.
   */
  @Test
  void reads_the_first_draft_table_with_its_merged_column_and_mapping() {
    assertEquals(17, DRAFT.items().size());
    assertEquals("cop-draft-2024-11", DRAFT.version());
    for (FormItem item : DRAFT.items()) {
      assertEquals(item.isFor(Recipient.AI_OFFICE), item.isFor(Recipient.NATIONAL_COMPETENT_AUTHORITY), item.id());
    }
    assertEquals(List.of("MDF2024-5", "MDF2024-6"), DRAFT.items().stream()
        .filter(i -> !i.isFor(Recipient.AI_OFFICE)).map(FormItem::id).toList());
    assertTrue(DRAFT.item("MDF2024-15").mapsTo().isEmpty(), "testing has no counterpart");
    FormMapping mapping = FormMapping.between(DRAFT, FINAL);
    assertEquals(List.of("MDF-4.4"), mapping.forward("MDF2024-10"));
    assertEquals(List.of(), mapping.forward("MDF2024-15"));
    assertEquals(List.of("MDF2024-7b", "MDF2024-11"), mapping.backward("MDF-2.2"));
    assertEquals(List.of("MDF-0.1", "MDF-0.2", "MDF-1.6", "MDF-8.3", "MDF-8.4"), mapping.unmappedInTarget());
    assertEquals(List.of("MDF2024-15"), mapping.unmappedInSource());
  }

  @Test
  void refuses_a_mapping_to_an_item_the_target_lacks() {
    FormTable bad = synthetic("SYN-1\tS\tAIO\t-\t-\t/a\tno\tno\t-\tNONE\tyes\tno\tMDF-99.9\n");
    IllegalArgumentException e = assertThrows(IllegalArgumentException.class, () -> FormMapping.between(bad, FINAL));
    assertTrue(e.getMessage().contains("MDF-99.9"), e.getMessage());
  }

  @Test
  void gives_labels_in_english_and_french_from_the_bundles() {
    assertEquals("Model Documentation Form", FINAL.title(Locale.ENGLISH));
    assertEquals("Formulaire de documentation du modèle", FINAL.title(Locale.CANADA_FRENCH));
    assertEquals("Model properties", FINAL.sectionLabel("MODEL_PROPERTIES", Locale.GERMAN));
    assertEquals("Licence", DRAFT.label("MDF2024-9", Locale.ENGLISH));
  }

  /**
   * Adding an item to a form is a table row, two labels and one accessor binding: a third, synthetic version read
   * from a table and label bundles, with one item no other version has, binds and answers without new Java.
   */
  @Test
  void reads_and_binds_a_synthetic_third_form_version_from_a_table_and_labels() {
    FormTable table = synthetic("""
        SYN-1\tS\tAIO NCA DP\t-\tArt. 53(1)(a)\t/generalInformation/providerLegalName\tno\tno\t-\tNONE\tyes\tno\t-
        SYN-2\tS\tDP\tAIO\t-\t/documentVersion\tyes\tno\t5\tNONE\tno\tno\t-
        """);
    Form<ModelDocumentation> form = Form.<ModelDocumentation>bind(table)
        .item("SYN-1", d -> d.generalInformation().providerLegalName())
        .item("SYN-2", ModelDocumentation::documentVersion)
        .build();
    ModelDocumentation doc = ModelDocumentation.builder().documentVersion("N/A").build();
    assertFalse(form.isAnswered(table.item("SYN-1"), doc));
    assertTrue(form.isNotApplicable(table.item("SYN-2"), doc));
    assertTrue(form.isFilled(table.item("SYN-2"), doc), "the synthetic table allows N/A for SYN-2");
    assertEquals(EnumSet.of(Recipient.AI_OFFICE, Recipient.DOWNSTREAM_PROVIDER), table.item("SYN-2").recipients());
    assertEquals(List.of(table.item("SYN-1")), form.missing(doc, Recipient.AI_OFFICE));
    assertEquals("Deuxième élément", table.label("SYN-2", Locale.FRENCH));
  }

  @Test
  void refuses_a_binding_that_leaves_an_item_unbound() {
    FormTable table = synthetic("SYN-1\tS\tAIO\t-\t-\t/a\tno\tno\t-\tNONE\tyes\tno\t-\n");
    IllegalStateException e = assertThrows(IllegalStateException.class,
        () -> Form.<ModelDocumentation>bind(table).build());
    assertTrue(e.getMessage().contains("SYN-1"), e.getMessage());
  }

  @Test
  void refuses_a_table_whose_labels_are_missing() {
    String tsv = header() + "SYN-3\tS\tAIO\t-\t-\t/a\tno\tno\t-\tNONE\tyes\tno\t-\n";
    assertThrows(MissingResourceException.class, () -> FormTable.read("t.tsv",
        new ByteArrayInputStream(tsv.getBytes(StandardCharsets.UTF_8)), FormTableTest::labels));
  }

  @Test
  void names_the_line_of_a_malformed_row() {
    String tsv = header() + "SYN-1\tS\tAIO\t-\t-\t/a\tmaybe\tno\t-\tNONE\tyes\tno\t-\n";
    IllegalArgumentException e = assertThrows(IllegalArgumentException.class, () -> FormTable.read("t.tsv",
        new ByteArrayInputStream(tsv.getBytes(StandardCharsets.UTF_8)), FormTableTest::labels));
    assertTrue(e.getMessage().startsWith("t.tsv:10:"), e.getMessage());
  }

  @Test
  void answers_through_the_catalogue_the_same_way_everywhere() {
    ModelDocumentation doc = ModelDocumentation.builder().build();
    for (MdfItem item : MdfItem.values()) {
      assertEquals(item.isAnsweredIn(doc), ModelDocumentationForms.FINAL.isAnswered(item.row(), doc), item.id());
    }
    DraftModelDocumentation draft = DraftModelDocumentation.builder().licence("n/a").testing(" ").build();
    Form<DraftModelDocumentation> form = ModelDocumentationForms.DRAFT_2024_11;
    assertTrue(form.isForbiddenNotApplicable(DRAFT.item("MDF2024-9"), draft));
    assertFalse(form.isAnswered(DRAFT.item("MDF2024-15"), draft));
  }

  private static List<String> ids(Precision p) {
    return FINAL.items().stream().filter(i -> i.precision() == p).map(FormItem::id).toList();
  }

  private static String header() {
    return """
        # a synthetic form version
        @documentType=model-documentation
        @version=synthetic-2026-12
        @published=2026-12-01
        @basis=CoP Transparency Measure 1.1
        @itemPrefix=SYN-
        @rulePrefix=SYN
        @messagePrefix=syn
        id\tsection\tformRecipients\tstatuteRecipients\tbases\tpointer\tna\tconditional\twords\tprecision\tconfirmed\tmetadata\tmapsTo
        """;
  }

  private static FormTable synthetic(String rows) {
    String tsv = header() + rows;
    return FormTable.read("synthetic.tsv", new ByteArrayInputStream(tsv.getBytes(StandardCharsets.UTF_8)),
        FormTableTest::labels);
  }

  private static ResourceBundle labels(Locale locale) {
    boolean fr = locale.getLanguage().equals("fr");
    return new ListResourceBundle() {
      @Override
      protected Object[][] getContents() {
        return new Object[][] {
            {"form.title", fr ? "Formulaire synthétique" : "Synthetic form"},
            {"form.reference", fr ? "le formulaire synthétique" : "the synthetic form"},
            {"section.S", fr ? "Section" : "Section"},
            {"item.SYN-1", fr ? "Premier élément" : "First item"},
            {"item.SYN-2", fr ? "Deuxième élément" : "Second item"}};
      }
    };
  }
}
