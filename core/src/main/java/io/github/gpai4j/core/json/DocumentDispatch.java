package io.github.gpai4j.core.json;

import io.github.gpai4j.core.form.DocumentType;
import io.github.gpai4j.core.form.DocumentTypes;
import java.util.stream.Collectors;
import tools.jackson.core.JsonParser;
import tools.jackson.core.JsonToken;
import tools.jackson.core.JacksonException;
import org.jspecify.annotations.Nullable;
import tools.jackson.databind.ObjectMapper;

/** Finds the registered document type of a JSON document from its top-level header. Not API. */
final class DocumentDispatch {
  private DocumentDispatch() {}

  /** The top-level header of a document: its type, schema version and form version, each null if absent. */
  record Header(@Nullable String documentType, @Nullable String schemaVersion, @Nullable String formVersion) {}

  /**
   * Reads the header from the top level of a document, skipping everything else.
   *
   * @param what how the expected document is named in the error for a top level that is not an object
   * @return the header, or null if the input is broken (binding then reports the problem with its place)
   * @throws DocumentReadException if the top level is not an object or a header value is not a string
   */
  static @Nullable Header scan(ObjectMapper mapper, byte[] bytes, String what) throws DocumentReadException {
    String documentType = null;
    String schemaVersion = null;
    String formVersion = null;
    try (JsonParser p = mapper.createParser(bytes)) {
      if (p.nextToken() != JsonToken.START_OBJECT) {
        var loc = p.currentTokenLocation();
        throw new DocumentReadException(DocumentReadException.Kind.WRONG_TYPE, "", loc.getLineNr(), loc.getColumnNr(),
            "Expected a JSON object (" + what + ") at the top level", null);
      }
      JsonToken t;
      while ((t = p.nextToken()) == JsonToken.PROPERTY_NAME) {
        String name = p.currentName();
        JsonToken v = p.nextToken();
        if ("formVersion".equals(name) && v == JsonToken.VALUE_NULL) {
          continue; // a null form version is an absent one
        }
        if ("documentType".equals(name) || "schemaVersion".equals(name) || "formVersion".equals(name)) {
          if (v != JsonToken.VALUE_STRING) {
            var loc = p.currentTokenLocation();
            throw new DocumentReadException(DocumentReadException.Kind.WRONG_TYPE, "/" + name, loc.getLineNr(),
                loc.getColumnNr(), "Wrong type at /" + name + ": expected a string", null);
          }
          switch (name) {
            case "documentType" -> documentType = p.getString();
            case "schemaVersion" -> schemaVersion = p.getString();
            default -> formVersion = p.getString();
          }
        } else {
          p.skipChildren();
        }
      }
      if (t != JsonToken.END_OBJECT) {
        var loc = p.currentLocation();
        throw new DocumentReadException(DocumentReadException.Kind.MALFORMED_JSON, "", loc.getLineNr(),
            loc.getColumnNr(), "Malformed JSON: the top-level object is not closed", null);
      }
    } catch (JacksonException e) {
      return null;
    }
    return new Header(documentType, schemaVersion, formVersion);
  }

  /**
   * Reads the header the quick way, for the successful read: it stops as soon as {@code documentType},
   * {@code schemaVersion} and {@code formVersion} have been read (gpai4j writes them first), and the parser given
   * need not detect duplicate properties. With {@code strict}, it also stops at the first other property once
   * {@code documentType} and {@code schemaVersion} are known, if every registered version of that type is selected
   * without a form version: such a type has no {@code formVersion} property, so strict binding refuses one found
   * later. Anything unusual (input that is not an object, a header value that is not
   * a string, broken input) gives null: the caller then takes the exact path, {@link #scan}, which decides what
   * error to report. A header found here equals what {@link #scan} finds for any input that binds without error,
   * since binding detects the duplicates and the broken input this scan may not have reached.
   *
   * @param p a parser of the document, closed here
   * @param strict whether the document is then bound strictly
   * @return the header, or null to take the exact path
   */
  static @Nullable Header quickScan(JsonParser p, boolean strict) {
    String documentType = null;
    String schemaVersion = null;
    String formVersion = null;
    try (p) {
      if (p.nextToken() != JsonToken.START_OBJECT) {
        return null;
      }
      JsonToken t;
      while ((t = p.nextToken()) == JsonToken.PROPERTY_NAME) {
        String name = p.currentName();
        JsonToken v = p.nextToken();
        boolean header = "documentType".equals(name) || "schemaVersion".equals(name) || "formVersion".equals(name);
        if (!header) {
          if (strict && documentType != null && schemaVersion != null && formVersion == null
              && unversioned(documentType)) {
            return new Header(documentType, schemaVersion, null);
          }
          p.skipChildren();
          continue;
        }
        if ("formVersion".equals(name) && v == JsonToken.VALUE_NULL) {
          continue; // a null form version is an absent one
        }
        if (v != JsonToken.VALUE_STRING) {
          return null;
        }
        switch (name) {
          case "documentType" -> documentType = p.getString();
          case "schemaVersion" -> schemaVersion = p.getString();
          default -> formVersion = p.getString();
        }
        if (documentType != null && schemaVersion != null && formVersion != null) {
          return new Header(documentType, schemaVersion, formVersion);
        }
      }
      return t == JsonToken.END_OBJECT ? new Header(documentType, schemaVersion, formVersion) : null;
    } catch (JacksonException e) {
      return null;
    }
  }

  /** Whether a document type is registered, each of its versions selected without a form version. */
  private static boolean unversioned(String documentType) {
    boolean found = false;
    for (DocumentType<?> t : DocumentTypes.all()) {
      if (t.name().equals(documentType)) {
        if (t.formVersionCode() != null) {
          return false;
        }
        found = true;
      }
    }
    return found;
  }

  /** Returns the registered type a scanned header names, or a located error naming the registered ones. */
  static DocumentType<?> resolve(ErrorTranslator.Source source, Header header) throws DocumentReadException {
    if (header.documentType() == null) {
      throw located(source, "/documentType", "", "The document has no \"documentType\"; known types are " + known());
    }
    String type = header.documentType();
    String version = header.formVersion();
    var found = DocumentTypes.find(type, version);
    if (found.isEmpty()) {
      String at = version == null ? "/documentType" : "/formVersion";
      throw located(source, at, at, "No registered document type " + type
          + (version == null ? "" : " with form version " + version) + "; known types are " + known());
    }
    return found.get();
  }

  private static DocumentReadException located(ErrorTranslator.Source source, String pointer, String at,
      String message) {
    var loc = ErrorTranslator.locate(source, at, false);
    return new DocumentReadException(DocumentReadException.Kind.WRONG_DOCUMENT_TYPE, pointer,
        loc == null ? -1 : loc.getLineNr(), loc == null ? -1 : loc.getColumnNr(), message, null);
  }

  /** Returns the form version codes registered for a document type, for messages. */
  static String versionsOf(String documentType) {
    return DocumentTypes.all().stream().filter(t -> t.name().equals(documentType))
        .map(t -> String.valueOf(t.formVersionCode())).collect(Collectors.joining(", "));
  }

  private static String known() {
    return DocumentTypes.all().stream()
        .map(t -> t.name() + (t.formVersionCode() == null ? "" : " (formVersion " + t.formVersionCode() + ")"))
        .collect(Collectors.joining(", "));
  }
}
