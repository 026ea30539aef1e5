package io.github.gpai4j.core.form;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.github.gpai4j.core.Document;
import io.github.gpai4j.core.documentation.DraftModelDocumentation;
import io.github.gpai4j.core.documentation.ModelDocumentation;
import io.github.gpai4j.core.json.DocumentReadException;
import io.github.gpai4j.core.json.Gpai4jJson;
import java.io.InputStream;
import java.util.List;
import org.junit.jupiter.api.Test;

class DocumentTypesTest {

  private static final Gpai4jJson JSON = Gpai4jJson.strict();

  @Test
  void registers_both_form_versions_of_the_documentation_type_the_final_one_first() {
    List<String> names = DocumentTypes.all().stream().map(Object::toString)
        .filter(n -> n.startsWith("model-documentation/")).toList();
    assertEquals(List.of("model-documentation/cop-final-2025-07", "model-documentation/cop-draft-2024-11"), names);
    assertEquals(ModelDocumentation.class, DocumentTypes.find("model-documentation", null).orElseThrow().javaType());
    assertEquals(DraftModelDocumentation.class,
        DocumentTypes.find("model-documentation", "COP_DRAFT_2024_11").orElseThrow().javaType());
  }

  @Test
  void reads_each_document_as_the_java_type_its_header_names() throws Exception {
    for (DocumentType<?> type : DocumentTypes.all()) {
      for (String sample : type.samples()) {
        try (InputStream in = type.openSample(sample)) {
          Document doc = JSON.readDocument(in, false).value();
          assertInstanceOf(type.javaType(), doc, sample);
          assertEquals(type, DocumentTypes.of(doc), sample);
        }
      }
    }
  }

  @Test
  void a_document_round_trips_through_the_registry_with_its_form_version() throws Exception {
    DraftModelDocumentation draft = DraftModelDocumentation.builder().licence("Apache-2.0").build();
    String text = JSON.write(draft);
    assertTrue(text.contains("\"formVersion\" : \"COP_DRAFT_2024_11\""), text);
    assertEquals(draft, JSON.readDocument(text));
  }

  @Test
  void an_unknown_form_version_is_a_located_wrong_document_type() {
    DocumentReadException e = assertThrows(DocumentReadException.class, () -> JSON.readDocument(
        "{\"documentType\":\"model-documentation\",\"schemaVersion\":\"1.0\",\"formVersion\":\"COP_2030\"}"));
    assertEquals(DocumentReadException.Kind.WRONG_DOCUMENT_TYPE, e.kind());
    assertEquals("/formVersion", e.pointer());
    assertTrue(e.getMessage().contains("COP_DRAFT_2024_11"), e.getMessage());
  }

  @Test
  void an_unknown_document_type_names_the_known_ones() {
    DocumentReadException e = assertThrows(DocumentReadException.class,
        () -> JSON.readDocument("{\"documentType\":\"incident-report\",\"schemaVersion\":\"1.0\"}"));
    assertEquals(DocumentReadException.Kind.WRONG_DOCUMENT_TYPE, e.kind());
    assertTrue(e.getMessage().contains("model-documentation"), e.getMessage());
  }

  @Test
  void broken_input_is_located_malformed_json() {
    DocumentReadException e = assertThrows(DocumentReadException.class,
        () -> JSON.readDocument("{\"documentType\":\"model-documentation\", \"lastUpdated\": "));
    assertEquals(DocumentReadException.Kind.MALFORMED_JSON, e.kind());
    assertTrue(e.line() > 0, e.getMessage());
  }

  @Test
  void a_sample_that_is_not_bundled_is_refused_with_the_list() {
    IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
        () -> DocumentTypes.forClass(ModelDocumentation.class).openSample("nope.json"));
    assertTrue(e.getMessage().contains("model-documentation-complete.json"), e.getMessage());
  }

  /** A final-form document that says it is on the first draft's table is not read as a final-form document. */
  @Test
  void reading_a_draft_version_as_the_final_form_is_a_located_error() {
    String text = "{\"documentType\":\"model-documentation\",\"schemaVersion\":\"1.0\",\n"
        + "  \"formVersion\":\"COP_DRAFT_2024_11\"}";
    DocumentReadException e = assertThrows(DocumentReadException.class,
        () -> JSON.read(text, ModelDocumentation.class));
    assertEquals(DocumentReadException.Kind.WRONG_DOCUMENT_TYPE, e.kind());
    assertEquals("/formVersion", e.pointer());
    assertEquals(2, e.line());
    assertTrue(e.getMessage().contains("DraftModelDocumentation"), e.getMessage());
    DocumentReadException unknown = assertThrows(DocumentReadException.class,
        () -> JSON.read(text.replace("COP_DRAFT_2024_11", "COP_FUTURE"), ModelDocumentation.class));
    assertEquals("/formVersion", unknown.pointer());
  }

  @Test
  void an_empty_input_is_malformed_json_through_the_registry_too() {
    DocumentReadException e = assertThrows(DocumentReadException.class, () -> JSON.readDocument(" \n "));
    assertEquals(DocumentReadException.Kind.MALFORMED_JSON, e.kind());
  }

  @Test
  void a_null_form_version_is_an_absent_one() throws Exception {
    Document doc = JSON.readDocument(
        "{\"documentType\":\"model-documentation\",\"schemaVersion\":\"1.0\",\"formVersion\":null}");
    assertInstanceOf(ModelDocumentation.class, doc);
  }

  @Test
  void finds_a_version_by_its_id() {
    assertEquals(DraftModelDocumentation.class,
        DocumentTypes.byVersion("model-documentation", "cop-draft-2024-11").javaType());
    assertThrows(IllegalArgumentException.class, () -> DocumentTypes.byVersion("model-documentation", "x"));
  }
}
