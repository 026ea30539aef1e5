package io.github.gpai4j.cli;

import io.github.gpai4j.core.validation.MessageSource;
import java.text.MessageFormat;
import java.util.Locale;
import java.util.ResourceBundle;

/** The command line's own texts, in English and French ({@code messages.properties} and {@code _fr}). */
final class Messages {
  /** The bundle, as a message source for the command line's rules. */
  static final MessageSource SOURCE =
      MessageSource.ofBundle(locale -> ResourceBundle.getBundle("io.github.gpai4j.cli.messages", locale));

  private Messages() {}

  /** French for a French locale, English otherwise. */
  static boolean french(Locale locale) {
    return locale.getLanguage().equals("fr");
  }

  static String text(String key, Locale locale, Object... args) {
    String template = SOURCE.template(key, locale);
    return args.length == 0 ? template.replace("''", "'")
        : new MessageFormat(template, Locale.ROOT).format(args);
  }
}
