package io.github.gpai4j.core.json;

import static java.util.Objects.requireNonNull;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.jspecify.annotations.Nullable;
import tools.jackson.core.JacksonException;
import tools.jackson.core.JsonParser;
import tools.jackson.core.JsonToken;
import tools.jackson.core.StreamReadFeature;
import tools.jackson.databind.DeserializationFeature;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.ObjectReader;
import tools.jackson.databind.ObjectWriter;
import tools.jackson.databind.json.JsonMapper;
import tools.jackson.databind.jsonFormatVisitors.JsonFormatVisitorWrapper;
import tools.jackson.databind.node.ObjectNode;

/**
 * Reads and writes gpai4j documents and values as JSON, over Jackson 3.
 *
 * <p>Reading is strict by default: a property the schema does not know is an error whose message names it, its
 * JSON Pointer, line and column, and the known property it was probably meant to be. {@link #readLenient(String,
 * Class)} keeps such properties instead, returned with the value in a {@link ReadResult} and written back by
 * {@link #write(ReadResult)}, so that no data is ever dropped silently. Every failure is a
 * {@link DocumentReadException} with its kind, JSON Pointer, and, when read from text, the line and column of the
 * offending token; hostile input (deep nesting, huge strings or documents) fails against the configured
 * {@link ReadLimits}.
 *
 * <p>Values are never coerced, in strict or lenient reading: a string is a JSON string (not {@code true} or
 * {@code 12345}), a whole number is written without a fraction ({@code 12500.9} is not one), and a date is a
 * string holding exactly {@code YYYY-MM-DD} (not a date-time, not {@code [2025,8,2]}, not {@code " 2025-08-02 "})
 * between 1900-01-01 and 9999-12-31, so that no date arithmetic on a read document can overflow. Strings holding
 * an unpaired UTF-16 surrogate (escaped or raw) are refused, since they cannot be written back as UTF-8. Empty
 * input is {@link DocumentReadException.Kind#MALFORMED_JSON}.
 *
 * <p>For types annotated with {@link JsonDocument}, the top-level {@code documentType} and {@code schemaVersion}
 * are checked before binding. Output is deterministic: properties in declaration order, map entries sorted by key,
 * ISO-8601 dates, two-space indentation, a final newline, absent values omitted. Instances are immutable and
 * thread-safe; share them.
 *
 * @since 0.1.0
 */
public final class Gpai4jJson {
  private static final Gpai4jJson STRICT = new Gpai4jJson(ReadLimits.DEFAULTS);

  /** Whether a class is a document type: it or a supertype is annotated {@link JsonDocument}. */
  private static final ClassValue<Boolean> IS_DOCUMENT = new ClassValue<>() {
    @Override
    protected Boolean computeValue(Class<?> type) {
      if (type.isAnnotationPresent(JsonDocument.class)) {
        return true;
      }
      for (Class<?> i : type.getInterfaces()) {
        if (get(i)) {
          return true;
        }
      }
      return type.getSuperclass() != null && get(type.getSuperclass());
    }
  };

  private final ReadLimits limits;
  private final JsonMapper mapper;
  private final ObjectWriter valueWriter;
  private final ObjectWriter documentWriter;
  /**
   * Creates the parsers of the quick path: same limits, no duplicate detection by Jackson (the header scan leaves it
   * to binding, and the quick binding detects duplicates in {@link CheckingParser} without a hash set per object).
   */
  private final ObjectReader headerReader;
  /** The strict and the lenient reader of each type, made once (making one looks up its deserializer). */
  private final ClassValue<ObjectReader[]> readers = new ClassValue<>() {
    @Override
    protected ObjectReader[] computeValue(Class<?> type) {
      ObjectReader strict = mapper.readerFor(type);
      return new ObjectReader[] {strict, strict.without(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES)};
    }
  };

  private Gpai4jJson(ReadLimits limits) {
    this.limits = limits;
    this.mapper = Mappers.create(limits);
    this.valueWriter = mapper.writer();
    this.documentWriter = valueWriter.withAttribute(StrictDates.DOCUMENT, Boolean.TRUE);
    this.headerReader = mapper.reader().without(StreamReadFeature.STRICT_DUPLICATE_DETECTION);
  }

