package io.github.gpai4j.evaluation.classification;

import io.github.gpai4j.core.validation.MessageSource;
import java.text.MessageFormat;
import java.util.List;
import java.util.Locale;
import java.util.ResourceBundle;

/**
 * The English and French templates of reason texts and of the labels that text renderings show, read from the
 * bundle {@code io.github.gpai4j.evaluation.classification.reasons}.
 */
final class ReasonMessages {

  private static final String BASE_NAME = "io.github.gpai4j.evaluation.classification.reasons";
  private static final MessageSource MESSAGES =
      MessageSource.ofBundle(locale -> ResourceBundle.getBundle(BASE_NAME, locale));

  private ReasonMessages() {}

  static String format(String key, Locale locale, List<String> arguments) {
    String template = MESSAGES.template(key, locale);
    return new MessageFormat(template, Locale.ROOT).format(arguments.toArray());
  }

  static String label(String key, Locale locale) {
    return format(key, locale, List.of());
  }
}
