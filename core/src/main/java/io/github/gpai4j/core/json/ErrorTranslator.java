package io.github.gpai4j.core.json;

import com.fasterxml.jackson.annotation.JsonValue;
import io.github.gpai4j.core.json.DocumentReadException.Kind;
import java.lang.reflect.Method;
import java.lang.reflect.RecordComponent;
import java.math.BigDecimal;
import java.math.BigInteger;
import java.time.temporal.Temporal;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collection;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.stream.Collectors;
import org.jspecify.annotations.Nullable;
import tools.jackson.core.JacksonException;
import tools.jackson.core.JsonParser;
import tools.jackson.core.JsonToken;
import tools.jackson.core.TokenStreamContext;
import tools.jackson.core.TokenStreamLocation;
import tools.jackson.core.exc.StreamConstraintsException;
import tools.jackson.core.exc.StreamReadException;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.exc.InvalidFormatException;
import tools.jackson.databind.exc.InvalidNullException;
import tools.jackson.databind.exc.MismatchedInputException;
import tools.jackson.databind.exc.UnrecognizedPropertyException;
import tools.jackson.databind.exc.ValueInstantiationException;
import tools.jackson.databind.json.JsonMapper;

/**
 * Turns Jackson's exceptions into located, human {@link DocumentReadException}s: each names what is wrong, where
 * (a JSON Pointer, and the line and column of the offending token in the input), and what would be right. Line and
 * column are looked up in the input by pointer where Jackson does not know them (values read through a buffer, as
 * the Immutables types are), so that every error that has a place carries all three.
 */
final class ErrorTranslator {
  private ErrorTranslator() {}

  /** The input an error was found in, for locating pointers and looking at the offending object. */
  record Source(byte[] bytes, JsonMapper mapper, boolean lenient) {}

  /**
   * Translates a Jackson exception from binding a tree, where there is no text to locate.
   *
   * @param e the exception
   * @return the document read exception
   */
  static DocumentReadException translate(JacksonException e) {
    return translate(e, null);
  }

  /**
   * Translates a Jackson exception.
   *
   * @param e the exception
   * @param source the input, or null if there is no text (binding a tree)
   * @return the document read exception
   */
  static DocumentReadException translate(JacksonException e, @Nullable Source source) {
    if (e instanceof CheckingParser.UnpairedSurrogateException u) {
      String where = u.pointer().isEmpty() ? "the document" : u.pointer();
      return located(Kind.MALFORMED_JSON, u.pointer(), u.getLocation(), String.format(Locale.ROOT,
          "Malformed text at %s: a string holds an unpaired surrogate \\u%04X; JSON text must be valid Unicode"
              + " (RFC 8259, section 8.2), so write the whole character or remove it", where, (int) u.surrogate()),
          e);
    }
    if (e instanceof CheckingParser.LimitException l) {
      return located(Kind.LIMIT_EXCEEDED, l.pointer(), l.getLocation(), limitDetail(e), e);
    }
    if (e instanceof StreamConstraintsException) {
      return located(Kind.LIMIT_EXCEEDED, "", null, limitDetail(e), e);
    }
    if (e instanceof StreamReadException) {
      return malformed(e);
    }
    String pointer = JsonPointers.of(e.getPath());
    String where = pointer.isEmpty() ? "the document" : pointer;
    if (e instanceof UnrecognizedPropertyException u) {
      String parent = pointer.lastIndexOf('/') >= 0 ? pointer.substring(0, pointer.lastIndexOf('/')) : "";
      List<String> known = known(u.getKnownPropertyIds());
      String suggestion = Suggestions.nearest(u.getPropertyName(), known);
      String detail = "Unknown property \"" + u.getPropertyName() + "\" at " + pointer
          + (parent.isEmpty() ? " (top level)" : " (inside " + parent + ")")
          + (suggestion == null ? "." : "; did you mean \"" + suggestion + "\"?")
          + " Known properties here: " + (known.isEmpty() ? "none" : String.join(", ", known))
          + ". Read leniently to keep unknown properties.";
      return at(Kind.UNKNOWN_PROPERTY, pointer, true, detail, e, source);
    }
    if (e instanceof ValueInstantiationException v) {
      return instantiation(v, pointer, source);
    }
    if (e instanceof InvalidFormatException f) {
      Class<?> target = f.getTargetType();
      if (f instanceof StrictDecimalDeserializer.NonFiniteNumberException) {
        return at(Kind.INVALID_VALUE, pointer, false, "Invalid value at " + where
            + ": quantities must be finite numbers, was \"" + f.getValue() + "\"", e, source);
      }
      if (target != null && target.isEnum()) {
        return at(Kind.UNKNOWN_ENUM_VALUE, pointer, false, "Unknown value \"" + f.getValue() + "\" at " + where
            + "; expected one of " + enumValues(target), e, source);
      }
      if (target != null && Temporal.class.isAssignableFrom(target)) {
        return at(Kind.BAD_DATE, pointer, false, "Invalid date " + (f.getValue() == null ? "" : "\""
            + f.getValue() + "\" ") + "at " + where + ": " + firstLine(f.getOriginalMessage()), e, source);
      }
      return at(Kind.WRONG_TYPE, pointer, false, "Wrong value \"" + f.getValue() + "\" at " + where + "; expected "
          + describe(target), e, source);
    }
    if (e instanceof MismatchedInputException && String.valueOf(e.getOriginalMessage())
        .startsWith("Trailing token")) {
      return located(Kind.MALFORMED_JSON, "", e.getLocation(),
          "Malformed JSON: unexpected content after the end of the document", e);
    }
    if (e instanceof MismatchedInputException && String.valueOf(e.getOriginalMessage()).startsWith("No content")) {
      return empty(e);
    }
    if (e instanceof InvalidNullException) {
      return at(Kind.WRONG_TYPE, pointer, false, "Null is not allowed at " + where + "; leave the entry out instead",
          e, source);
    }
    if (e instanceof MismatchedInputException m) {
      Class<?> target = m.getTargetType();
      if (target != null && Temporal.class.isAssignableFrom(target)) {
        return at(Kind.BAD_DATE, pointer, false, "Invalid date at " + where
            + ": expected a calendar date string written YYYY-MM-DD, such as 2025-08-02", e, source);
      }
      return at(Kind.WRONG_TYPE, pointer, false, "Wrong type at " + where + ": expected " + describe(target)
          + " but found " + found(m), e, source);
    }
    return at(Kind.WRONG_TYPE, pointer, false, "Cannot read " + where + ": " + firstLine(e.getOriginalMessage()), e,
        source);
  }

