package io.github.gpai4j.core.json;

import java.time.DateTimeException;
import java.time.LocalDate;
import java.time.YearMonth;
import tools.jackson.core.JacksonException;
import tools.jackson.core.JsonGenerator;
import tools.jackson.core.JsonParser;
import tools.jackson.core.JsonToken;
import tools.jackson.databind.DeserializationContext;
import tools.jackson.databind.SerializationContext;
import tools.jackson.databind.ValueDeserializer;
import tools.jackson.databind.ValueSerializer;
import tools.jackson.databind.exc.InvalidFormatException;

/**
 * Reads and writes calendar dates exactly as ISO 8601's extended calendar format writes them ({@code YYYY-MM-DD},
 * ten characters, nothing around them), within {@link #EARLIEST} and {@link #LATEST}. A date-time, a date with
 * spaces around it, an array of numbers or a number is not a date; a year outside 1900 to 9999 is refused so that
 * no later date arithmetic (deadlines, retention periods) can overflow. The same range is enforced when writing a
 * document, so that gpai4j never writes a document it would refuse to read; computed values such as deadlines may
 * lie beyond 9999 and are written with an expanded year.
 */
final class StrictDates {
  /** The earliest date gpai4j reads or writes. */
  static final LocalDate EARLIEST = LocalDate.of(1900, 1, 1);

  /** The latest date gpai4j reads or writes. */
  static final LocalDate LATEST = LocalDate.of(9999, 12, 31);

  private StrictDates() {}

  /**
   * Parses a date, or explains why the text is not one.
   *
   * @param text the text
   * @return the date
   * @throws IllegalArgumentException with the reason, if the text is not a date in range
   */
  static LocalDate parse(String text) {
    if (farOff(text)) {
      throw new IllegalArgumentException(rangeMessage());
    }
    if (text.length() != 10 || text.charAt(4) != '-' || text.charAt(7) != '-'
        || !digits(text, 0, 4) || !digits(text, 5, 7) || !digits(text, 8, 10)) {
      throw new IllegalArgumentException("expected a calendar date written YYYY-MM-DD, such as 2025-08-02");
    }
    int year = Integer.parseInt(text, 0, 4, 10);
    LocalDate date;
    try {
      date = LocalDate.of(year, Integer.parseInt(text, 5, 7, 10), Integer.parseInt(text, 8, 10, 10));
    } catch (DateTimeException e) {
      throw new IllegalArgumentException("there is no such day in the calendar", e);
    }
    if (date.isBefore(EARLIEST)) {
      throw new IllegalArgumentException(rangeMessage());
    }
    return date;
  }

  /**
   * Parses a year and month written {@code YYYY-MM}, such as a data cut-off, or explains why the text is not one.
   *
   * @param text the text
   * @return the month
   * @throws IllegalArgumentException with the reason, if the text is not a month in range
   */
  static YearMonth parseYearMonth(String text) {
    if (farOff(text)) {
      throw new IllegalArgumentException(monthRangeMessage());
    }
    if (text.length() != 7 || text.charAt(4) != '-' || !digits(text, 0, 4) || !digits(text, 5, 7)) {
      throw new IllegalArgumentException("expected a year and month written YYYY-MM, such as 2025-08");
    }
    int month = Integer.parseInt(text, 5, 7, 10);
    if (month < 1 || month > 12) {
      throw new IllegalArgumentException("there is no such month in the calendar");
    }
    YearMonth value = YearMonth.of(Integer.parseInt(text, 0, 4, 10), month);
    if (value.isBefore(YearMonth.from(EARLIEST))) {
      throw new IllegalArgumentException(monthRangeMessage());
    }
    return value;
  }

  static String monthRangeMessage() {
    return "months must lie between " + YearMonth.from(EARLIEST) + " and " + YearMonth.from(LATEST);
  }

