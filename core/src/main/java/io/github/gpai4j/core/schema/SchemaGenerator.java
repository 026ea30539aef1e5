package io.github.gpai4j.core.schema;

import io.github.gpai4j.core.Applicable;
import io.github.gpai4j.core.LegalBasis;
import io.github.gpai4j.core.Quantity;
import io.github.gpai4j.core.Recipient;
import io.github.gpai4j.core.form.DocumentType;
import io.github.gpai4j.core.form.Form;
import io.github.gpai4j.core.form.FormItem;
import io.github.gpai4j.core.form.FormTable;
import io.github.gpai4j.core.json.Gpai4jJson;
import io.github.gpai4j.core.json.JsonDocument;
import java.lang.reflect.AnnotatedType;
import java.lang.reflect.Method;
import java.lang.reflect.Modifier;
import java.lang.reflect.RecordComponent;
import java.math.BigDecimal;
import java.math.BigInteger;
import java.time.LocalDate;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Deque;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.stream.Collectors;
import org.jspecify.annotations.Nullable;
import tools.jackson.databind.BeanProperty;
import tools.jackson.databind.JavaType;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.annotation.JsonDeserialize;
import tools.jackson.databind.jsonFormatVisitors.JsonFormatVisitorWrapper;
import tools.jackson.databind.jsonFormatVisitors.JsonObjectFormatVisitor;
import tools.jackson.databind.node.ArrayNode;
import tools.jackson.databind.node.JsonNodeFactory;
import tools.jackson.databind.node.ObjectNode;

/** Builds the schema of one document type from its Java type, as the codec sees it, and its form table. */
final class SchemaGenerator {

  /** What the reader accepts as not applicable: {@code N/A} in any case, with blanks around. */
  static final String NOT_APPLICABLE_PATTERN =
      "^\\s*([Nn]/[Aa]|[Nn][Oo][Nn][Ee])(\\s*\\.?|\\s*[:;,\u2013\u2014-][\\s\\S]*|\\s*\\([\\s\\S]*\\))$";

  /** A year and month as {@link java.time.YearMonth} values are written and read. */
  static final String MONTH_PATTERN = "^(19[0-9]{2}|[2-9][0-9]{3})-(0[1-9]|1[0-2])$";

  /**
   * A date as the reader accepts it: exactly four, two and two digits, a year from 1900 to 9999, a month from 01
   * to 12 and a day from 01 to 31 (whether the day exists in its month is {@code format: date}'s business).
   */
  static final String DATE_PATTERN = "^(19[0-9]{2}|[2-9][0-9]{3})-(0[1-9]|1[0-2])-(0[1-9]|[12][0-9]|3[01])$";

  private static final JsonNodeFactory NODES = JsonNodeFactory.instance;

  private final DocumentType<?> type;
  private final Deque<Class<?>> path = new ArrayDeque<>();

  SchemaGenerator(DocumentType<?> type) {
    this.type = type;
  }

  ObjectNode generate() {
    ObjectNode root = NODES.objectNode();
    root.put("$schema", JsonSchemas.DIALECT);
    root.put("$id", "urn:gpai4j:schema:" + type.name() + ":" + type.version());
    Form<?> form = type.form();
    FormTable table = form == null ? null : form.table();
    root.put("title", table == null ? "gpai4j " + type.name() : table.title(Locale.ROOT) + " (" + type.version()
        + ")");
    root.put("description", table == null
        ? "A gpai4j \"" + type.name() + "\" document, version " + type.version() + ", as gpai4j reads and writes it."
        : "A gpai4j \"" + type.name() + "\" document holding the " + table.title(Locale.ROOT) + ", version "
            + type.version() + " published " + table.published() + ", established by " + table.basis().citation()
            + ". The schema checks structure; completeness and consistency are checked by the gpai4j validators.");
    ObjectNode body = object(type.javaType());
    header(body);
    root.setAll(body);
    if (table != null) {
      annotate(root, table);
    }
    return root;
  }