  /**
   * Returns the exception for a value that cannot be written, naming where and why.
   *
   * @param e the exception from writing
   * @return the exception to throw
   */
  static IllegalArgumentException unwritable(JacksonException e) {
    String pointer = JsonPointers.of(e.getPath());
    String why = e instanceof StreamConstraintsException
        ? limitDetail(e).replace("Input exceeds a read limit: ", "")
        : firstLine(e.getCause() != null ? e.getCause().getMessage() : e.getOriginalMessage());
    return new IllegalArgumentException("Cannot write the value" + (pointer.isEmpty() ? "" : " at " + pointer)
        + ": " + why, e);
  }

  /**
   * Returns the error for input that holds no JSON value at all.
   *
   * @param cause the underlying exception, or null
   * @return the error
   */
  static DocumentReadException empty(@Nullable Throwable cause) {
    return new DocumentReadException(Kind.MALFORMED_JSON, "", 1, 1,
        "Malformed JSON: the input is empty; expected a JSON object", cause);
  }

  private static DocumentReadException malformed(JacksonException e) {
    TokenStreamContext ctx = context(e);
    String message = firstLine(e.getOriginalMessage());
    String pointer = "";
    if (ctx != null) {
      // A duplicate property is reported where it stands; other syntax errors in the object or array around them.
      // Invalid UTF-8 is reported while decoding the string it stands in.
      pointer = message.startsWith("Duplicate") || message.startsWith("Invalid UTF-8") || ctx.inRoot()
          ? JsonPointers.of(ctx)
          : JsonPointers.of(ctx.getParent());
    }
    return located(Kind.MALFORMED_JSON, pointer, e.getLocation(), "Malformed JSON: " + message, e);
  }

