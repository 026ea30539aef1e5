package io.github.gpai4j.evaluation.safety;

import io.github.gpai4j.core.json.DocumentReadException;
import io.github.gpai4j.core.json.Gpai4jJson;

/** Writes a value with the project codec and reads it back, as users of the records will. */
public final class JsonRoundTrip {

  private JsonRoundTrip() {}

  /**
   * Writes and re-reads a value.
   *
   * @param value the value
   * @param type its type
   * @param <T> the type
   * @return the value read back
   * @throws DocumentReadException if the written JSON cannot be read back
   */
  public static <T> T of(T value, Class<T> type) throws DocumentReadException {
    Gpai4jJson json = Gpai4jJson.strict();
    return json.read(json.write(value), type);
  }

  /**
   * Writes a value.
   *
   * @param value the value
   * @return its JSON text
   */
  public static String write(Object value) {
    return Gpai4jJson.strict().write(value);
  }
}
