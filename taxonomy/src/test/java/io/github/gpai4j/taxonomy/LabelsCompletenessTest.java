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

/** The label files hold exactly the texts of the known codes and rules: nothing missing, nothing orphaned. */
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
      if (key.startsWith("problem.")) {
        continue;
      }
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

  /** Every rule id declared by a check class has a message in English and in French. */
  @Test
  void every_rule_id_has_an_english_and_a_french_message() throws IllegalAccessException {
    Set<String> ids = new TreeSet<>();
    for (Class<?> c : java.util.List.of(io.github.gpai4j.taxonomy.risk.SystemicRiskChecks.class,
        io.github.gpai4j.taxonomy.mitigation.MitigationChecks.class,
        io.github.gpai4j.taxonomy.evaluation.EvaluationChecks.class)) {
      for (java.lang.reflect.Field f : c.getFields()) {
        if (f.getType() == String.class) {
          ids.add((String) f.get(null));
        }
      }
    }
    assertEquals(22, ids.size(), ids.toString());
    for (String id : ids) {
      assertTrue(Labels.has("problem." + id, Locale.ENGLISH), id);
      assertTrue(Labels.has("problem." + id, Locale.FRENCH), id);
      String en = new TaxonomyProblem(id, io.github.gpai4j.core.validation.Severity.ERROR, "",
          io.github.gpai4j.core.LegalBasis.recital(111), java.util.List.of("a", "b")).message(Locale.FRENCH);
      assertTrue(!en.contains("{"), en);
    }
  }
}