  /**
   * A constructor refused the values: a required property missing (a record's {@code requireNonNull}, an Immutables
   * builder's required attribute) or a value the domain rejects, located at the value where that can be told.
   */
  private static DocumentReadException instantiation(ValueInstantiationException v, String pointer,
      @Nullable Source source) {
    Class<?> target = v.getType() == null ? null : v.getType().getRawClass();
    Throwable cause = v.getCause() != null ? v.getCause() : v;
    String message = String.valueOf(cause.getMessage());
    @Nullable JsonNode object = nodeAt(source, pointer);
    String where = pointer.isEmpty() ? "the document" : pointer;
    List<String> components = components(target);
    if (cause instanceof NullPointerException && components.contains(message)) {
      // Jackson builds a record before it reports the record's unknown properties: a misspelt required property
      // surfaces as a missing one. Strictly, the unknown property is the error; leniently, it is the hint.
      String unknown = firstUnknown(object, components);
      if (unknown != null && source != null && !source.lenient()) {
        String at = pointer + "/" + JsonPointers.escape(unknown);
        String suggestion = Suggestions.nearest(unknown, components);
        return at(Kind.UNKNOWN_PROPERTY, at, true, "Unknown property \"" + unknown + "\" at " + at
            + (pointer.isEmpty() ? " (top level)" : " (inside " + pointer + ")")
            + (suggestion == null ? "" : "; did you mean \"" + suggestion + "\"?")
            + " The required property \"" + message + "\" is missing. Known properties here: "
            + String.join(", ", components.stream().sorted().toList())
            + ". Read leniently to keep unknown properties.", v, source);
      }
      @Nullable JsonNode given = object == null ? null : object.get(message);
      if (given != null && given.isNull()) {
        String at = pointer + "/" + JsonPointers.escape(message);
        return at(Kind.WRONG_TYPE, at, false, "Null is not allowed at " + at + ": \"" + message
            + "\" is required", v, source);
      }
      String near = nearUnknown(object, components, message);
      return at(Kind.MISSING_PROPERTY, pointer, false, "Missing required property \"" + message + "\" in " + where
          + " (" + typeName(target) + ")" + (near == null ? "" : "; the unknown property \"" + near
          + "\" there may be a misspelling of it"), v, source);
    }
    if (cause instanceof IllegalStateException && message.contains("required attributes are not set [")) {
      String names = message.substring(message.indexOf('[') + 1, message.lastIndexOf(']') < 0 ? message.length()
          : message.lastIndexOf(']'));
      List<String> missing = Arrays.stream(names.split(",", -1)).map(String::strip).filter(s -> !s.isEmpty())
          .map(s -> "\"" + s + "\"").toList();
      return at(Kind.MISSING_PROPERTY, pointer, false, "Missing required propert"
          + (missing.size() == 1 ? "y " : "ies ") + String.join(", ", missing) + " in " + where + " ("
          + typeName(target) + ")", v, source);
    }
    // A value with a single property can only have been refused for that property: point at it.
    String valuePointer = pointer;
    if (components.size() == 1 && object != null && object.has(components.get(0))) {
      valuePointer = pointer + "/" + JsonPointers.escape(components.get(0));
    }
    return at(Kind.INVALID_VALUE, valuePointer, false, "Invalid value at "
        + (valuePointer.isEmpty() ? "the document" : valuePointer) + ": " + firstLine(message), v, source);
  }

  private static @Nullable String firstUnknown(@Nullable JsonNode object, List<String> components) {
    if (object == null || !object.isObject()) {
      return null;
    }
    for (String name : object.propertyNames()) {
      if (!components.contains(name)) {
        return name;
      }
    }
    return null;
  }

  private static @Nullable String nearUnknown(@Nullable JsonNode object, List<String> components, String missing) {
    if (object == null || !object.isObject()) {
      return null;
    }
    for (String name : object.propertyNames()) {
      if (!components.contains(name) && missing.equals(Suggestions.nearest(name, List.of(missing)))) {
        return name;
      }
    }
    return null;
  }

  private static List<String> components(@Nullable Class<?> type) {
    if (type == null || !type.isRecord()) {
      return List.of();
    }
    List<String> names = new ArrayList<>();
    for (RecordComponent c : type.getRecordComponents()) {
      names.add(c.getName());
    }
    return names;
  }

  private static @Nullable JsonNode nodeAt(@Nullable Source source, String pointer) {
    if (source == null) {
      return null;
    }
    try {
      JsonNode node = source.mapper().readTree(source.bytes()).at(pointer);
      return node.isMissingNode() ? null : node;
    } catch (JacksonException | IllegalArgumentException e) {
      return null;
    }
  }

  /** An error at a pointer, with the line and column of the property's name or of its value in the input. */
  private static DocumentReadException at(Kind kind, String pointer, boolean name, String detail,
      JacksonException e, @Nullable Source source) {
    TokenStreamLocation loc = source == null ? null : locate(source, pointer, name);
    return located(kind, pointer, loc != null ? loc : e.getLocation(), detail, e);
  }

  private static DocumentReadException located(Kind kind, String pointer, @Nullable TokenStreamLocation loc,
      String detail, Throwable cause) {
    int line = loc == null || loc.getLineNr() < 1 ? -1 : loc.getLineNr();
    int column = line < 1 || loc.getColumnNr() < 1 ? -1 : loc.getColumnNr();
    return new DocumentReadException(kind, pointer, line, column, detail, cause);
  }

