package io.github.gpai4j.evaluation.testing;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.github.gpai4j.core.documentation.ModelDocumentation;
import io.github.gpai4j.core.validation.ValidationReport;
import io.github.gpai4j.evaluation.documentation.ModelDocumentationValidator;
import io.github.gpai4j.testkit.ReportAssertions;
import io.github.gpai4j.testkit.domain.DocumentationGens;
import java.util.List;
import org.junit.jupiter.api.Test;

/** Assertions on validation reports say which findings were expected and which came. */
class ReportAssertionsTest {
  static final ModelDocumentationValidator VALIDATOR = ModelDocumentationValidator.create();
  static final ModelDocumentation VALID = DocumentationGens.validModelDocumentation().sample(3L);
  static final ValidationReport DRAFT = VALIDATOR.validate(DocumentationGens.draftModelDocumentation().sample(8L));

  @Test
  void a_valid_document_passes_assert_valid_and_assert_findings_of_nothing() {
    ReportAssertions.assertValid(VALIDATOR.validate(VALID));
    ReportAssertions.assertFindings(VALIDATOR.validate(VALID));
  }

  @Test
  void assert_findings_names_missing_and_unexpected_rule_ids_and_lists_the_findings() {
    List<String> ids = DRAFT.ruleIds();
    AssertionError error = assertThrows(AssertionError.class,
        () -> ReportAssertions.assertFindings(DRAFT, "MDF-NO-SUCH-RULE"));
    String message = error.getMessage();
    assertTrue(message.startsWith("Expected findings of exactly [MDF-NO-SUCH-RULE] but the report has "), message);
    assertTrue(message.contains("\n  missing: [MDF-NO-SUCH-RULE]"), message);
    assertTrue(message.contains("\n  unexpected: "), message);
    assertTrue(message.contains(ids.get(0)), message);
    assertTrue(message.contains("\n  findings:\n    "), message);
    ReportAssertions.assertFindings(DRAFT, ids.toArray(new String[0]));
  }

  @Test
  void assert_has_and_assert_no_findings() {
    String first = DRAFT.ruleIds().get(0);
    ReportAssertions.assertHasFindings(DRAFT, first);
    AssertionError error = assertThrows(AssertionError.class, () -> ReportAssertions.assertNoFindings(DRAFT, first));
    assertTrue(error.getMessage().startsWith("Expected no finding of [" + first + "] but the report has ["
        + first + "]"), error.getMessage());
    AssertionError valid = assertThrows(AssertionError.class, () -> ReportAssertions.assertValid(DRAFT));
    assertTrue(valid.getMessage().startsWith("Expected no finding, but the report has "
        + DRAFT.findings().size()), valid.getMessage());
    assertEquals(DRAFT.findings().size(), valid.getMessage().split("\n    ").length - 1);
  }
}
