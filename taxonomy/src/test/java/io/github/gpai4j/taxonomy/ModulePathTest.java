package io.github.gpai4j.taxonomy;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;

import java.util.Locale;
import org.junit.jupiter.api.Test;

/**
 * The tests of this module run on the module path (surefire's module-path mode, set in the parent POM): the
 * French labels come from this module's bundles as a modular application loads them.
 */
class ModulePathTest {

  @Test
  void the_tests_run_inside_the_named_module() {
    assertEquals("io.github.gpai4j.taxonomy", ModulePathTest.class.getModule().getName());
  }

  @Test
  void french_labels_load_from_the_module_bundle() {
    TaxonomyEntry entry = Taxonomy.of(TaxonomyVersion.FINAL_2025_07).byCode("FINAL.CAPABILITY.OFFENSIVE_CYBER");
    assertNotEquals(entry.label(Locale.ENGLISH), entry.label(Locale.FRENCH));
  }
}