  private void header(ObjectNode body) {
    ObjectNode properties = (ObjectNode) body.get("properties");
    JsonDocument doc = findDocumentAnnotation(type.javaType());
    List<String> mustHave = new ArrayList<>(List.of("documentType", "schemaVersion"));
    ObjectNode documentType = NODES.objectNode();
    documentType.put("const", type.name());
    documentType.put("description", "The document type; always \"" + type.name() + "\".");
    properties.set("documentType", documentType);
    ObjectNode schemaVersion = NODES.objectNode();
    List<String> versions = doc == null ? List.of() : List.of(doc.schemaVersions());
    if (versions.size() == 1) {
      schemaVersion.put("const", versions.get(0));
    } else {
      ArrayNode values = schemaVersion.putArray("enum");
      versions.forEach(values::add);
    }
    schemaVersion.put("description", "The version of the JSON layout that gpai4j reads: "
        + String.join(", ", versions) + ".");
    properties.set("schemaVersion", schemaVersion);
    String code = type.formVersionCode();
    if (code != null) {
      ObjectNode formVersion = NODES.objectNode();
      formVersion.put("const", code);
      formVersion.put("description", "The form version, " + type.version() + (type.isDefault()
          ? "; a document naming none is read as this version." : "; required to select this version."));
      properties.set("formVersion", formVersion);
      if (!type.isDefault()) {
        mustHave.add("formVersion");
      }
    }
    List<String> rest = new ArrayList<>();
    JsonNode found = body.get("required");
    if (found != null) {
      found.forEach(n -> rest.add(n.asString()));
    }
    rest.removeAll(mustHave);
    ArrayNode required = NODES.arrayNode();
    mustHave.forEach(required::add);
    rest.forEach(required::add);
    JsonNode additional = body.remove("additionalProperties");
    body.set("required", required);
    body.set("additionalProperties", additional);
  }

  private static @Nullable JsonDocument findDocumentAnnotation(Class<?> c) {
    if (c == null) {
      return null;
    }
    JsonDocument doc = c.getAnnotation(JsonDocument.class);
    if (doc != null) {
      return doc;
    }
    for (Class<?> i : c.getInterfaces()) {
      doc = findDocumentAnnotation(i);
      if (doc != null) {
        return doc;
      }
    }
    return findDocumentAnnotation(c.getSuperclass());
  }

  // --- types -------------------------------------------------------------------------------------------------

  private ObjectNode schema(JavaType t) {
    Class<?> raw = t.getRawClass();
    ObjectNode s = NODES.objectNode();
    if (raw == String.class || raw == Character.class || raw == char.class) {
      s.put("type", "string");
    } else if (raw == Boolean.class || raw == boolean.class) {
      s.put("type", "boolean");
    } else if (raw == Integer.class || raw == int.class || raw == Long.class || raw == long.class
        || raw == Short.class || raw == short.class || raw == BigInteger.class) {
      s.put("type", "integer");
    } else if (raw == BigDecimal.class || raw == Double.class || raw == double.class || raw == Float.class
        || raw == float.class) {
      s.put("type", "number");
    } else if (raw == LocalDate.class) {
      s.put("type", "string");
      s.put("format", "date");
      s.put("pattern", DATE_PATTERN);
    } else if (raw == java.time.YearMonth.class) {
      s.put("type", "string");
      s.put("pattern", MONTH_PATTERN);
    } else if (raw == io.github.gpai4j.core.Extensions.class) {
      s.put("type", "object");
      s.put("description", "Facts beyond the form, any JSON values, kept as given.");
    } else if (raw.isEnum()) {
      s.put("type", "string");
      ArrayNode values = s.putArray("enum");
      for (Object constant : raw.getEnumConstants()) {
        JsonNode written = Gpai4jJson.strict().toTree(constant);
        values.add(written);
      }
    } else if (Applicable.class.isAssignableFrom(raw)) {
      ObjectNode notApplicable = NODES.objectNode();
      notApplicable.put("type", "string");
      notApplicable.put("pattern", NOT_APPLICABLE_PATTERN);
      notApplicable.put("description", "Not applicable, written \"" + Applicable.NOT_APPLICABLE_TEXT
          + "\" or \"N/A: <reason>\"; or none, written \"" + Applicable.NONE_TEXT + "\" or \"None: <statement>\".");
      ArrayNode anyOf = s.putArray("anyOf");
      anyOf.add(notApplicable);
      anyOf.add(schema(t.containedTypeOrUnknown(0)));
    } else if (Collection.class.isAssignableFrom(raw) || raw.isArray()) {
      s.put("type", "array");
      JavaType content = t.getContentType();
      s.set("items", schema(content));
    } else if (Map.class.isAssignableFrom(raw)) {
      s.put("type", "object");
      s.set("additionalProperties", schema(t.getContentType()));
    } else {
      return object(raw);
    }
    return s;
  }

