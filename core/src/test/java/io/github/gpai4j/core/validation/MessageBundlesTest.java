package io.github.gpai4j.core.validation;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.util.Locale;
import java.util.Properties;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;

/** The core labels exist in English and French with the same placeholders. */
class MessageBundlesTest {

  private static final String BASE = "/io/github/gpai4j/core/validation/messages";

  static Properties load(String path) throws IOException {
    try (InputStream in = MessageBundlesTest.class.getResourceAsStream(path)) {
      Properties p = new Properties();
      p.load(new InputStreamReader(in, StandardCharsets.UTF_8));
      return p;
    }
  }

  static Set<String> placeholders(String template) {
    Set<String> out = new TreeSet<>();
    Matcher m = Pattern.compile("\\{([0-9]+)[^}]*}").matcher(template);
    while (m.find()) {
      out.add(m.group(1));
    }
    return out;
  }

  @Test
  void english_and_french_have_the_same_keys_and_placeholders() throws IOException {
    Properties en = load(BASE + ".properties");
    Properties fr = load(BASE + "_fr.properties");
    assertEquals(en.stringPropertyNames(), fr.stringPropertyNames());
    for (String key : en.stringPropertyNames()) {
      assertEquals(placeholders(en.getProperty(key)), placeholders(fr.getProperty(key)), key);
    }
  }

  @Test
  void labels_are_found_through_the_bundle_in_both_languages() {
    assertEquals("Validation report", Rendering.label("report.title", Locale.ENGLISH));
    assertEquals("Rapport de validation", Rendering.label("report.title", Locale.FRANCE));
  }

  @Test
  void a_french_default_locale_does_not_leak_into_other_languages() {
    Locale saved = Locale.getDefault();
    try {
      Locale.setDefault(Locale.FRENCH);
      assertEquals("Validation report", Rendering.label("report.title", Locale.GERMAN));
    } finally {
      Locale.setDefault(saved);
    }
  }

  @Test
  void templates_use_no_bare_ascii_apostrophe() throws IOException {
    for (String file : new String[] {".properties", "_fr.properties"}) {
      Properties p = load(BASE + file);
      for (String key : p.stringPropertyNames()) {
        String t = p.getProperty(key).replace("''", "");
        assertTrue(t.indexOf('\'') < 0, file + " " + key);
      }
    }
  }
}