  private ObjectWriter writerFor(Object value) {
    return IS_DOCUMENT.get(value.getClass()) ? documentWriter : valueWriter;
  }

  /**
   * Returns the shared instance with {@link ReadLimits#DEFAULTS}.
   *
   * @return the codec, never null
   */
  public static Gpai4jJson strict() {
    return STRICT;
  }

  /**
   * Returns a codec with other read limits.
   *
   * @param limits the limits, not null
   * @return a new codec
   */
  public Gpai4jJson withLimits(ReadLimits limits) {
    return new Gpai4jJson(requireNonNull(limits, "limits"));
  }

  /**
   * Returns the read limits in force.
   *
   * @return the limits, never null
   */
  public ReadLimits limits() {
    return limits;
  }

  /**
   * Walks the JSON shape this codec writes for a type, as Jackson's format visitors see it: the properties of an
   * object in the order they are written, under the names they are written with. The JSON Schema generator
   * ({@code io.github.gpai4j.core.schema.JsonSchemas}) uses it so that a schema and the codec cannot disagree on a
   * property name.
   *
   * @param type the type to describe, not null
   * @param visitor the visitor, not null
   * @since 0.2.0
   */
  public void acceptJsonFormatVisitor(Class<?> type, JsonFormatVisitorWrapper visitor) {
    requireNonNull(type, "type");
    requireNonNull(visitor, "visitor");
    mapper.acceptJsonFormatVisitor(type, visitor);
  }

  /**
   * Reads a value from JSON text, failing on unknown properties.
   *
   * @param json the JSON text, not null
   * @param type the type to bind, not null
   * @param <T> the value type
   * @return the value, never null
   * @throws DocumentReadException if the text is not a valid instance of the type
   */
  public <T> T read(String json, Class<T> type) throws DocumentReadException {
    requireNonNull(json, "json");
    requireNonNull(type, "type");
    return bind(json.getBytes(StandardCharsets.UTF_8), type, false);
  }

  /**
   * Reads a value from a UTF-8 stream, failing on unknown properties. The stream is read to its end, not closed.
   *
   * @param in the stream, not null
   * @param type the type to bind, not null
   * @param <T> the value type
   * @return the value, never null
   * @throws DocumentReadException if the stream cannot be read or is not a valid instance of the type
   */
  public <T> T read(InputStream in, Class<T> type) throws DocumentReadException {
    requireNonNull(type, "type");
    return bind(bytes(in), type, false);
  }

  /**
   * Reads a value from a UTF-8 file, failing on unknown properties.
   *
   * @param path the file, not null
   * @param type the type to bind, not null
   * @param <T> the value type
   * @return the value, never null
   * @throws DocumentReadException if the file cannot be read or is not a valid instance of the type
   */
  public <T> T read(Path path, Class<T> type) throws DocumentReadException {
    requireNonNull(type, "type");
    return bind(bytes(path), type, false);
  }

  /**
   * Reads a value from JSON text, keeping properties the schema does not know.
   *
   * @param json the JSON text, not null
   * @param type the type to bind, not null
   * @param <T> the value type
   * @return the value with the unknown properties, never null
   * @throws DocumentReadException if the text is not a valid instance of the type (other than unknown properties)
   */
  public <T> ReadResult<T> readLenient(String json, Class<T> type) throws DocumentReadException {
    requireNonNull(json, "json");
    requireNonNull(type, "type");
    return readLenient(json.getBytes(StandardCharsets.UTF_8), type);
  }

  /**
   * Reads a value from a UTF-8 file, keeping properties the schema does not know.
   *
   * @param path the file, not null
   * @param type the type to bind, not null
   * @param <T> the value type
   * @return the value with the unknown properties, never null
   * @throws DocumentReadException if the file cannot be read or is not a valid instance of the type
   */
  public <T> ReadResult<T> readLenient(Path path, Class<T> type) throws DocumentReadException {
    requireNonNull(type, "type");
    return readLenient(bytes(path), type);
  }

