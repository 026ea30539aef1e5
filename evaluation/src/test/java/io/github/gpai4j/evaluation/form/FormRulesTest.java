package io.github.gpai4j.evaluation.form;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.github.gpai4j.core.LegalBasis;
import io.github.gpai4j.core.documentation.MdfItem;
import io.github.gpai4j.core.documentation.ModelDocumentationForms;
import io.github.gpai4j.core.form.FormTable;
import io.github.gpai4j.core.validation.Finding;
import io.github.gpai4j.core.validation.JsonPointer;
import io.github.gpai4j.evaluation.documentation.ModelDocumentationRules;
import java.util.List;
import java.util.Locale;
import org.junit.jupiter.api.Test;

class FormRulesTest {

  private static final FormTable DRAFT = ModelDocumentationForms.DRAFT_2024_11.table();
  private static final FormRules DRAFT_RULES = FormRules.of(DRAFT);

  /**
   * First draft, Measure 1 ("Documentation for the AI Office") and Measure 2 ("Documentation for downstream
   * providers"): a row ticked for downstream providers only cites Measure 2, a row for everyone cites both.
   */
  @Test
  void a_first_draft_row_cites_the_measure_of_each_of_its_audiences() {
    assertEquals(List.of(LegalBasis.parse("Art. 53(1)(b)"), LegalBasis.parse("Annex XII 1(d)"),
        LegalBasis.parse("CoP Draft 1 Measure 2")), DRAFT_RULES.required(DRAFT.item("MDF2024-5")).legalBases());
    List<LegalBasis> both = DRAFT_RULES.required(DRAFT.item("MDF2024-1")).legalBases();
    assertTrue(both.contains(LegalBasis.parse("CoP Draft 1 Measure 1")), both.toString());
    assertTrue(both.contains(LegalBasis.parse("CoP Draft 1 Measure 2")), both.toString());
    assertEquals(List.of(LegalBasis.parse("Art. 53(1)(a)"), LegalBasis.parse("Annex XI 1(2)(b)"),
        LegalBasis.parse("CoP Draft 1 Measure 1")), DRAFT_RULES.required(DRAFT.item("MDF2024-11")).legalBases());
  }

  /** The first draft offers N/A nowhere, and says so. */
  @Test
  void the_first_draft_allows_not_applicable_nowhere() {
    Finding f = DRAFT_RULES.notApplicable().finding(JsonPointer.of("licence"), "MDF2024-9");
    assertTrue(f.message(Locale.ENGLISH).contains("does not offer N/A for any item"), f.message(Locale.ENGLISH));
  }

  /**
   * MDF-4.4 goes to the authorities by Annex XI 1(2)(a), not by the form's ticks: its message does not say that
   * the form routes it to them.
   */
  @Test
  void an_item_routed_by_the_statute_says_so_in_its_message() {
    Finding f = ModelDocumentationRules.required(MdfItem.MDF_4_4)
        .finding(JsonPointer.parse(MdfItem.MDF_4_4.pointer()), "MDF-4.4");
    assertTrue(f.message(Locale.ENGLISH).endsWith("the form or the AI Act routes it to the recipients named in this "
        + "finding."), f.message(Locale.ENGLISH));
    assertTrue(f.message(Locale.FRENCH).contains("le formulaire ou le règlement sur l’IA"), f.message(Locale.FRENCH));
    Finding plain = ModelDocumentationRules.required(MdfItem.MDF_4_5)
        .finding(JsonPointer.parse(MdfItem.MDF_4_5.pointer()), "MDF-4.5");
    assertTrue(plain.message(Locale.ENGLISH).endsWith("the form routes it to the recipients named in this finding."));
  }
}
