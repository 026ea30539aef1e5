package io.github.gpai4j.core.json;

import io.github.gpai4j.core.json.DocumentReadException.Kind;
import com.fasterxml.jackson.annotation.JsonValue;
import java.lang.reflect.Method;
import java.math.BigDecimal;
import java.math.BigInteger;
import java.time.temporal.Temporal;
import java.util.Arrays;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import org.jspecify.annotations.Nullable;
import tools.jackson.core.JacksonException;
import tools.jackson.core.JsonToken;
import tools.jackson.core.TokenStreamLocation;
import tools.jackson.core.exc.StreamConstraintsException;
import tools.jackson.core.exc.StreamReadException;
import tools.jackson.databind.exc.InvalidFormatException;
import tools.jackson.databind.exc.InvalidNullException;
import tools.jackson.databind.exc.MismatchedInputException;
import tools.jackson.databind.exc.UnrecognizedPropertyException;
import tools.jackson.databind.exc.ValueInstantiationException;

/** Turns Jackson's exceptions into located, human {@link DocumentReadException}s. */
final class ErrorTranslator {
  private ErrorTranslator() {}

  /**
   * Translates a Jackson exception.
   *
   * @param e the exception
   * @return the document read exception
   */
  static DocumentReadException translate(JacksonException e) {
    String pointer = JsonPointers.of(e.getPath());
    TokenStreamLocation loc = e.getLocation();
    int line = loc == null ? -1 : loc.getLineNr();
    int column = loc == null ? -1 : loc.getColumnNr();
    Kind kind;
    String detail;
    String where = pointer.isEmpty() ? "the document" : pointer;
    if (e instanceof StreamConstraintsException) {
      kind = Kind.LIMIT_EXCEEDED;
      detail = "Input exceeds a read limit: " + firstLine(e.getOriginalMessage());
    } else if (e instanceof UnrecognizedPropertyException u) {
      kind = Kind.UNKNOWN_PROPERTY;
      String parent = pointer.lastIndexOf('/') >= 0 ? pointer.substring(0, pointer.lastIndexOf('/')) : "";
      detail = "Unknown property \"" + u.getPropertyName() + "\" at " + pointer
          + (parent.isEmpty() ? " (top level)" : " (inside " + parent + ")")
          + "; known properties: " + known(u.getKnownPropertyIds())
          + ". Read leniently to keep unknown properties.";
    } else if (e instanceof StreamReadException) {
      kind = Kind.MALFORMED_JSON;
      detail = "Malformed JSON: " + firstLine(e.getOriginalMessage());
    } else if (e instanceof ValueInstantiationException) {
      kind = Kind.INVALID_VALUE;
      Throwable cause = e.getCause() != null ? e.getCause() : e;
      detail = "Invalid value at " + where + ": " + firstLine(String.valueOf(cause.getMessage()));
    } else if (e instanceof InvalidFormatException f) {
      Class<?> target = f.getTargetType();
      if (f instanceof StrictDecimalDeserializer.NonFiniteNumberException) {
        kind = Kind.INVALID_VALUE;
        detail = "Invalid value at " + where + ": quantities must be finite numbers, was \"" + f.getValue() + "\"";
      } else if (target != null && target.isEnum()) {
        kind = Kind.UNKNOWN_ENUM_VALUE;
        detail = "Unknown value \"" + f.getValue() + "\" at " + where + "; expected one of "
            + enumValues(target);
      } else if (target != null && Temporal.class.isAssignableFrom(target)) {
        kind = Kind.BAD_DATE;
        detail = "Invalid date \"" + f.getValue() + "\" at " + where
            + "; expected an ISO-8601 calendar date such as 2025-08-02";
      } else {
        kind = Kind.WRONG_TYPE;
        detail = "Wrong value \"" + f.getValue() + "\" at " + where + "; expected " + describe(target);
      }
    } else if (e instanceof MismatchedInputException && String.valueOf(e.getOriginalMessage())
        .startsWith("Trailing token")) {
      kind = Kind.MALFORMED_JSON;
      detail = "Malformed JSON: unexpected content after the end of the document";
    } else if (e instanceof InvalidNullException) {
      kind = Kind.WRONG_TYPE;
      detail = "Null is not allowed at " + where + "; leave the entry out instead";
    } else if (e instanceof MismatchedInputException m) {
      Class<?> target = m.getTargetType();
      if (target != null && Temporal.class.isAssignableFrom(target)) {
        kind = Kind.BAD_DATE;
        detail = "Invalid date at " + where + "; expected an ISO-8601 calendar date string such as 2025-08-02";
      } else {
        kind = Kind.WRONG_TYPE;
        detail = "Wrong type at " + where + ": expected " + describe(target) + " but found " + found(m);
      }
    } else {
      kind = Kind.WRONG_TYPE;
      detail = "Cannot read " + where + ": " + firstLine(e.getOriginalMessage());
    }
    return new DocumentReadException(kind, pointer, line, column, detail, e);
  }

