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

  /** Parsed templates, by template text: parsing a pattern costs far more than formatting with it. */
  private static final java.util.concurrent.ConcurrentMap<String, MessageFormat> FORMATS =
      new java.util.concurrent.ConcurrentHashMap<>();

  /** Looked-up templates and names by locale and key, misses included (a missing name is the common case). */
  private static final java.util.concurrent.ConcurrentMap<String, java.util.Optional<String>> LOOKUPS =
      new java.util.concurrent.ConcurrentHashMap<>();

  private ReasonMessages() {}

  private static java.util.Optional<String> lookup(String key, Locale locale) {
    return LOOKUPS.computeIfAbsent(locale.toLanguageTag() + '\u0000' + key, k -> {
      try {
        return java.util.Optional.of(MESSAGES.template(key, locale));
      } catch (java.util.MissingResourceException e) {
        return java.util.Optional.empty();
      }
    });
  }

  static String format(String key, Locale locale, List<String> arguments) {
    Object[] shown = new Object[arguments.size()];
    for (int i = 0; i < shown.length; i++) {
      shown[i] = names(arguments.get(i), locale);
    }
    String template = lookup(key, locale).orElseGet(() -> MESSAGES.template(key, locale)); // throws if missing
    MessageFormat format = FORMATS.computeIfAbsent(template, t -> new MessageFormat(t, Locale.ROOT));
    synchronized (format) { // a MessageFormat is not thread-safe; formatting is short
      return format.format(shown);
    }
  }

  /**
   * Shows an argument that holds enum constants ({@code TEXT}, or {@code [TEXT, AUDIO]} as a list prints) by their
   * names in the bundle ({@code name.TEXT}); any other argument is shown as it is. Reasons keep the raw constants
   * as their arguments, so JSON output stays stable and only the text is localised.
   */
  private static String names(String argument, Locale locale) {
    boolean list = argument.length() >= 2 && argument.charAt(0) == '[' && argument.charAt(argument.length() - 1) == ']';
    String inner = list ? argument.substring(1, argument.length() - 1) : argument;
    if (inner.isEmpty()) {
      return argument;
    }
    StringBuilder sb = new StringBuilder();
    for (String token : splitList(inner)) {
      if (!isConstant(token)) {
        return argument;
      }
      java.util.Optional<String> found = lookup("name." + token, locale);
      if (found.isEmpty()) {
        return argument;
      }
      String name = found.get();
      sb.append(sb.length() == 0 ? "" : ", ").append(name);
    }
    return sb.toString();
  }

  /** Splits a printed list at {@code ", "} without a regular expression. */
  private static List<String> splitList(String inner) {
    List<String> out = new java.util.ArrayList<>();
    int from = 0;
    for (int i = inner.indexOf(", "); i >= 0; i = inner.indexOf(", ", from)) {
      out.add(inner.substring(from, i));
      from = i + 2;
    }
    out.add(inner.substring(from));
    return out;
  }

  private static boolean isConstant(String token) {
    if (token.isEmpty()) {
      return false;
    }
    for (int i = 0; i < token.length(); i++) {
      char c = token.charAt(i);
      if (!(c >= 'A' && c <= 'Z' || c >= '0' && c <= '9' || c == '_')) {
        return false;
      }
    }
    return true;
  }

  static String label(String key, Locale locale) {
    return format(key, locale, List.of());
  }
}
