package io.github.gpai4j.evaluation.safety;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.github.gpai4j.core.Document;
import io.github.gpai4j.core.json.Gpai4jJson;
import io.github.gpai4j.core.validation.ValidationOptions;
import io.github.gpai4j.evaluation.registry.DocumentValidators;
import java.nio.file.Path;
import java.time.LocalDate;
import org.junit.jupiter.api.Test;

/**
 * The registry's Safety and Security validators take the evaluation date a run gives
 * ({@link ValidationOptions#asOf()}), as the command line's {@code --as-of} does.
 */
class RegistryAsOfTest {

  /**
   * CoP S&amp;S Measure 9.3: a serious cybersecurity breach is reported within 5 days of awareness (11 May 2026):
   * missing as of 17 May, not yet due as of 13 May.
   */
  @Test
  void an_initial_report_is_missing_only_once_its_deadline_has_passed_as_of_the_run_date() throws Exception {
    Document doc = Gpai4jJson.strict().readDocument(Path.of(RegistryAsOfTest.class.getResource(
        "/conformance/serious-incident-report/template-2025-11/invalid-SIR-9.3-INITIAL-MISSING--none-by-sixth-day.json")
        .toURI()));
    assertTrue(DocumentValidators.validate(doc, ValidationOptions.defaults().withAsOf(LocalDate.of(2026, 5, 17)))
        .ruleIds().contains("SIR-9.3-INITIAL-MISSING"));
    assertFalse(DocumentValidators.validate(doc, ValidationOptions.defaults().withAsOf(LocalDate.of(2026, 5, 13)))
        .ruleIds().contains("SIR-9.3-INITIAL-MISSING"));
  }
}