  /** The values an enum is written as in JSON: its {@code @JsonValue} where it has one, else the names. */
  private static String enumValues(Class<?> enumType) {
    Method jsonValue = null;
    for (Method m : enumType.getMethods()) {
      if (m.isAnnotationPresent(JsonValue.class) && m.getParameterCount() == 0) {
        jsonValue = m;
      }
    }
    Method accessor = jsonValue;
    return Arrays.stream(enumType.getEnumConstants()).map(c -> {
      if (accessor != null) {
        try {
          return String.valueOf(accessor.invoke(c));
        } catch (ReflectiveOperationException | RuntimeException e) {
          return ((Enum<?>) c).name();
        }
      }
      return ((Enum<?>) c).name();
    }).collect(Collectors.joining(", "));
  }

  private static String found(MismatchedInputException m) {
    JsonToken t = m.getCurrentToken();
    if (t == null) {
      return "something else";
    }
    return switch (t) {
      case START_OBJECT -> "an object";
      case START_ARRAY -> "an array";
      case VALUE_STRING -> "a string";
      case VALUE_NUMBER_INT, VALUE_NUMBER_FLOAT -> "a number";
      case VALUE_TRUE, VALUE_FALSE -> "a boolean";
      case VALUE_NULL -> "null";
      default -> t.name().toLowerCase(java.util.Locale.ROOT);
    };
  }

  private static String describe(@Nullable Class<?> target) {
    if (target == null) {
      return "a different value";
    }
    if (target == String.class || CharSequence.class.isAssignableFrom(target)) {
      return "a string";
    }
    if (target == BigDecimal.class || target == BigInteger.class || Number.class.isAssignableFrom(target)
        || target == int.class || target == long.class || target == double.class) {
      return "a number";
    }
    if (target == boolean.class || target == Boolean.class) {
      return "true or false";
    }
    if (Collection.class.isAssignableFrom(target) || target.isArray()) {
      return "an array";
    }
    if (target.isEnum()) {
      return "one of " + enumValues(target);
    }
    if (Map.class.isAssignableFrom(target)) {
      return "an object";
    }
    return "an object (" + simpleName(target) + ")";
  }

  private static String simpleName(Class<?> c) {
    String n = c.getSimpleName();
    return n.startsWith("Immutable") ? n.substring("Immutable".length()) : n.equals("Json") && c.getEnclosingClass()
        != null ? simpleName(c.getEnclosingClass()) : n;
  }

  private static String known(@Nullable Collection<Object> ids) {
    if (ids == null || ids.isEmpty()) {
      return "none";
    }
    List<String> names = ids.stream().map(String::valueOf).sorted().toList();
    return String.join(", ", names);
  }

  private static String firstLine(@Nullable String message) {
    if (message == null) {
      return "unreadable input";
    }
    int nl = message.indexOf('\n');
    return nl < 0 ? message : message.substring(0, nl);
  }
}