  private <T> ReadResult<T> readLenient(byte[] bytes, Class<T> type) throws DocumentReadException {
    return readLenient(bytes, type, null);
  }

  private <T> ReadResult<T> readLenient(byte[] bytes, Class<T> type, DocumentDispatch.@Nullable Header header)
      throws DocumentReadException {
    try {
      T value = bind(bytes, type, true, header);
      JsonNode input;
      try (JsonParser p = new CheckingParser(mapper.createParser(bytes))) {
        input = mapper.readTree(p);
      } catch (JacksonException e) {
        throw ErrorTranslator.translate(e, new ErrorTranslator.Source(bytes, mapper, true));
      }
      Map<String, JsonNode> unknown = new LinkedHashMap<>();
      collectUnknown(input, mapper.valueToTree(value), "", unknown);
      return new ReadResult<>(value, unknown);
    } catch (StackOverflowError e) {
      // Only with raised nesting limits: copying or comparing a very deep unknown value recurses.
      throw nestedTooDeeply();
    }
  }

  /**
   * Finds the properties of the input that the bound value does not carry: what the value writes is what the
   * schema knows, so any input property missing from it (other than an explicit {@code null}, which carries no
   * data) was unknown. Comparing trees gives each unknown property its exact JSON Pointer.
   */
  private static void collectUnknown(JsonNode input, JsonNode known, String pointer, Map<String, JsonNode> out) {
    if (input.isObject() && known.isObject()) {
      for (Map.Entry<String, JsonNode> e : input.properties()) {
        String child = pointer + "/" + JsonPointers.escape(e.getKey());
        JsonNode k = known.get(e.getKey());
        if (k == null) {
          if (!e.getValue().isNull()) {
            out.put(child, e.getValue());
          }
        } else {
          collectUnknown(e.getValue(), k, child, out);
        }
      }
    } else if (input.isArray() && known.isArray()) {
      for (int i = 0; i < Math.min(input.size(), known.size()); i++) {
        collectUnknown(input.get(i), known.get(i), pointer + "/" + i, out);
      }
    }
  }

  /**
   * Writes a value as deterministic, indented JSON text ending with a newline.
   *
   * <p>What this method writes, the same codec reads back: before returning, the text is checked against this
   * codec's {@link ReadLimits} (document size after indentation, string and number length, nesting) and for
   * strings that hold unpaired surrogates, and the dates of a document (a type annotated {@link JsonDocument}) are
   * checked against the range the reader accepts (1900-01-01 to 9999-12-31); other values, such as a computed
   * deadline, may carry later dates, written with an expanded year ({@code +10000-01-13}). A value that fails is refused with an exception that says why and where; the
   * output is never switched to another layout. To write a document larger than the limits, use a codec with
   * raised limits ({@link #withLimits(ReadLimits)}), which then also reads it.
   *
   * @param value the value, not null
   * @return the JSON text
   * @throws IllegalArgumentException if the value cannot be written as text this codec would read back
   */
  public String write(Object value) {
    requireNonNull(value, "value");
    return checkedText(() -> writerFor(value).writeValueAsString(value));
  }

  /**
   * Writes a leniently read value with its unknown properties put back at their JSON Pointers (after the known
   * properties of the same object), with the checks of {@link #write(Object)}.
   *
   * @param result the value and its unknown properties, not null
   * @return the JSON text
   * @throws IllegalArgumentException if an unknown property cannot be put back where its pointer says (the value
   *     has no object there, or a known property stands there), or if the text could not be read back
   */
  public String write(ReadResult<?> result) {
    requireNonNull(result, "result");
    return checkedText(() -> {
      ObjectWriter writer = writerFor(result.value());
      JsonNode tree = writer.valueToTree(result.value());
      for (Map.Entry<String, JsonNode> e : result.unknownProperties().entrySet()) {
        insert(tree, e.getKey(), e.getValue());
      }
      return writer.writeValueAsString(tree);
    });
  }

