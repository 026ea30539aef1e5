package io.github.gpai4j.evaluation.form;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.github.gpai4j.core.ComputeAmount;
import io.github.gpai4j.core.LegalBasis;
import io.github.gpai4j.core.Recipient;
import io.github.gpai4j.core.documentation.ComputationalResources;
import io.github.gpai4j.core.documentation.GeneralInformation;
import io.github.gpai4j.core.documentation.ModelDocumentation;
import io.github.gpai4j.core.documentation.ModelDocumentationForms;
import io.github.gpai4j.core.form.Form;
import io.github.gpai4j.core.form.FormTable;
import io.github.gpai4j.core.validation.Finding;
import io.github.gpai4j.core.validation.JsonPointer;
import io.github.gpai4j.core.validation.ValidationReport;
import java.io.InputStream;
import java.util.List;
import java.util.Locale;
import java.util.ResourceBundle;
import org.junit.jupiter.api.Test;

/**
 * A third, synthetic form version loaded from a test resource (a table and a label bundle) and validated with no
 * Java beyond binding its items: adding an item to a form is a table row, two labels and one accessor binding.
 */
class SyntheticFormVersionTest {

  private static final FormTable TABLE = load();
  private static final Form<ModelDocumentation> FORM = Form.<ModelDocumentation>bind(TABLE)
      .item("SYN-1", d -> d.generalInformation().providerLegalName())
      .item("SYN-2", d -> d.computationalResources().trainingCompute())
      .item("SYN-3", ModelDocumentation::documentVersion)
      .build();
  private static final FormValidator<ModelDocumentation> VALIDATOR = FormValidator.of(FORM);

  private static FormTable load() {
    InputStream in = SyntheticFormVersionTest.class.getResourceAsStream("synthetic-2026-12.tsv");
    return FormTable.read("synthetic-2026-12.tsv", in,
        locale -> ResourceBundle.getBundle("io.github.gpai4j.evaluation.form.synthetic_labels", locale));
  }

  @Test
  void derives_its_rules_from_the_table() {
    assertEquals(List.of("SYN-NA-NOT-ALLOWED", "SYN-PREC-2", "SYN-REQ-1", "SYN-REQ-2", "SYN-REQ-3", "SYN-WORDS"),
        VALIDATOR.rules().stream().map(r -> r.id()).toList());
    // SYN-1 serves an Annex XI point only: it rests on Art. 53(1)(a), not on (b), whoever the form routes it to.
    assertEquals(List.of(LegalBasis.parse("Art. 53(1)(a)"),
        LegalBasis.parse("Annex XI 1(1)(c)"), LegalBasis.parse("CoP Transparency Measure 1.1")),
        VALIDATOR.formRules().required(TABLE.item("SYN-1")).legalBases());
  }

  @Test
  void validates_a_document_against_the_synthetic_table() {
    ModelDocumentation doc = ModelDocumentation.builder()
        .generalInformation(GeneralInformation.builder().providerLegalName("Aurora Lattice AI SE of Lyon").build())
        .computationalResources(ComputationalResources.builder().trainingCompute(ComputeAmount.ofFlop("4e25"))
            .build())
        .documentVersion("N/A")
        .build();
    ValidationReport report = VALIDATOR.validate(doc);
    assertEquals(List.of("SYN-PREC-2", "SYN-WORDS"), report.ruleIds());
    Finding precision = report.findings().stream().filter(f -> f.ruleId().equals("SYN-PREC-2")).findFirst()
        .orElseThrow();
    assertEquals(JsonPointer.parse("/computationalResources/trainingCompute"), precision.location());
    assertEquals(List.of(Recipient.AI_OFFICE, Recipient.DOWNSTREAM_PROVIDER), precision.recipients());
  }

  @Test
  void reports_missing_items_with_the_labels_of_the_synthetic_bundles() {
    ValidationReport report = VALIDATOR.validate(ModelDocumentation.builder().build());
    assertEquals(List.of("SYN-REQ-1", "SYN-REQ-2", "SYN-REQ-3"), report.ruleIds());
    Finding missing = report.findings().stream().filter(f -> f.ruleId().equals("SYN-REQ-3")).findFirst()
        .orElseThrow();
    assertTrue(missing.message(Locale.ENGLISH).contains("Release identifier, is missing from the synthetic form"),
        missing.message(Locale.ENGLISH));
    assertTrue(missing.message(Locale.FRENCH).contains("Identifiant de publication, manque dans le formulaire "
        + "synthétique"), missing.message(Locale.FRENCH));
  }

  @Test
  void validates_beside_the_real_versions_in_the_same_jvm() {
    ModelDocumentation empty = ModelDocumentation.builder().build();
    assertEquals(47, FormValidator.of(ModelDocumentationForms.FINAL).validate(empty).ruleIds().stream()
        .filter(id -> id.startsWith("MDF-REQ-")).count());
    assertEquals(3, VALIDATOR.validate(empty).findings().size());
    assertEquals(1, VALIDATOR.completeness(empty, Recipient.NATIONAL_COMPETENT_AUTHORITY).required());
  }
}
