package io.github.gpai4j.evaluation.summary;

import io.github.gpai4j.core.validation.MessageSource;
import java.util.ResourceBundle;

/** The English and French message templates of the summary rules. Not API. */
final class SummaryMessages {

  /** The base name of the bundle: {@code messages.properties} (English) and {@code messages_fr.properties}. */
  static final String BASE_NAME = "io.github.gpai4j.evaluation.summary.messages";

  /** The source; the lambda runs in this module so that the bundle is found on the module path too. */
  static final MessageSource MESSAGES =
      MessageSource.ofBundle(locale -> ResourceBundle.getBundle(BASE_NAME, locale));

  private SummaryMessages() {}
}