  /**
   * Writes a value to a file in UTF-8, replacing the file, with the checks of {@link #write(Object)}: a value
   * that is refused leaves the file untouched.
   *
   * @param value the value, not null
   * @param path the file, not null
   * @throws IOException if the file cannot be written
   * @throws IllegalArgumentException if the value cannot be written as text this codec would read back
   */
  public void write(Object value, Path path) throws IOException {
    requireNonNull(path, "path");
    Files.writeString(path, write(value), StandardCharsets.UTF_8);
  }

  /**
   * Writes a value to a stream in UTF-8, with the checks of {@link #write(Object)}; the stream is flushed, not
   * closed, and nothing is written to it if the value is refused.
   *
   * @param value the value, not null
   * @param out the stream, not null
   * @throws IOException if the stream fails
   * @throws IllegalArgumentException if the value cannot be written as text this codec would read back
   */
  public void write(Object value, OutputStream out) throws IOException {
    requireNonNull(out, "out");
    out.write(write(value).getBytes(StandardCharsets.UTF_8));
    out.flush();
  }

  /**
   * Converts a value to a JSON tree (used by projections such as recipient views).
   *
   * @param value the value, not null
   * @return the tree
   * @throws IllegalArgumentException if the value cannot be written (a document with a date outside 1900-01-01 to
   *     9999-12-31)
   */
  public JsonNode toTree(Object value) {
    requireNonNull(value, "value");
    try {
      return writerFor(value).valueToTree(value);
    } catch (JacksonException e) {
      throw ErrorTranslator.unwritable(e);
    } catch (StackOverflowError e) {
      throw new IllegalArgumentException("Cannot write the value: it is nested too deeply", e);
    }
  }

  /**
   * Binds a JSON tree to a type, strictly, with the checks of reading text (no unpaired surrogates, no coercion).
   *
   * @param tree the tree, not null
   * @param type the type, not null
   * @param <T> the value type
   * @return the value
   * @throws DocumentReadException if the tree is not a valid instance of the type
   */
  public <T> T fromTree(JsonNode tree, Class<T> type) throws DocumentReadException {
    requireNonNull(tree, "tree");
    requireNonNull(type, "type");
    try (JsonParser p = new CheckingParser(mapper.treeAsTokens(tree))) {
      T value = mapper.readerFor(type).readValue(p);
      if (value == null) {
        throw new DocumentReadException(DocumentReadException.Kind.WRONG_TYPE, "", -1, -1,
            "Expected a JSON object but found null", null);
      }
      return value;
    } catch (JacksonException e) {
      throw ErrorTranslator.translate(e);
    } catch (StackOverflowError e) {
      throw nestedTooDeeply();
    }
  }

  /** Produces text with the given writer and checks that this codec reads it back. */
  private String checkedText(java.util.function.Supplier<String> writer) {
    String text;
    try {
      text = writer.get() + "\n";
    } catch (JacksonException e) {
      throw ErrorTranslator.unwritable(e);
    } catch (StackOverflowError e) {
      throw new IllegalArgumentException("Cannot write the value: it is nested too deeply", e);
    }
    long size = utf8Length(text);
    if (size > limits.maxDocumentBytes()) {
      throw new IllegalArgumentException("Cannot write the value: the document would be " + size
          + " bytes of UTF-8, more than the " + limits.maxDocumentBytes() + " bytes this codec reads"
          + " (ReadLimits.maxDocumentBytes); write and read it with a codec whose limits are raised");
    }
    try (JsonParser p = new CheckingParser(mapper.createParser(text))) {
      while (p.nextToken() != null) {
        // every token is checked against the limits and for unpaired surrogates
      }
    } catch (JacksonException e) {
      DocumentReadException refused = ErrorTranslator.translate(e);
      throw new IllegalArgumentException("Cannot write the value: this codec would refuse to read it back: "
          + refused.getMessage(), refused);
    }
    return text;
  }

  private static long utf8Length(String s) {
    long n = 0;
    for (int i = 0, len = s.length(); i < len; i++) {
      char c = s.charAt(i);
      if (c < 0x80) {
        n++;
      } else if (c < 0x800) {
        n += 2;
      } else if (Character.isHighSurrogate(c) && i + 1 < len && Character.isLowSurrogate(s.charAt(i + 1))) {
        n += 4;
        i++;
      } else {
        n += 3;
      }
    }
    return n;
  }

