package io.github.gpai4j.core.schema;

import static java.util.Objects.requireNonNull;

import io.github.gpai4j.core.form.DocumentType;
import io.github.gpai4j.core.form.DocumentTypes;
import io.github.gpai4j.core.json.Gpai4jJson;
import tools.jackson.databind.JsonNode;

/**
 * Generates the JSON Schema (draft 2020-12) of a registered document type in one version, so that editors and
 * pipelines outside Java can complete and check documents before gpai4j reads them.
 *
 * <p>Nothing in a schema is written by hand. Its properties, their names and their order are those that
 * {@link Gpai4jJson} writes for the document's Java type (Jackson's own introspection of the codec's mapper); the
 * JSON type of each value follows its Java type: strings, whole numbers ({@code integer}), decimals and quantities
 * ({@code number}, written as JSON numbers such as {@code 1E+25}; the amount of a quantity is at least 0),
 * booleans, dates ({@code format: date}, exactly {@code YYYY-MM-DD} with a year from 1900 to 9999), enums (the JSON
 * values the codec writes, listed in {@code enum}), lists (arrays) and nested objects. A value the Java type lets
 * the provider mark as not applicable accepts {@code "N/A"} (in any case, with surrounding blanks, as the reader
 * does). Every object refuses properties it does not know ({@code additionalProperties: false}), as strict reading
 * does, and requires what the Java type cannot do without; a property that may be absent also accepts
 * {@code null}, which gpai4j never writes but reads as absent.
 * The header is required: {@code documentType} and {@code schemaVersion} as constants and, for a version other than
 * the default one, {@code formVersion} (optional but constant for the default version, which is what a document
 * naming no form version reads as).
 *
 * <p>Each property that holds a form item carries, as {@code title}, the item's English label and, as
 * {@code description}, the item id, its recipients, the provisions it serves (from the form table) and the measure
 * that establishes the form. A schema checks structure only: whether a document is complete, precise and
 * consistent is the validators' business ({@code io.github.gpai4j.evaluation}).
 *
 * <p>Output is deterministic (the same bytes for the same type on every run); generating one takes a few milliseconds,
 * so cache it if you serve many. This class is thread-safe.
 *
 * @since 0.2.0
 */
public final class JsonSchemas {

  /** The {@code $schema} of every generated schema. */
  public static final String DIALECT = "https://json-schema.org/draft/2020-12/schema";

  private JsonSchemas() {}

  /**
   * Returns the schema of a document type and version as JSON text: two-space indentation, a final newline,
   * keywords in a fixed order.
   *
   * @param type the document type and version, such as one of {@link DocumentTypes#all()}, not null
   * @return the schema, JSON text
   * @throws IllegalStateException if the type's form table names a JSON Pointer its Java type does not have
   */
  public static String of(DocumentType<?> type) {
    requireNonNull(type, "type");
    return Gpai4jJson.strict().write(new SchemaGenerator(type).generate());
  }

  /**
   * Returns the schema of a registered document type and version as JSON text.
   *
   * @param documentType the {@code documentType}, such as {@code model-documentation}, not null
   * @param version the version id, such as {@code cop-final-2025-07}, not null
   * @return the schema, JSON text
   * @throws IllegalArgumentException if no such type is registered, listing those that are
   */
  public static String of(String documentType, String version) {
    requireNonNull(documentType, "documentType");
    requireNonNull(version, "version");
    return of(DocumentTypes.byVersion(documentType, version));
  }

  /**
   * Returns the schema of a document type and version as a tree, a fresh copy the caller may change.
   *
   * @param type the document type and version, not null
   * @return the schema
   * @throws IllegalStateException if the type's form table names a JSON Pointer its Java type does not have
   */
  public static JsonNode tree(DocumentType<?> type) {
    requireNonNull(type, "type");
    try {
      return Gpai4jJson.strict().read(of(type), JsonNode.class);
    } catch (io.github.gpai4j.core.json.DocumentReadException e) {
      throw new IllegalStateException("A generated schema does not read back: " + e.getMessage(), e);
    }
  }
}