  private ObjectNode object(Class<?> raw) {
    if (path.contains(raw)) {
      throw new IllegalStateException("Cannot describe " + raw.getName() + ": it contains itself through " + path);
    }
    path.push(raw);
    List<BeanProperty> properties = properties(raw);
    ObjectNode s = NODES.objectNode();
    s.put("type", "object");
    ObjectNode props = s.putObject("properties");
    List<String> required = new ArrayList<>();
    for (BeanProperty p : properties) {
      ObjectNode property = schema(p.getType());
      if (Quantity.class.isAssignableFrom(raw) && p.getType().getRawClass() == BigDecimal.class) {
        // A quantity's decimal is its amount, which Quantity promises is never negative.
        property.put("minimum", 0);
      }
      if (acceptsNull(raw, p)) {
        allowNull(property);
      }
      props.set(p.getName(), property);
      if (isRequired(raw, p)) {
        required.add(p.getName());
      }
    }
    if (!required.isEmpty()) {
      required.forEach(s.putArray("required")::add);
    }
    s.put("additionalProperties", false);
    path.pop();
    return s;
  }

  /**
   * The properties of a type as the codec writes them. A type bound through another on reading
   * ({@code @JsonDeserialize(as = ImmutableX.class)}) is described through that one: strict reading is what the
   * schema mirrors, and it is also the class whose instances are written.
   */
  private static List<BeanProperty> properties(Class<?> raw) {
    List<BeanProperty> found = new ArrayList<>();
    boolean[] isObject = {false};
    JsonDeserialize binding = raw.getAnnotation(JsonDeserialize.class);
    Class<?> described = binding != null && binding.as() != Void.class && raw.isAssignableFrom(binding.as())
        ? binding.as() : raw;
    Gpai4jJson.strict().acceptJsonFormatVisitor(described, new JsonFormatVisitorWrapper.Base() {
      @Override
      public JsonObjectFormatVisitor expectObjectFormat(JavaType t) {
        isObject[0] = true;
        return new JsonObjectFormatVisitor.Base(getContext()) {
          @Override
          public void property(BeanProperty p) {
            found.add(p);
          }

          @Override
          public void optionalProperty(BeanProperty p) {
            found.add(p);
          }
        };
      }
    });
    if (!isObject[0]) {
      throw new IllegalStateException("Cannot describe " + raw.getName() + ": the codec does not write it as an "
          + "object, and the schema generator knows no other JSON shape for it");
    }
    return found;
  }

  /**
   * Whether reading fails without the property: a record component or abstract accessor that is neither
   * {@code @Nullable}, a collection, a map nor a primitive (Jackson reads a missing primitive as its zero).
   */
  private static boolean isRequired(Class<?> owner, BeanProperty p) {
    Class<?> raw = p.getType().getRawClass();
    if (raw.isPrimitive() || Collection.class.isAssignableFrom(raw) || Map.class.isAssignableFrom(raw)) {
      return false;
    }
    if (owner.isRecord()) {
      RecordComponent c = component(owner, p);
      return c != null && !nullable(c.getAnnotatedType());
    }
    Method m = accessor(owner, p);
    // A non-abstract accessor has a default or is derived: an Immutables builder does without it.
    return m != null && Modifier.isAbstract(m.getModifiers()) && !nullable(m.getAnnotatedReturnType());
  }

  /** Whether reading takes an explicit {@code null} as absent: the accessor or component is {@code @Nullable}. */
  private static boolean acceptsNull(Class<?> owner, BeanProperty p) {
    if (owner.isRecord()) {
      RecordComponent c = component(owner, p);
      return c != null && nullable(c.getAnnotatedType());
    }
    Method m = accessor(owner, p);
    return m != null && nullable(m.getAnnotatedReturnType());
  }