  private static void insert(JsonNode root, String pointer, JsonNode value) {
    List<String> tokens;
    try {
      tokens = JsonPointers.tokens(pointer);
    } catch (IllegalArgumentException e) {
      throw new IllegalArgumentException("Cannot put back the unknown property at \"" + pointer + "\": "
          + e.getMessage(), e);
    }
    if (tokens.isEmpty()) {
      throw new IllegalArgumentException("Cannot put back an unknown property at the document itself (pointer \"\")");
    }
    JsonNode node = root;
    for (int i = 0; i < tokens.size() - 1; i++) {
      String token = tokens.get(i);
      JsonNode next;
      if (node.isArray()) {
        if (!JsonPointers.isIndex(token) || Integer.parseInt(token) >= node.size()) {
          throw cannotPutBack(pointer, "the array there has no element " + token);
        }
        next = node.get(Integer.parseInt(token));
      } else {
        next = node.get(token);
      }
      if (next == null || next.isNull()) {
        if (!(node instanceof ObjectNode obj)) {
          throw cannotPutBack(pointer, "the value no longer has an object there");
        }
        next = obj.putObject(token);
      }
      node = next;
    }
    if (!(node instanceof ObjectNode obj)) {
      throw cannotPutBack(pointer, "the value no longer has an object there");
    }
    String name = tokens.get(tokens.size() - 1);
    if (obj.has(name)) {
      throw cannotPutBack(pointer, "a known property of the value stands there");
    }
    obj.set(name, value);
  }

  private static IllegalArgumentException cannotPutBack(String pointer, String why) {
    return new IllegalArgumentException("Cannot put back the unknown property at " + pointer + ": " + why);
  }

  private static DocumentReadException nestedTooDeeply() {
    return new DocumentReadException(DocumentReadException.Kind.LIMIT_EXCEEDED, "", -1, -1,
        "Input exceeds a read limit: arrays and objects are nested too deeply to read", null);
  }

  private <T> T bind(byte[] bytes, Class<T> type, boolean lenient) throws DocumentReadException {
    return bind(bytes, type, lenient, null);
  }

  /**
   * Binds a value; {@code header} is the document's header when the caller has scanned it already. A document type
   * read without a header takes the quick path first (header from {@link DocumentDispatch#quickScan}); if that
   * fails in any way, the exact path (a full header scan) runs and reports the error, as if the quick path had not
   * been tried.
   */
  private <T> T bind(byte[] bytes, Class<T> type, boolean lenient, DocumentDispatch.@Nullable Header header)
      throws DocumentReadException {
    requireNonNull(type, "type");
    if (header == null && type.isAnnotationPresent(JsonDocument.class) && !isBlank(bytes)) {
      DocumentDispatch.Header quick = DocumentDispatch.quickScan(headerReader.createParser(bytes), !lenient);
      if (quick != null) {
        try {
          return bindScanned(bytes, type, lenient, quick, true);
        } catch (DocumentReadException e) {
          // the exact path below decides which error to report
        }
      }
    }
    return bindScanned(bytes, type, lenient, header, false);
  }

