package io.github.gpai4j.core.validation;

import static java.util.Objects.requireNonNull;

import java.util.List;
import java.util.Locale;
import java.util.MissingResourceException;
import java.util.ResourceBundle;
import java.util.function.Function;

/**
 * Where the message templates of findings come from: a resource bundle in English and French per module, so that
 * a finding required by the AI Act can be read by the AI Office and national competent authorities in the
 * language asked for on each call, never from a global setting.
 *
 * <p>A template is a {@link java.text.MessageFormat} pattern whose arguments {@code {0}}, {@code {1}}, ... are
 * filled with quoted document values by {@link Finding#message(Locale)}; values are never parsed as patterns.
 *
 * <p>On the module path {@link ResourceBundle#getBundle(String, Locale)} finds a bundle only when called from
 * the module that holds it. A module therefore creates its source with {@link #ofBundle(Function)} and a lambda
 * written in its own code:
 *
 * <pre>{@code
 * static final MessageSource MESSAGES =
 *     MessageSource.ofBundle(locale -> ResourceBundle.getBundle("com.example.messages", locale));
 * }</pre>
 *
 * <p>The bundle without a suffix holds English, {@code _fr} holds French. Every other language falls back to
 * English, whatever the JVM's default locale is.
 *
 * @since 0.1.0
 */
@FunctionalInterface
public interface MessageSource {

  /** The languages every gpai4j message bundle provides: English (the base bundle) and French. */
  List<Locale> SUPPORTED_LOCALES = List.of(Locale.ENGLISH, Locale.FRENCH);

  /**
   * Returns the template stored under a key for a locale, in English if the locale's language is not supported.
   *
   * @param key the message key, not null
   * @param locale the locale asked for, not null
   * @return the {@link java.text.MessageFormat} pattern, never null
   * @throws MissingResourceException if no template exists for the key
   */
  String template(String key, Locale locale);

  /**
   * Returns a source that reads a module's resource bundle through the given loader, asking it for
   * {@link Locale#FRENCH} when the requested language is French and for {@link Locale#ROOT} (the English base
   * bundle) otherwise. Asking for the root keeps the JVM's default locale out of the lookup.
   *
   * @param loader calls {@code ResourceBundle.getBundle(baseName, locale)} from inside the owning module, not null
   * @return the source
   */
  static MessageSource ofBundle(Function<Locale, ResourceBundle> loader) {
    requireNonNull(loader, "loader");
    return (key, locale) -> {
      requireNonNull(key, "key");
      return loader.apply(bundleLocale(locale)).getString(key);
    };
  }

  /**
   * Returns the locale whose bundle holds the texts for a requested locale: {@link Locale#FRENCH} for any French
   * locale, {@link Locale#ROOT} (English) for every other.
   *
   * @param requested the requested locale, not null
   * @return {@link Locale#FRENCH} or {@link Locale#ROOT}
   */
  static Locale bundleLocale(Locale requested) {
    return "fr".equals(requireNonNull(requested, "locale").getLanguage()) ? Locale.FRENCH : Locale.ROOT;
  }
}