  private static @Nullable RecordComponent component(Class<?> owner, BeanProperty p) {
    for (RecordComponent c : owner.getRecordComponents()) {
      if (c.getName().equals(p.getName()) || c.getAccessor().getName().equals(p.getMember().getName())) {
        return c;
      }
    }
    return null;
  }

  private static @Nullable Method accessor(Class<?> owner, BeanProperty p) {
    String name = p.getMember().getName();
    for (Method m : owner.getMethods()) {
      if (m.getParameterCount() == 0 && m.getName().equals(name)) {
        return m;
      }
    }
    return null;
  }

  /** Lets a property schema accept {@code null}, which the codec never writes but reading takes as absent. */
  private static void allowNull(ObjectNode s) {
    JsonNode type = s.get("type");
    if (type != null && type.isString()) {
      ArrayNode types = NODES.arrayNode().add(type.asString()).add("null");
      s.set("type", types);
      if (s.get("enum") instanceof ArrayNode values) {
        values.addNull();
      }
    } else if (s.get("anyOf") instanceof ArrayNode branches) {
      branches.add(NODES.objectNode().put("type", "null"));
    }
  }

  private static boolean nullable(AnnotatedType t) {
    return t.isAnnotationPresent(Nullable.class);
  }

  // --- form annotations ---------------------------------------------------------------------------------------

  private static void annotate(ObjectNode root, FormTable table) {
    Map<String, List<FormItem>> byPointer = new LinkedHashMap<>();
    for (FormItem item : table.items()) {
      byPointer.computeIfAbsent(item.pointer(), k -> new ArrayList<>()).add(item);
    }
    for (Map.Entry<String, List<FormItem>> e : byPointer.entrySet()) {
      ObjectNode node = navigate(root, e.getKey(), table);
      List<FormItem> items = e.getValue();
      node.put("title", items.stream().map(i -> table.label(i.id(), Locale.ROOT)).collect(Collectors.joining(
          "; ")));
      node.put("description", items.stream().map(i -> describe(i, table)).collect(Collectors.joining(" ")));
    }
  }

  private static ObjectNode navigate(ObjectNode root, String pointer, FormTable table) {
    ObjectNode node = root;
    for (String token : pointer.substring(1).split("/", -1)) {
      String name = token.replace("~1", "/").replace("~0", "~");
      ObjectNode holder = objectBranch(node);
      JsonNode next = holder == null ? null : holder.get("properties").get(name);
      if (!(next instanceof ObjectNode child)) {
        throw new IllegalStateException("Form " + table.documentType() + "/" + table.version() + " names "
            + pointer + ", which its Java type does not have");
      }
      node = child;
    }
    return node;
  }

  /** The object schema a property leads to: itself, or the value branch of an N/A-able value. */
  private static @Nullable ObjectNode objectBranch(ObjectNode node) {
    if (node.has("properties")) {
      return node;
    }
    JsonNode anyOf = node.get("anyOf");
    if (anyOf != null) {
      for (JsonNode branch : anyOf) {
        if (branch.has("properties")) {
          return (ObjectNode) branch;
        }
      }
    }
    return null;
  }

  private static String describe(FormItem item, FormTable table) {
    StringBuilder sb = new StringBuilder();
    sb.append(item.id()).append(": ").append(table.label(item.id(), Locale.ROOT)).append('.');
    if (item.metadata()) {
      sb.append(" Document metadata the form requires.");
    } else {
      sb.append(" For ").append(item.recipients().stream().map(Recipient::abbreviation)
          .collect(Collectors.joining(", "))).append('.');
    }
    if (!item.legalBases().isEmpty()) {
      sb.append(" Serves ").append(item.legalBases().stream().map(LegalBasis::citation)
          .collect(Collectors.joining("; "))).append('.');
    }
    if (item.notApplicableAllowed()) {
      sb.append(" The form allows \"N/A\".");
    }
    sb.append(" Form: ").append(table.basis().citation()).append(" (").append(table.version()).append(").");
    return sb.toString();
  }
}