  /**
   * Binds a value after checking the header of a document type; {@code quick} binds with the parser's own
   * duplicate detection instead of Jackson's, for the quick path only: it reports no located error.
   */
  private <T> T bindScanned(byte[] bytes, Class<T> type, boolean lenient, DocumentDispatch.@Nullable Header header,
      boolean quick) throws DocumentReadException {
    if (isBlank(bytes)) {
      throw ErrorTranslator.empty(null);
    }
    JsonDocument doc = type.getAnnotation(JsonDocument.class);
    ErrorTranslator.Source source = new ErrorTranslator.Source(bytes, mapper, lenient);
    try {
      if (doc != null) {
        checkHeader(source, doc, type, header);
      }
      ObjectReader reader = readers.get(type)[lenient ? 1 : 0];
      try (JsonParser p = quick ? new CheckingParser(headerReader.createParser(bytes), true)
          : new CheckingParser(mapper.createParser(bytes))) {
        T value = reader.readValue(p);
        if (value == null) {
          var loc = ErrorTranslator.locate(source, "", false);
          throw new DocumentReadException(DocumentReadException.Kind.WRONG_TYPE, "", loc == null ? -1
              : loc.getLineNr(), loc == null ? -1 : loc.getColumnNr(), "Expected a JSON object but found null", null);
        }
        if (p.nextToken() != null) {
          var loc = p.currentTokenLocation();
          throw new DocumentReadException(DocumentReadException.Kind.MALFORMED_JSON, "", loc.getLineNr(),
              loc.getColumnNr(), "Malformed JSON: unexpected content after the end of the document", null);
        }
        return value;
      }
    } catch (JacksonException e) {
      throw ErrorTranslator.translate(e, source);
    } catch (StackOverflowError e) {
      throw nestedTooDeeply();
    }
  }

  private static boolean isBlank(byte[] bytes) {
    for (byte b : bytes) {
      if (b != ' ' && b != '\t' && b != '\n' && b != '\r') {
        return false;
      }
    }
    return true;
  }

  private void checkHeader(ErrorTranslator.Source source, JsonDocument doc, Class<?> type,
      DocumentDispatch.@Nullable Header scanned) throws DocumentReadException {
    DocumentDispatch.Header header = scanned != null ? scanned
        : DocumentDispatch.scan(mapper, source.bytes(), "a \"" + doc.type() + "\" document");
    if (header == null) {
      // Broken or oversized input: binding meets the same problem and reports it with its place.
      return;
    }
    String documentType = header.documentType();
    String schemaVersion = header.schemaVersion();
    if (!doc.type().equals(documentType)) {
      var loc = ErrorTranslator.locate(source, documentType == null ? "" : "/documentType", false);
      throw new DocumentReadException(DocumentReadException.Kind.WRONG_DOCUMENT_TYPE, "/documentType",
          loc == null ? -1 : loc.getLineNr(), loc == null ? -1 : loc.getColumnNr(), documentType == null
              ? "Missing \"documentType\"; expected \"" + doc.type() + "\""
              : "Document type \"" + documentType + "\" is not \"" + doc.type() + "\"", null);
    }
    if (schemaVersion == null || !Arrays.asList(doc.schemaVersions()).contains(schemaVersion)) {
      var loc = ErrorTranslator.locate(source, schemaVersion == null ? "" : "/schemaVersion", false);
      throw new DocumentReadException(DocumentReadException.Kind.UNSUPPORTED_SCHEMA_VERSION, "/schemaVersion",
          loc == null ? -1 : loc.getLineNr(), loc == null ? -1 : loc.getColumnNr(), (schemaVersion == null ? "Missing \"schemaVersion\"" : "Schema version \"" + schemaVersion
              + "\" is not supported") + "; supported: " + String.join(", ", doc.schemaVersions()), null);
    }
    // A document of another form version is another Java type: read it with readDocument or as that type.
    String formVersion = header.formVersion();
    var registered = io.github.gpai4j.core.form.DocumentTypes.find(documentType, formVersion);
    boolean known = io.github.gpai4j.core.form.DocumentTypes.all().stream()
        .anyMatch(t -> t.name().equals(documentType));
    if (known && (registered.isEmpty() || !type.isAssignableFrom(registered.get().javaType()))) {
      var loc = ErrorTranslator.locate(source, formVersion == null ? "" : "/formVersion", false);
      throw new DocumentReadException(DocumentReadException.Kind.WRONG_DOCUMENT_TYPE, "/formVersion",
          loc == null ? -1 : loc.getLineNr(), loc == null ? -1 : loc.getColumnNr(), registered.isEmpty()
              ? "Unknown form version \"" + formVersion + "\" of \"" + documentType + "\"; known: "
                  + DocumentDispatch.versionsOf(documentType)
              : "Form version \"" + formVersion + "\" is read as " + registered.get().javaType().getSimpleName()
                  + ", not " + type.getSimpleName() + " (Gpai4jJson.readDocument picks the type)", null);
    }
  }

