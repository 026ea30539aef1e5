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
import java.util.Map;
import tools.jackson.core.JacksonException;
import tools.jackson.core.JsonParser;
import tools.jackson.core.JsonToken;
import tools.jackson.databind.DeserializationFeature;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;
import tools.jackson.databind.node.ObjectNode;

/**
 * Reads and writes gpai4j documents and values as JSON, over Jackson 3.
 *
 * <p>Reading is strict by default: a property the schema does not know is an error whose message names its JSON
 * Pointer. {@link #readLenient(String, Class)} keeps such properties instead, returned with the value in a
 * {@link ReadResult} and written back by {@link #write(ReadResult)}, so that no data is ever dropped silently.
 * Every failure is a {@link DocumentReadException} with its kind, JSON Pointer, line and column; hostile input
 * (deep nesting, huge strings or documents) fails against the configured {@link ReadLimits}.
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

  private final ReadLimits limits;
  private final JsonMapper mapper;

  private Gpai4jJson(ReadLimits limits) {
    this.limits = limits;
    this.mapper = Mappers.create(limits);
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
   * Reads a value from JSON text, failing on unknown properties.
   *
   * @param json the JSON text, not null
   * @param type the type to bind, not null
   * @param <T> the value type
   * @return the value, never null
   * @throws DocumentReadException if the text is not a valid instance of the type
   */
  public <T> T read(String json, Class<T> type) throws DocumentReadException {
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
    return readLenient(bytes(path), type);
  }

  private <T> ReadResult<T> readLenient(byte[] bytes, Class<T> type) throws DocumentReadException {
    T value = bind(bytes, type, true);
    JsonNode input;
    try {
      input = mapper.readTree(bytes);
    } catch (JacksonException e) {
      throw ErrorTranslator.translate(e);
    }
    Map<String, JsonNode> unknown = new LinkedHashMap<>();
    collectUnknown(input, mapper.valueToTree(value), "", unknown);
    return new ReadResult<>(value, unknown);
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
   * @param value the value, not null
   * @return the JSON text
   */
  public String write(Object value) {
    requireNonNull(value, "value");
    return mapper.writeValueAsString(value) + "\n";
  }

  /**
   * Writes a leniently read value with its unknown properties put back at their JSON Pointers (after the known
   * properties of the same object).
   *
   * @param result the value and its unknown properties, not null
   * @return the JSON text
   */
  public String write(ReadResult<?> result) {
    JsonNode tree = mapper.valueToTree(result.value());
    for (Map.Entry<String, JsonNode> e : result.unknownProperties().entrySet()) {
      insert(tree, e.getKey(), e.getValue());
    }
    return mapper.writeValueAsString(tree) + "\n";
  }

  /**
   * Writes a value to a file in UTF-8, replacing the file.
   *
   * @param value the value, not null
   * @param path the file, not null
   * @throws IOException if the file cannot be written
   */
  public void write(Object value, Path path) throws IOException {
    Files.writeString(path, write(value), StandardCharsets.UTF_8);
  }

  /**
   * Writes a value to a stream in UTF-8; the stream is flushed, not closed.
   *
   * @param value the value, not null
   * @param out the stream, not null
   * @throws IOException if the stream fails
   */
  public void write(Object value, OutputStream out) throws IOException {
    out.write(write(value).getBytes(StandardCharsets.UTF_8));
    out.flush();
  }

  /**
   * Converts a value to a JSON tree (used by projections such as recipient views).
   *
   * @param value the value, not null
   * @return the tree
   */
  public JsonNode toTree(Object value) {
    return mapper.valueToTree(requireNonNull(value, "value"));
  }

  /**
   * Binds a JSON tree to a type, strictly.
   *
   * @param tree the tree, not null
   * @param type the type, not null
   * @param <T> the value type
   * @return the value
   * @throws DocumentReadException if the tree is not a valid instance of the type
   */
  public <T> T fromTree(JsonNode tree, Class<T> type) throws DocumentReadException {
    try {
      return requireNonNull(mapper.treeToValue(tree, type), "value");
    } catch (JacksonException e) {
      throw ErrorTranslator.translate(e);
    }
  }

  private static void insert(JsonNode root, String pointer, JsonNode value) {
    String[] tokens = pointer.substring(1).split("/", -1);
    JsonNode node = root;
    for (int i = 0; i < tokens.length - 1; i++) {
      String token = JsonPointers.unescape(tokens[i]);
      JsonNode next = node.isArray() && token.chars().allMatch(Character::isDigit) && !token.isEmpty()
          ? node.get(Integer.parseInt(token)) : node.isObject() ? node.get(token) : null;
      if (next == null || next.isNull()) {
        if (!(node instanceof ObjectNode obj)) {
          throw cannotPutBack(pointer);
        }
        next = obj.putObject(token);
      }
      node = next;
    }
    if (!(node instanceof ObjectNode obj)) {
      throw cannotPutBack(pointer);
    }
    obj.set(JsonPointers.unescape(tokens[tokens.length - 1]), value);
  }

  private static IllegalArgumentException cannotPutBack(String pointer) {
    return new IllegalArgumentException("Cannot put back the unknown property at " + pointer
        + ": the value no longer has an object there");
  }

  private <T> T bind(byte[] bytes, Class<T> type, boolean lenient) throws DocumentReadException {
    requireNonNull(type, "type");
    JsonDocument doc = type.getAnnotation(JsonDocument.class);
    try {
      if (doc != null) {
        checkHeader(bytes, doc);
      }
      var reader = mapper.readerFor(type);
      if (lenient) {
        reader = reader.without(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES);
      }
      T value = reader.readValue(bytes);
      if (value == null) {
        throw new DocumentReadException(DocumentReadException.Kind.WRONG_TYPE, "", 1, 1,
            "Expected a JSON object but found null", null);
      }
      return value;
    } catch (JacksonException e) {
      throw ErrorTranslator.translate(e);
    } catch (StackOverflowError e) {
      throw new DocumentReadException(DocumentReadException.Kind.LIMIT_EXCEEDED, "", -1, -1,
          "Input is nested too deeply to read", null);
    }
  }

  private void checkHeader(byte[] bytes, JsonDocument doc) throws DocumentReadException {
    String documentType = null;
    String schemaVersion = null;
    try (JsonParser p = mapper.createParser(bytes)) {
      if (p.nextToken() != JsonToken.START_OBJECT) {
        throw new DocumentReadException(DocumentReadException.Kind.WRONG_TYPE, "", 1, 1,
            "Expected a JSON object (a \"" + doc.type() + "\" document) at the top level", null);
      }
      JsonToken t;
      while ((t = p.nextToken()) == JsonToken.PROPERTY_NAME) {
        String name = p.currentName();
        JsonToken v = p.nextToken();
        if ("documentType".equals(name) || "schemaVersion".equals(name)) {
          if (v != JsonToken.VALUE_STRING) {
            var loc = p.currentTokenLocation();
            throw new DocumentReadException(DocumentReadException.Kind.WRONG_TYPE, "/" + name, loc.getLineNr(),
                loc.getColumnNr(), "Wrong type at /" + name + ": expected a string", null);
          }
          if ("documentType".equals(name)) {
            documentType = p.getString();
          } else {
            schemaVersion = p.getString();
          }
        } else {
          p.skipChildren();
        }
      }
      if (t != JsonToken.END_OBJECT) {
        throw new DocumentReadException(DocumentReadException.Kind.MALFORMED_JSON, "", -1, -1,
            "Malformed JSON: the top-level object is not closed", null);
      }
    }
    if (!doc.type().equals(documentType)) {
      throw new DocumentReadException(DocumentReadException.Kind.WRONG_DOCUMENT_TYPE, "/documentType", -1, -1,
          documentType == null
              ? "Missing \"documentType\"; expected \"" + doc.type() + "\""
              : "Document type \"" + documentType + "\" is not \"" + doc.type() + "\"", null);
    }
    if (schemaVersion == null || !Arrays.asList(doc.schemaVersions()).contains(schemaVersion)) {
      throw new DocumentReadException(DocumentReadException.Kind.UNSUPPORTED_SCHEMA_VERSION, "/schemaVersion", -1,
          -1, (schemaVersion == null ? "Missing \"schemaVersion\"" : "Schema version \"" + schemaVersion
              + "\" is not supported") + "; supported: " + String.join(", ", doc.schemaVersions()), null);
    }
  }

  private byte[] bytes(InputStream in) throws DocumentReadException {
    requireNonNull(in, "in");
    try {
      ByteArrayOutputStream out = new ByteArrayOutputStream();
      byte[] buf = new byte[8192];
      long total = 0;
      int n;
      while ((n = in.read(buf)) >= 0) {
        total += n;
        if (total > limits.maxDocumentBytes()) {
          throw tooLarge(total);
        }
        out.write(buf, 0, n);
      }
      return out.toByteArray();
    } catch (IOException e) {
      throw new DocumentReadException(DocumentReadException.Kind.IO_ERROR, "", -1, -1,
          "Cannot read input: " + e.getMessage(), e);
    }
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

  private DocumentReadException tooLarge(long size) {
    return new DocumentReadException(DocumentReadException.Kind.LIMIT_EXCEEDED, "", -1, -1,
        "Input exceeds a read limit: document of at least " + size + " bytes is larger than "
            + limits.maxDocumentBytes() + " bytes", null);
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
    return readDocument(json.getBytes(StandardCharsets.UTF_8), false).value();
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
    Class<? extends io.github.gpai4j.core.Document> type = DocumentDispatch.detect(mapper, bytes).javaType();
    if (lenient) {
      ReadResult<? extends io.github.gpai4j.core.Document> r = readLenient(bytes, type);
      return new ReadResult<>(r.value(), r.unknownProperties());
    }
    return new ReadResult<>(bind(bytes, type, false), java.util.Map.of());
  }
}