  /** A date written with a sign or a year of more than four digits, as {@code +999999990-01-01}. */
  private static boolean farOff(String text) {
    int start = text.startsWith("+") || text.startsWith("-") ? 1 : 0;
    int dash = text.indexOf('-', start);
    return dash - start > 4 && digits(text, start, dash) || start == 1 && dash > start && digits(text, start, dash);
  }

  static String rangeMessage() {
    return "dates must lie between " + EARLIEST + " and " + LATEST;
  }

  private static boolean digits(String s, int from, int to) {
    for (int i = from; i < to; i++) {
      if (s.charAt(i) < '0' || s.charAt(i) > '9') {
        return false;
      }
    }
    return true;
  }

  /** Reads a date from a JSON string only. */
  static final class Deserializer extends ValueDeserializer<LocalDate> {
    @Override
    public LocalDate deserialize(JsonParser p, DeserializationContext ctxt) throws JacksonException {
      JsonToken t = p.currentToken();
      if (t != JsonToken.VALUE_STRING) {
        String found = t == JsonToken.START_ARRAY ? "an array" : t == JsonToken.START_OBJECT ? "an object"
            : t == JsonToken.VALUE_TRUE || t == JsonToken.VALUE_FALSE ? "a boolean" : "a number";
        throw new InvalidFormatException(p, "expected a calendar date string written YYYY-MM-DD, not " + found,
            null, LocalDate.class);
      }
      String text = p.getString();
      try {
        return parse(text);
      } catch (IllegalArgumentException e) {
        throw new InvalidFormatException(p, String.valueOf(e.getMessage()), text, LocalDate.class);
      }
    }
  }

  /** Reads a year and month from a JSON string only. */
  static final class MonthDeserializer extends ValueDeserializer<YearMonth> {
    @Override
    public YearMonth deserialize(JsonParser p, DeserializationContext ctxt) throws JacksonException {
      if (p.currentToken() != JsonToken.VALUE_STRING) {
        throw new InvalidFormatException(p, "expected a year and month string written YYYY-MM", null,
            YearMonth.class);
      }
      String text = p.getString();
      try {
        return parseYearMonth(text);
      } catch (IllegalArgumentException e) {
        throw new InvalidFormatException(p, String.valueOf(e.getMessage()), text, YearMonth.class);
      }
    }
  }

  /** Writes a year and month as {@code YYYY-MM}; in a document, only one the reader accepts. */
  static final class MonthSerializer extends ValueSerializer<YearMonth> {
    @Override
    public void serialize(YearMonth value, JsonGenerator gen, SerializationContext ctxt) throws JacksonException {
      if ((value.isBefore(YearMonth.from(EARLIEST)) || value.isAfter(YearMonth.from(LATEST)))
          && ctxt.getAttribute(DOCUMENT) != null) {
        throw new IllegalArgumentException("Cannot write the month " + value + ": " + monthRangeMessage()
            + " to be read back");
      }
      gen.writeString(value.toString());
    }
  }

  /**
   * The serialization attribute that marks the writing of a document (a type annotated {@link JsonDocument}), whose
   * dates must stay within the range the reader accepts.
   */
  static final Object DOCUMENT = new Object();

  /**
   * Writes a date in ISO 8601 form: {@code YYYY-MM-DD}, with the expanded year ({@code +10000-01-13}) a date
   * computed beyond 9999 needs. In a document (see {@link #DOCUMENT}), a date {@link Deserializer} would refuse is
   * refused instead, so that no document is written that cannot be read back.
   */
  static final class Serializer extends ValueSerializer<LocalDate> {
    @Override
    public void serialize(LocalDate value, JsonGenerator gen, SerializationContext ctxt) throws JacksonException {
      if ((value.isBefore(EARLIEST) || value.isAfter(LATEST)) && ctxt.getAttribute(DOCUMENT) != null) {
        throw new IllegalArgumentException("Cannot write the date " + value + ": " + rangeMessage()
            + " to be read back");
      }
      gen.writeString(value.toString());
    }
  }
}