  private byte[] bytes(InputStream in) throws DocumentReadException {
    requireNonNull(in, "in");
    try {
      if (in.getClass() == java.io.ByteArrayInputStream.class) {
        byte[] handed = handedOver(in);
        if (handed != null) {
          return handed;
        }
      }
      // A stream that knows its length (a byte array, a file) is read into an array of that length, once; a stream
      // that says nothing, or more than it holds, takes the bounded copying loop.
      int expected = (int) Math.min(Math.max(available(in), 0), limits.maxDocumentBytes());
      byte[] first = new byte[expected];
      int read = in.readNBytes(first, 0, expected);
      if (read < expected) {
        return Arrays.copyOf(first, read); // the stream ended early: what it said it held was an estimate
      }
      int next = in.read();
      if (next < 0) {
        return first;
      }
      long total = first.length + 1L;
      if (total > limits.maxDocumentBytes()) {
        throw tooLarge();
      }
      ByteArrayOutputStream out = new ByteArrayOutputStream(Math.max(8192, first.length * 2));
      out.write(first, 0, first.length);
      out.write(next);
      byte[] buf = new byte[8192];
      int n;
      while ((n = in.read(buf)) >= 0) {
        total += n;
        if (total > limits.maxDocumentBytes()) {
          throw tooLarge();
        }
        out.write(buf, 0, n);
      }
      return out.toByteArray();
    } catch (IOException e) {
      throw new DocumentReadException(DocumentReadException.Kind.IO_ERROR, "", -1, -1,
          "Cannot read input: " + e.getMessage(), e);
    }
  }

  /** What a stream says it holds; a stream that cannot tell (its {@code available()} fails) is read in the loop. */
  private static int available(InputStream in) {
    try {
      return in.available();
    } catch (IOException e) {
      return 0;
    }
  }

  /**
   * Takes the bytes of a {@link java.io.ByteArrayInputStream} without copying them when it hands them over whole:
   * its {@code transferTo} writes its array (or, on newer JDKs, a fresh copy of it) to the sink in one call. The
   * array is only read, and only during this read. Returns null, with nothing consumed, when the stream holds more
   * than the limit (the copying loop then reports it); a stream handed over in pieces is copied.
   */
  private byte @Nullable [] handedOver(InputStream in) throws IOException, DocumentReadException {
    int expected = in.available();
    if (expected > limits.maxDocumentBytes()) {
      return null;
    }
    var sink = new OutputStream() {
      byte @Nullable [] whole;
      ByteArrayOutputStream pieces = new ByteArrayOutputStream(0);

      @Override
      public void write(int b) throws IOException {
        write(new byte[] {(byte) b}, 0, 1);
      }

      @Override
      public void write(byte[] b, int off, int len) throws IOException {
        if (whole == null && pieces.size() == 0 && off == 0 && len == b.length && len == expected) {
          whole = b;
          return;
        }
        if (whole != null) {
          throw new IOException("the input changed while it was read"); // more than the stream said it held
        }
        pieces.write(b, off, len);
      }
    };
    in.transferTo(sink);
    if (sink.whole != null) {
      return sink.whole;
    }
    if (sink.pieces.size() > limits.maxDocumentBytes()) {
      throw tooLarge();
    }
    return sink.pieces.toByteArray();
  }

  private byte[] bytes(Path path) throws DocumentReadException {
    requireNonNull(path, "path");
    // Read through the bounded stream loop: Files.size is 0 for devices, pipes and /proc files.
    try (InputStream in = Files.newInputStream(path)) {
      return bytes(in);
    } catch (NoSuchFileException e) {
      throw new DocumentReadException(DocumentReadException.Kind.IO_ERROR, "", -1, -1,
          "No such file: " + path, e);
    } catch (IOException e) {
      throw new DocumentReadException(DocumentReadException.Kind.IO_ERROR, "", -1, -1,
          "Cannot read " + path + ": " + e.getMessage(), e);
    }
  }

