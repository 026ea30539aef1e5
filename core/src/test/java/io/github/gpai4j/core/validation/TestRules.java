package io.github.gpai4j.core.validation;

import io.github.gpai4j.core.LegalBasis;
import io.github.gpai4j.core.Recipient;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.MissingResourceException;

/** Rules and messages for testing the validation API. */
final class TestRules {
  private TestRules() {}

  static final MessageSource MESSAGES = (key, locale) -> {
    Map<String, String> texts = MessageSource.bundleLocale(locale).equals(Locale.FRENCH)
        ? Map.of("missing", "L’élément {0} manque.", "value", "Valeur {0} pour {1}.")
        : Map.of("missing", "Item {0} is missing.", "value", "Value {0} for {1}.");
    String t = texts.get(key);
    if (t == null) {
      throw new MissingResourceException(key, "TestRules", key);
    }
    return t;
  };

  static final Rule MISSING = new Rule("T-REQ-1", Severity.ERROR, List.of(LegalBasis.article(53, "1", "a")),
      List.of(Recipient.AI_OFFICE, Recipient.NATIONAL_COMPETENT_AUTHORITY), "missing", "An item is missing.",
      MESSAGES);

  static final Rule VALUE = new Rule("T-VAL-1", Severity.WARNING, List.of(LegalBasis.annex("XI", "1", "2", "d")),
      List.of(Recipient.AI_OFFICE), "value", "A value is implausible.", MESSAGES);

  static final Rule NOTE = new Rule("T-INF-1", Severity.INFO, List.of(LegalBasis.article(53, "1", "b")),
      List.of(Recipient.DOWNSTREAM_PROVIDER), "missing", "A note.", MESSAGES);
}
