package io.github.gpai4j.core;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.github.gpai4j.core.documentation.ModelDocumentation;
import io.github.gpai4j.core.json.Gpai4jJson;
import io.github.gpai4j.core.validation.ValidationReport;
import java.util.Locale;
import org.junit.jupiter.api.Test;

/**
 * The tests of this module run on the module path (surefire's module-path mode, set in the parent POM), so that
 * resource bundles and {@code opens} to Jackson are exercised as a modular application sees them.
 */
class ModulePathTest {

  @Test
  void the_tests_run_inside_the_named_module() {
    assertEquals("io.github.gpai4j.core", ModulePathTest.class.getModule().getName());
    assertEquals(ModulePathTest.class.getModule(), ModelDocumentation.class.getModule());
  }

  @Test
  void the_french_report_labels_load_from_the_module() {
    assertTrue(ValidationReport.empty().toMarkdown(Locale.FRENCH).contains("Rapport de validation"));
  }

  @Test
  void jackson_reads_and_writes_the_opened_documentation_package() throws Exception {
    ModelDocumentation doc = ModelDocumentation.builder().documentVersion("2").build();
    Gpai4jJson json = Gpai4jJson.strict();
    assertEquals(doc, json.read(json.write(doc), ModelDocumentation.class));
  }
}
