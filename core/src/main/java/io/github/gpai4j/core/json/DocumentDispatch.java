package io.github.gpai4j.core.json;

import io.github.gpai4j.core.form.DocumentType;
import io.github.gpai4j.core.form.DocumentTypes;
import java.util.stream.Collectors;
import tools.jackson.core.JsonParser;
import tools.jackson.core.JsonToken;
import tools.jackson.core.JacksonException;
import tools.jackson.databind.ObjectMapper;

/** Finds the registered document type of a JSON document from its top-level header. Not API. */
final class DocumentDispatch {
  private DocumentDispatch() {}

  static DocumentType<?> detect(ObjectMapper mapper, byte[] bytes) throws DocumentReadException {
    String documentType = null;
    String formVersion = null;
    try (JsonParser p = mapper.createParser(bytes)) {
      if (p.nextToken() != JsonToken.START_OBJECT) {
        throw new DocumentReadException(DocumentReadException.Kind.WRONG_TYPE, "", 1, 1,
            "Expected a JSON object (a gpai4j document) at the top level", null);
      }
      while (p.nextToken() == JsonToken.PROPERTY_NAME) {
        String name = p.currentName();
        JsonToken v = p.nextToken();
        if ("documentType".equals(name) || "formVersion".equals(name)) {
          if (v != JsonToken.VALUE_STRING) {
            var loc = p.currentTokenLocation();
            throw new DocumentReadException(DocumentReadException.Kind.WRONG_TYPE, "/" + name, loc.getLineNr(),
                loc.getColumnNr(), "Wrong type at /" + name + ": expected a string", null);
          }
          if ("documentType".equals(name)) {
            documentType = p.getString();
          } else {
            formVersion = p.getString();
          }
        } else {
          p.skipChildren();
        }
      }
    } catch (JacksonException e) {
      throw ErrorTranslator.translate(e);
    }
    if (documentType == null) {
      throw new DocumentReadException(DocumentReadException.Kind.WRONG_DOCUMENT_TYPE, "/documentType", 1, 1,
          "The document has no \"documentType\"; known types are " + known(), null);
    }
    String type = documentType;
    String version = formVersion;
    return DocumentTypes.find(type, version).orElseThrow(() -> new DocumentReadException(
        DocumentReadException.Kind.WRONG_DOCUMENT_TYPE, version == null ? "/documentType" : "/formVersion", 1, 1,
        "No registered document type " + type + (version == null ? "" : " with form version " + version)
            + "; known types are " + known(), null));
  }

  private static String known() {
    return DocumentTypes.all().stream()
        .map(t -> t.name() + (t.formVersionCode() == null ? "" : " (formVersion " + t.formVersionCode() + ")"))
        .collect(Collectors.joining(", "));
  }
}
