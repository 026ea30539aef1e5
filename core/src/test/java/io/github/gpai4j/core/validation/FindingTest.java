package io.github.gpai4j.core.validation;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.github.gpai4j.core.Recipient;
import java.util.List;
import java.util.Locale;
import org.junit.jupiter.api.Test;

class FindingTest {

  @Test
  void renders_english_with_curly_quotes() {
    Finding f = TestRules.VALUE.finding(JsonPointer.of("a"), "7E+10", "MDF-2.5a");
    assertEquals("Value \u201c7E+10\u201d for \u201cMDF-2.5a\u201d.", f.message(Locale.ENGLISH));
  }

  @Test
  void renders_french_with_guillemets() {
    Finding f = TestRules.MISSING.finding(JsonPointer.of("a"), "MDF-2.5a");
    assertEquals("L’élément «\u00a0MDF-2.5a\u00a0» manque.", f.message(Locale.CANADA_FRENCH));
  }

  @Test
  void other_languages_fall_back_to_english() {
    Finding f = TestRules.MISSING.finding(JsonPointer.of("a"), "x");
    assertEquals(f.message(Locale.ENGLISH), f.message(Locale.GERMAN));
  }

  /** A document value is never template text: braces and apostrophes in it are shown as written. */
  @Test
  void does_not_interpret_patterns_in_document_values() {
    Finding f = TestRules.VALUE.finding(JsonPointer.of("a"), "{1} it's {0,number}", "b");
    assertEquals("Value \u201c{1} it's {0,number}\u201d for \u201cb\u201d.", f.message(Locale.ENGLISH));
  }

  @Test
  void escapes_line_breaks_and_bidi_controls_in_values() {
    Finding f = TestRules.VALUE.finding(JsonPointer.of("a"), "a\nb\u202ec", "b");
    assertEquals("Value \u201ca\\u000Ab\\u202Ec\u201d for \u201cb\u201d.", f.message(Locale.ENGLISH));
  }

  @Test
  void cuts_long_values_with_an_ellipsis() {
    Finding f = TestRules.VALUE.finding(JsonPointer.of("a"), "x".repeat(1000), "b");
    String m = f.message(Locale.ENGLISH);
    assertTrue(m.contains("x".repeat(Finding.MAX_ARGUMENT_LENGTH) + "\u2026\u201d"), m);
    assertFalse(m.contains("x".repeat(Finding.MAX_ARGUMENT_LENGTH + 1)), m);
  }

  @Test
  void keeps_the_full_argument_in_the_finding() {
    Finding f = TestRules.VALUE.finding(JsonPointer.of("a"), "x".repeat(1000), "b");
    assertEquals(1000, f.arguments().get(0).length());
  }

  @Test
  void a_finding_naming_no_recipient_concerns_everyone() {
    Finding f = TestRules.MISSING.finding(JsonPointer.root(), List.of(), "x");
    assertTrue(f.concerns(Recipient.DOWNSTREAM_PROVIDER));
  }

  @Test
  void a_finding_concerns_only_the_recipients_it_names() {
    Finding f = TestRules.MISSING.finding(JsonPointer.root(), List.of(Recipient.AI_OFFICE), "x");
    assertFalse(f.concerns(Recipient.DOWNSTREAM_PROVIDER));
  }

  @Test
  void rejects_null_location() {
    assertThrows(NullPointerException.class, () -> TestRules.MISSING.finding(null, "x"));
  }

  @Test
  void rejects_null_locale() {
    Finding f = TestRules.MISSING.finding(JsonPointer.root(), "x");
    assertThrows(NullPointerException.class, () -> f.message(null));
  }
}