  private DocumentReadException tooLarge() {
    // The message names the limit only: how much had been read when it was noticed depends on buffer sizes.
    return new DocumentReadException(DocumentReadException.Kind.LIMIT_EXCEEDED, "", -1, -1,
        "Input exceeds a read limit: the document is larger than " + limits.maxDocumentBytes()
            + " bytes (ReadLimits.maxDocumentBytes)", null);
  }

  /**
   * Reads a document of any registered type, choosing the Java type from its {@code documentType} and
   * {@code formVersion} through the {@linkplain io.github.gpai4j.core.form.DocumentTypes registry}, failing on
   * unknown properties.
   *
   * @param json the JSON text, not null
   * @return the document, of the registered Java type
   * @throws DocumentReadException if the type is not registered or the text is not a valid instance of it
   * @since 0.2.0
   */
  public io.github.gpai4j.core.Document readDocument(String json) throws DocumentReadException {
    return readDocument(requireNonNull(json, "json").getBytes(StandardCharsets.UTF_8), false).value();
  }

  /**
   * Reads a document of any registered type from a UTF-8 file, failing on unknown properties.
   *
   * @param path the file, not null
   * @return the document, of the registered Java type
   * @throws DocumentReadException if the file cannot be read, its type is not registered or it is not valid
   * @since 0.2.0
   */
  public io.github.gpai4j.core.Document readDocument(Path path) throws DocumentReadException {
    return readDocument(bytes(path), false).value();
  }

  /**
   * Reads a document of any registered type from a UTF-8 stream, keeping properties its schema does not know when
   * {@code lenient}. The stream is read to its end, not closed.
   *
   * @param in the stream, not null
   * @param lenient whether to keep unknown properties instead of failing on them
   * @return the document with the unknown properties (none unless lenient)
   * @throws DocumentReadException if the stream cannot be read, its type is not registered or it is not valid
   * @since 0.2.0
   */
  public ReadResult<io.github.gpai4j.core.Document> readDocument(InputStream in, boolean lenient)
      throws DocumentReadException {
    return readDocument(bytes(in), lenient);
  }

  private ReadResult<io.github.gpai4j.core.Document> readDocument(byte[] bytes, boolean lenient)
      throws DocumentReadException {
    if (isBlank(bytes)) {
      throw ErrorTranslator.empty(null);
    }
    // The quick path: the header read up to formVersion (no duplicate detection), the type it names, binding. If
    // anything fails, the exact path below runs from the start and reports the error, as if this had not been tried.
    DocumentDispatch.Header quick = DocumentDispatch.quickScan(headerReader.createParser(bytes), !lenient);
    if (quick != null) {
      try {
        return readDocument(bytes, lenient, quick, true);
      } catch (DocumentReadException e) {
        // the exact path below decides which error to report
      }
    }
    ErrorTranslator.Source source = new ErrorTranslator.Source(bytes, mapper, lenient);
    // One scan of the header serves both the choice of type and the header check of binding.
    DocumentDispatch.Header header = DocumentDispatch.scan(mapper, bytes, "a gpai4j document");
    if (header == null) {
      bind(bytes, JsonNode.class, false); // broken input: the reader reports it with its place
      throw new DocumentReadException(DocumentReadException.Kind.MALFORMED_JSON, "", -1, -1,
          "Malformed JSON: the document cannot be parsed", null);
    }
    return readDocument(bytes, lenient, header, false);
  }

  /** Reads a document of the type its scanned header names. */
  private ReadResult<io.github.gpai4j.core.Document> readDocument(byte[] bytes, boolean lenient,
      DocumentDispatch.Header header, boolean quick) throws DocumentReadException {
    ErrorTranslator.Source source = new ErrorTranslator.Source(bytes, mapper, lenient);
    Class<? extends io.github.gpai4j.core.Document> type = DocumentDispatch.resolve(source, header).javaType();
    if (lenient) {
      ReadResult<? extends io.github.gpai4j.core.Document> r = readLenient(bytes, type, header);
      return new ReadResult<>(r.value(), r.unknownProperties());
    }
    return new ReadResult<>(bindScanned(bytes, type, false, header, quick), java.util.Map.of());
  }
}
