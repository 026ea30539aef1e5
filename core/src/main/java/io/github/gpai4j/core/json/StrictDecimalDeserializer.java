package io.github.gpai4j.core.json;

import java.math.BigDecimal;
import java.util.Locale;
import tools.jackson.core.JacksonException;
import tools.jackson.core.JsonParser;
import tools.jackson.core.JsonToken;
import tools.jackson.databind.DeserializationContext;
import tools.jackson.databind.ValueDeserializer;
import tools.jackson.databind.exc.InvalidFormatException;

/**
 * Reads JSON numbers as the decimal they are written as (keeping significant figures) and rejects strings: the
 * non-finite spellings {@code "NaN"} and {@code "Infinity"} as non-finite quantities, anything else as a wrong type.
 */
final class StrictDecimalDeserializer extends ValueDeserializer<BigDecimal> {
  @Override
  public BigDecimal deserialize(JsonParser p, DeserializationContext ctxt) throws JacksonException {
    JsonToken t = p.currentToken();
    if (t == JsonToken.VALUE_NUMBER_INT || t == JsonToken.VALUE_NUMBER_FLOAT) {
      return p.getDecimalValue();
    }
    if (t == JsonToken.VALUE_STRING) {
      String s = p.getString().strip().toLowerCase(Locale.ROOT);
      if (s.equals("nan") || s.endsWith("infinity") || s.endsWith("inf")) {
        throw new NonFiniteNumberException(p, p.getString());
      }
    }
    return (BigDecimal) ctxt.handleUnexpectedToken(BigDecimal.class, p);
  }

  /** Signals a non-finite number written as a string. */
  static final class NonFiniteNumberException extends InvalidFormatException {
    private static final long serialVersionUID = 1L;

    NonFiniteNumberException(JsonParser p, String value) {
      super(p, "Quantities must be finite numbers, was \"" + value + "\"", value, BigDecimal.class);
    }
  }
}
