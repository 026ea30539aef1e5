package io.github.gpai4j.evaluation.documentation;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.github.gpai4j.core.validation.Finding;
import io.github.gpai4j.core.validation.JsonPointer;
import io.github.gpai4j.core.validation.Rule;
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

/** Every rule has an English and a French message with the same placeholders. */
class DocumentationMessagesTest {

  private static final String BASE = "/io/github/gpai4j/evaluation/documentation/messages";

  private static Properties load(String suffix) throws IOException {
    try (InputStream in = DocumentationMessagesTest.class.getResourceAsStream(BASE + suffix + ".properties")) {
      Properties p = new Properties();
      p.load(new InputStreamReader(in, StandardCharsets.UTF_8));
      return p;
    }
  }

  private static Set<String> placeholders(String template) {
    Set<String> out = new TreeSet<>();
    Matcher m = Pattern.compile("\\{([0-9]+)[^}]*}").matcher(template);
    while (m.find()) {
      out.add(m.group(1));
    }
    return out;
  }

  @Test
  void english_and_french_have_the_same_keys() throws IOException {
    assertEquals(load("").stringPropertyNames(), load("_fr").stringPropertyNames());
  }

  @Test
  void english_and_french_templates_have_the_same_placeholders() throws IOException {
    Properties en = load("");
    Properties fr = load("_fr");
    for (String key : en.stringPropertyNames()) {
      assertEquals(placeholders(en.getProperty(key)), placeholders(fr.getProperty(key)), key);
    }
  }

  @Test
  void every_rule_has_an_english_and_a_french_message() {
    for (Rule rule : ModelDocumentationRules.all()) {
      assertFalse(rule.messages().template(rule.messageKey(), Locale.ENGLISH).isBlank(), rule.id());
      assertFalse(rule.messages().template(rule.messageKey(), Locale.FRENCH).isBlank(), rule.id());
    }
  }

  /** Item labels are not restated in messages: the completeness message takes the label from the form's bundle. */
  @Test
  void completeness_messages_take_the_item_label_from_the_form_bundle() {
    Rule rule = ModelDocumentationRules.required(io.github.gpai4j.core.documentation.MdfItem.MDF_7_3);
    assertEquals("mdf.required.MDF-7.3", rule.messageKey());
    Finding f = rule.finding(JsonPointer.parse("/computationalResources/computeMethodology"), "MDF-7.3");
    assertEquals("Item \u201cMDF-7.3\u201d, Measurement methodology (training compute), is missing from the Model "
        + "Documentation Form; the form routes it to the recipients named in this finding.", f.message(Locale.ENGLISH));
    assertTrue(f.message(Locale.FRENCH).contains("Méthode de mesure (calcul d’entraînement)"), f.message(Locale.FRENCH));
  }

  /** The N/A message lists the items whose table row allows N/A, read from the table. */
  @Test
  void the_not_applicable_message_lists_the_items_of_the_table() {
    Finding f = ModelDocumentationRules.NA_NOT_ALLOWED.finding(JsonPointer.root(), "MDF-2.1");
    assertTrue(f.message(Locale.ENGLISH).endsWith("allows N/A only for MDF-1.6, 2.3b, 2.4b, 4.2, 4.5, 4.6 and 8.1."),
        f.message(Locale.ENGLISH));
    assertTrue(f.message(Locale.FRENCH).endsWith("que pour MDF-1.6, 2.3b, 2.4b, 4.2, 4.5, 4.6 et 8.1."),
        f.message(Locale.FRENCH));
  }

  @Test
  void every_message_renders_differently_in_english_and_french() {
    for (Rule rule : ModelDocumentationRules.all()) {
      Finding f = rule.finding(JsonPointer.root(), "a", "b", "c", "d");
      String english = f.message(Locale.ENGLISH);
      String french = f.message(Locale.FRENCH);
      assertFalse(english.isBlank(), rule.id());
      assertNotEquals(english, french, rule.id());
    }
  }

  @Test
  void templates_use_no_bare_ascii_apostrophe() throws IOException {
    for (String suffix : new String[] {"", "_fr"}) {
      Properties p = load(suffix);
      for (String key : p.stringPropertyNames()) {
        assertTrue(p.getProperty(key).replace("''", "").indexOf('\'') < 0, suffix + " " + key);
      }
    }
  }

  /** The English completeness message names the item with the catalogue's label, so the two cannot drift. */
  @Test
  void english_completeness_messages_use_the_catalogue_labels() {
    for (io.github.gpai4j.core.documentation.MdfItem item : io.github.gpai4j.core.documentation.MdfItem.values()) {
      String message = ModelDocumentationRules.required(item).finding(JsonPointer.root(), item.id())
          .message(Locale.ENGLISH);
      assertTrue(message.contains(", " + item.label() + ", "), message);
    }
  }

  @Test
  void french_messages_put_a_no_break_space_before_semicolons_and_colons() throws IOException {
    Properties fr = load("_fr");
    for (String key : fr.stringPropertyNames()) {
      assertFalse(fr.getProperty(key).matches(".* [;:!?].*"), key);
    }
  }

  @Test
  void a_german_reader_gets_english() {
    Finding f = ModelDocumentationRules.WORDS.finding(JsonPointer.root(), "MDF-2.1", "30", "20");
    assertEquals(f.message(Locale.ENGLISH), f.message(Locale.GERMANY));
  }
}
