package io.github.gpai4j.taxonomy;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.github.gpai4j.taxonomy.internal.Labels;
import io.github.gpai4j.taxonomy.mitigation.SecurityObjective;
import java.util.HashSet;
import java.util.Locale;
import java.util.Set;
import java.util.TreeSet;
import org.junit.jupiter.api.Test;

/**
 * The label files hold exactly the texts of the known codes: nothing missing, nothing orphaned. (Rule messages live
 * in their own bundle, checked by {@code io.github.gpai4j.taxonomy.risk.TaxonomyRulesTest}.)
 */
class LabelsCompletenessTest {

  private static Set<String> codes() {
    Set<String> codes = new HashSet<>();
    for (String line : GoldenCodesTest.currentLines()) {
      codes.add(line.substring(line.indexOf(' ') + 1));
    }
    return codes;
  }

  @Test
  void every_vocabulary_code_has_an_english_label_and_description_and_a_french_label() {
    for (String code : codes()) {
      assertTrue(Labels.has(code + ".label", Locale.ENGLISH), code);
      assertTrue(Labels.has(code + ".description", Locale.ENGLISH), code);
      assertTrue(Labels.has(code + ".label", Locale.FRENCH), code);
    }
  }

  @Test
  void every_security_objective_has_its_listed_measure() {
    for (SecurityObjective o : SecurityObjective.values()) {
      assertTrue(Labels.has(o.code() + ".measure", Locale.ENGLISH), o.code());
    }
  }

  @Test
  void no_english_key_belongs_to_an_unknown_code() {
    Set<String> orphans = new TreeSet<>();
    Set<String> codes = codes();
    for (String key : Labels.all(Locale.ENGLISH).keySet()) {
      String code = key.substring(0, key.lastIndexOf('.'));
      if (!codes.contains(code)) {
        orphans.add(key);
      }
    }
    assertEquals(Set.of(), orphans);
  }

  @Test
  void french_file_has_the_same_keys_as_english_except_descriptions_and_measures() {
    Set<String> expected = new TreeSet<>();
    for (String key : Labels.all(Locale.ENGLISH).keySet()) {
      if (!key.endsWith(".description") && !key.endsWith(".measure")) {
        expected.add(key);
      }
    }
    assertEquals(expected, new TreeSet<>(Labels.all(Locale.FRENCH).keySet()));
  }
}