  /**
   * Finds where a JSON Pointer stands in the input: the first token of its value, or the name of its property.
   *
   * @return the location, or null if the pointer is not in the input or the input cannot be scanned that far
   */
  static @Nullable TokenStreamLocation locate(Source source, String pointer, boolean name) {
    List<String> tokens;
    try {
      tokens = JsonPointers.tokens(pointer);
    } catch (IllegalArgumentException e) {
      return null;
    }
    String last = tokens.isEmpty() ? null : tokens.get(tokens.size() - 1);
    try (JsonParser p = source.mapper().createParser(source.bytes())) {
      JsonToken t;
      while ((t = p.nextToken()) != null) {
        if (t.isStructEnd()) {
          continue;
        }
        TokenStreamContext ctx = p.streamReadContext();
        if (last == null) {
          return p.currentTokenLocation();
        }
        if (t == JsonToken.PROPERTY_NAME) {
          if (name && last.equals(p.currentName()) && pointer.equals(JsonPointers.of(ctx))) {
            return p.currentTokenLocation();
          }
          continue;
        }
        // a value: for an object or array just opened, its own position is held by the enclosing context
        TokenStreamContext holder = t.isStructStart() ? ctx.getParent() : ctx;
        boolean candidate = holder != null && (holder.inObject() ? last.equals(holder.currentName())
            : holder.inArray() && last.equals(String.valueOf(holder.getCurrentIndex())));
        if (candidate && pointer.equals(JsonPointers.of(ctx))) {
          return p.currentTokenLocation();
        }
      }
    } catch (JacksonException e) {
      return null;
    }
    return null;
  }

  private static @Nullable TokenStreamContext context(JacksonException e) {
    return e.processor() instanceof JsonParser p ? p.streamReadContext() : null;
  }

  /**
   * A limit message that names the limit and its value, never the amount the parser had buffered when it noticed
   * (which varies with buffer sizes and so between runs and threads).
   */
  private static String limitDetail(JacksonException e) {
    String m = String.valueOf(e.getOriginalMessage());
    String limit;
    if (m.startsWith("String value length")) {
      limit = "a string is longer than " + max(m) + " characters (ReadLimits.maxStringLength)";
    } else if (m.startsWith("Number value length")) {
      limit = "a number is longer than " + max(m) + " characters (ReadLimits.maxNumberLength)";
    } else if (m.startsWith("Name length")) {
      limit = "a property name is longer than " + max(m) + " characters";
    } else if (m.startsWith("Document nesting depth")) {
      limit = "arrays and objects are nested deeper than " + max(m) + " levels (ReadLimits.maxNestingDepth)";
    } else if (m.startsWith("Document length")) {
      limit = "the document is larger than " + max(m) + " bytes (ReadLimits.maxDocumentBytes)";
    } else if (m.contains("scale")) {
      limit = "a number's exponent is out of range";
    } else {
      limit = "the input is too large";
    }
    return "Input exceeds a read limit: " + limit;
  }

  /** The allowed maximum in a Jackson constraint message: "... exceeds the maximum allowed (N, from ...)". */
  private static String max(String message) {
    int i = message.indexOf("maximum allowed (");
    if (i < 0) {
      return "the limit";
    }
    int from = i + "maximum allowed (".length();
    int to = from;
    while (to < message.length() && Character.isDigit(message.charAt(to))) {
      to++;
    }
    return to == from ? "the limit" : message.substring(from, to);
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
      case VALUE_NUMBER_INT -> "a whole number";
      case VALUE_NUMBER_FLOAT -> "a number with a fraction or exponent";
      case VALUE_TRUE, VALUE_FALSE -> "a boolean";
      case VALUE_NULL -> "null";
      default -> t.name().toLowerCase(Locale.ROOT);
    };
  }

  private static String describe(@Nullable Class<?> target) {
    if (target == null) {
      return "a different value";
    }
    if (target == String.class || CharSequence.class.isAssignableFrom(target)) {
      return "a string";
    }
    if (target == Long.class || target == Integer.class || target == Short.class || target == BigInteger.class
        || target == long.class || target == int.class || target == short.class) {
      return "a whole number";
    }
    if (target == BigDecimal.class || Number.class.isAssignableFrom(target) || target == double.class
        || target == float.class) {
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
    return "an object (" + typeName(target) + ")";
  }

  private static String typeName(@Nullable Class<?> c) {
    if (c == null) {
      return "value";
    }
    String n = c.getSimpleName();
    return n.startsWith("Immutable") ? n.substring("Immutable".length()) : n.equals("Json") && c.getEnclosingClass()
        != null ? typeName(c.getEnclosingClass()) : n;
  }

  private static List<String> known(@Nullable Collection<Object> ids) {
    if (ids == null || ids.isEmpty()) {
      return List.of();
    }
    return ids.stream().map(String::valueOf).sorted().toList();
  }

  private static String firstLine(@Nullable String message) {
    if (message == null) {
      return "unreadable input";
    }
    int nl = message.indexOf('\n');
    return nl < 0 ? message : message.substring(0, nl);
  }
}
