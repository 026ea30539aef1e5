package io.github.gpai4j.taxonomy.internal;

import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.Reader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.Locale;
import java.util.Map;
import java.util.Properties;
import java.util.TreeMap;

/**
 * Labels and descriptions of the vocabulary, read once from UTF-8 property files inside this module
 * ({@code labels.properties} for English, {@code labels_fr.properties} for French).
 *
 * <p>Not API. The lookup is deliberately simple and does not follow the JVM's default locale: French for a
 * locale whose language is {@code fr}, English for every other locale, so that output never depends on the
 * machine it runs on. Keys are {@code <code>.label} and {@code <code>.description}.
 */
public final class Labels {

  private static final Map<String, String> EN = load("labels.properties");
  private static final Map<String, String> FR = load("labels_fr.properties");

  private Labels() {}

  /**
   * Returns the label of a code.
   *
   * @param code the code, not null
   * @param locale the locale, not null
   * @return the label
   * @throws IllegalStateException if the label is missing (a packaging error)
   */
  public static String label(String code, Locale locale) {
    return get(isFrench(locale) ? FR : EN, code + ".label");
  }

  /**
   * Returns the English description of a code.
   *
   * @param code the code, not null
   * @return the description
   * @throws IllegalStateException if the description is missing (a packaging error)
   */
  public static String description(String code) {
    return get(EN, code + ".description");
  }

  /**
   * Returns a message template, French for a French locale and English otherwise.
   *
   * @param key the key, not null
   * @param locale the locale, not null
   * @return the template
   * @throws IllegalStateException if the template is missing (a packaging error)
   */
  public static String message(String key, Locale locale) {
    return get(isFrench(locale) ? FR : EN, key);
  }

  /**
   * Returns whether a text exists for a key in the given language; used by tests to prove completeness.
   *
   * @param key the key, not null
   * @param locale the locale, not null
   * @return true if the key has a non-blank text
   */
  public static boolean has(String key, Locale locale) {
    String v = (isFrench(locale) ? FR : EN).get(key);
    return v != null && !v.isBlank();
  }

  /**
   * Returns every key of the given language, sorted.
   *
   * @param locale the locale, not null
   * @return an unmodifiable sorted map
   */
  public static Map<String, String> all(Locale locale) {
    return isFrench(locale) ? FR : EN;
  }

  private static boolean isFrench(Locale locale) {
    return "fr".equals(locale.getLanguage());
  }

  private static String get(Map<String, String> map, String key) {
    String v = map.get(key);
    if (v == null) {
      throw new IllegalStateException("No text for key '" + key + "' in the vocabulary resources");
    }
    return v;
  }

  private static Map<String, String> load(String name) {
    Properties p = new Properties();
    try (InputStream in = Labels.class.getResourceAsStream(name)) {
      if (in == null) {
        throw new IllegalStateException("Missing resource " + name + " next to " + Labels.class.getName());
      }
      try (Reader r = new InputStreamReader(in, StandardCharsets.UTF_8)) {
        p.load(r);
      }
    } catch (IOException e) {
      throw new UncheckedIOException("Cannot read " + name, e);
    }
    Map<String, String> m = new TreeMap<>();
    for (String k : p.stringPropertyNames()) {
      m.put(k, p.getProperty(k));
    }
    return java.util.Collections.unmodifiableMap(m);
  }
}
