package io.github.gpai4j.evaluation;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.github.gpai4j.core.documentation.ModelDocumentation;
import io.github.gpai4j.core.json.Gpai4jJson;
import io.github.gpai4j.core.validation.Finding;
import io.github.gpai4j.core.profile.ModelProfile;
import io.github.gpai4j.evaluation.documentation.ModelDocumentationValidator;
import java.util.Locale;
import org.junit.jupiter.api.Test;

/**
 * The tests of this module run on the module path (surefire's module-path mode, set in the parent POM): the rule
 * messages come from this module's bundles and Jackson reaches the opened classification package.
 */
class ModulePathTest {

  @Test
  void the_tests_run_inside_the_named_module() {
    assertEquals("io.github.gpai4j.evaluation", ModulePathTest.class.getModule().getName());
    assertTrue(ModelDocumentation.class.getModule().isNamed(), "core is a named module too");
  }

  @Test
  void rule_messages_load_in_french_from_the_module_bundle() {
    Finding first = ModelDocumentationValidator.create().validate(ModelDocumentation.builder().build())
        .findings().get(0);
    String french = first.message(Locale.FRENCH);
    assertFalse(french.equals(first.message(Locale.ENGLISH)), french);
    assertFalse(french.contains(first.messageKey()), "a bundle key instead of a message: " + french);
  }

  @Test
  void jackson_reads_a_profile_from_the_opened_classification_package() throws Exception {
    ModelProfile profile = ModelProfile.builder().providerName("Example AI SE").build();
    Gpai4jJson json = Gpai4jJson.strict();
    assertEquals(profile, json.read(json.write(profile), ModelProfile.class));
  }
}
