package io.github.gpai4j.evaluation.registry;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.networknt.schema.Error;
import com.networknt.schema.InputFormat;
import com.networknt.schema.Schema;
import com.networknt.schema.SchemaLocation;
import com.networknt.schema.SchemaRegistry;
import com.networknt.schema.SpecificationVersion;
import io.github.gpai4j.core.documentation.DraftModelDocumentation;
import io.github.gpai4j.core.documentation.ModelDocumentation;
import io.github.gpai4j.core.form.DocumentType;
import io.github.gpai4j.core.form.DocumentTypes;
import io.github.gpai4j.core.json.DocumentReadException;
import io.github.gpai4j.core.json.Gpai4jJson;
import io.github.gpai4j.core.schema.JsonSchemas;
import java.io.IOException;
import java.io.InputStream;
import java.net.URISyntaxException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Consumer;
import java.util.stream.Stream;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestFactory;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;
import tools.jackson.databind.node.ArrayNode;
import tools.jackson.databind.node.ObjectNode;

/**
 * The generated JSON Schemas ({@link JsonSchemas}) checked with a maintained validator (networknt
 * json-schema-validator, draft 2020-12) against the conformance corpus and the bundled samples: every document
 * gpai4j reads passes its schema, and structurally broken documents, which gpai4j refuses to read, fail it too.
 */
class JsonSchemaConformanceTest {

  private static final SchemaRegistry REGISTRY = SchemaRegistry.withDefaultDialect(SpecificationVersion.DRAFT_2020_12);
  private static final JsonMapper MAPPER = JsonMapper.builder().build();

  private static Schema schema(DocumentType<?> type) {
    return REGISTRY.getSchema(JsonSchemas.of(type), InputFormat.JSON);
  }

  private static List<Error> errors(DocumentType<?> type, String json) {
    return schema(type).validate(json, InputFormat.JSON);
  }

  private static DocumentType<?> finalForm() {
    return DocumentTypes.forClass(ModelDocumentation.class);
  }

  private static String complete() throws IOException, URISyntaxException {
    return Files.readString(ConformanceTest.corpus(finalForm()).resolve("valid-complete.json"));
  }

  /** Each valid fixture passes its schema as written in the corpus and as gpai4j writes it after reading it. */
  @TestFactory
  Stream<DynamicTest> every_valid_fixture_passes_the_schema_of_its_type_and_version()
      throws IOException, URISyntaxException {
    List<DynamicTest> tests = new ArrayList<>();
    for (DocumentType<?> type : ConformanceTest.validatedTypes()) {
      for (Path file : ConformanceTest.files(type, "valid-")) {
        tests.add(DynamicTest.dynamicTest(type + " " + file.getFileName(), () -> {
          assertEquals(List.of(), errors(type, Files.readString(file)));
          // and as gpai4j writes it back: quantities such as 6.6E+24, "N/A", dates, the derived header
          assertEquals(List.of(), errors(type, Gpai4jJson.strict().write(Gpai4jJson.strict().readDocument(file))));
        }));
      }
    }
    assertFalse(tests.isEmpty());
    return tests.stream();
  }

  /**
   * A schema checks structure only: a document that breaks a rule (a missing item, an imprecise figure) but that
   * gpai4j reads must still pass it, or editors would flag what the validators report better.
   */
  @TestFactory
  Stream<DynamicTest> every_invalid_fixture_that_gpai4j_reads_passes_the_schema_too()
      throws IOException, URISyntaxException {
    List<DynamicTest> tests = new ArrayList<>();
    for (DocumentType<?> type : ConformanceTest.validatedTypes()) {
      for (Path file : ConformanceTest.files(type, "invalid-")) {
        tests.add(DynamicTest.dynamicTest(type + " " + file.getFileName(), () -> {
          Gpai4jJson.strict().readDocument(file);
          assertEquals(List.of(), errors(type, Files.readString(file)));
        }));
      }
    }
    return tests.stream();
  }

  @TestFactory
  Stream<DynamicTest> every_bundled_sample_passes_the_schema_of_its_type() {
    List<DynamicTest> tests = new ArrayList<>();
    for (DocumentType<?> type : DocumentTypes.all()) {
      for (String sample : type.samples()) {
        tests.add(DynamicTest.dynamicTest(type + " " + sample, () -> {
          String json;
          try (InputStream in = type.openSample(sample)) {
            json = new String(in.readAllBytes(), StandardCharsets.UTF_8);
          }
          assertEquals(List.of(), errors(type, json));
          assertEquals(List.of(), errors(type, Gpai4jJson.strict().write(Gpai4jJson.strict().readDocument(json))));
        }));
      }
    }
    assertTrue(tests.size() >= 6, "samples: " + tests.size());
    return tests.stream();
  }

  @Test
  void every_registered_type_including_the_model_profile_has_a_schema_valid_under_the_2020_12_meta_schema() {
    Schema meta = REGISTRY.getSchema(SchemaLocation.of(JsonSchemas.DIALECT));
    List<String> names = new ArrayList<>();
    for (DocumentType<?> type : DocumentTypes.all()) {
      assertEquals(List.of(), meta.validate(JsonSchemas.of(type), InputFormat.JSON), type.toString());
      names.add(type.toString());
    }
    assertTrue(names.contains("model-profile/1.0"), names.toString());
  }

  @Test
  void two_generations_of_every_schema_are_byte_identical() {
    for (DocumentType<?> type : DocumentTypes.all()) {
      assertEquals(JsonSchemas.of(type), JsonSchemas.of(type), type.toString());
    }
  }

  // Structural breaks: each is refused by gpai4j's strict reader and by the schema.

  @Test
  void a_string_given_as_a_number_fails_the_schema_as_it_fails_reading() throws Exception {
    assertBothRefuse(doc -> ((ObjectNode) doc.get("generalInformation")).put("providerLegalName", 42));
  }

  @Test
  void an_unknown_property_fails_the_schema_as_it_fails_reading() throws Exception {
    assertBothRefuse(doc -> ((ObjectNode) doc.get("generalInformation")).put("providerLegalNmae", "Acme"));
  }

  @Test
  void an_unknown_top_level_property_fails_the_schema_as_it_fails_reading() throws Exception {
    assertBothRefuse(doc -> ((ObjectNode) doc).put("comment", "draft"));
  }

  @Test
  void a_value_outside_an_enum_fails_the_schema_as_it_fails_reading() throws Exception {
    assertBothRefuse(doc -> ((ArrayNode) doc.at("/modelProperties/inputModalities/selected")).set(0, "SMELL"));
  }

  @Test
  void a_missing_document_type_fails_the_schema_as_it_fails_reading() throws Exception {
    assertBothRefuse(doc -> ((ObjectNode) doc).remove("documentType"));
  }

  @Test
  void an_unsupported_schema_version_fails_the_schema_as_it_fails_reading() throws Exception {
    assertBothRefuse(doc -> ((ObjectNode) doc).put("schemaVersion", "9.9"));
  }

  @Test
  void a_date_that_is_not_yyyy_mm_dd_fails_the_schema_as_it_fails_reading() throws Exception {
    assertBothRefuse(doc -> ((ObjectNode) doc.get("generalInformation")).put("releaseDate", "2026-2-16"));
  }

  @Test
  void a_quantity_given_as_text_fails_the_schema_as_it_fails_reading() throws Exception {
    assertBothRefuse(doc -> ((ObjectNode) doc.at("/computationalResources/trainingCompute")).put("flop", "1e25"));
  }

  @Test
  void a_date_before_1900_fails_the_schema_as_it_fails_reading() throws Exception {
    assertBothRefuse(doc -> ((ObjectNode) doc.get("generalInformation")).put("releaseDate", "1899-12-31"));
  }

  @Test
  void a_negative_quantity_fails_the_schema_as_it_fails_reading() throws Exception {
    assertBothRefuse(doc -> ((ObjectNode) doc.at("/computationalResources/trainingCompute")).put("flop", -1));
  }

  @Test
  void a_null_inside_a_list_fails_the_schema_as_it_fails_reading() throws Exception {
    assertBothRefuse(doc -> ((ArrayNode) doc.at("/modelProperties/inputModalities/selected")).addNull());
  }

  /** gpai4j never writes {@code null}, but reads it as absent where a value may be absent; so does the schema. */
  @Test
  void an_explicit_null_where_a_value_may_be_absent_passes_the_schema_as_it_passes_reading() throws Exception {
    ObjectNode doc = (ObjectNode) MAPPER.readTree(complete());
    doc.putNull("documentVersion");
    ((ObjectNode) doc.get("generalInformation")).putNull("releaseDate");
    ((ObjectNode) doc.get("generalInformation")).putNull("modelDependencies");
    String json = MAPPER.writeValueAsString(doc);
    Gpai4jJson.strict().readDocument(json);
    assertEquals(List.of(), errors(finalForm(), json));
  }

  /** Item 1.6 (model dependencies) accepts "N/A" in the form; the schema accepts it in any case, as reading does. */
  @Test
  void not_applicable_is_accepted_where_the_type_allows_it_in_any_case() throws Exception {
    ObjectNode doc = (ObjectNode) MAPPER.readTree(complete());
    ((ObjectNode) doc.get("generalInformation")).put("modelDependencies", " n/a ");
    String json = MAPPER.writeValueAsString(doc);
    Gpai4jJson.strict().readDocument(json);
    assertEquals(List.of(), errors(finalForm(), json));
  }

  /** A document naming no form version is of the default version, so only a non-default one requires it. */
  @Test
  void the_first_draft_form_requires_its_form_version_and_the_final_form_does_not() throws Exception {
    DocumentType<?> draft = DocumentTypes.forClass(DraftModelDocumentation.class);
    Path file = ConformanceTest.files(draft, "valid-").get(0);
    ObjectNode doc = (ObjectNode) MAPPER.readTree(Files.readString(file));
    doc.remove("formVersion");
    assertFalse(errors(draft, MAPPER.writeValueAsString(doc)).isEmpty());
    ObjectNode finalDoc = (ObjectNode) MAPPER.readTree(complete());
    finalDoc.remove("formVersion");
    String json = MAPPER.writeValueAsString(finalDoc);
    Gpai4jJson.strict().readDocument(json);
    assertEquals(List.of(), errors(finalForm(), json));
  }

  @Test
  void a_first_draft_document_fails_the_schema_of_the_final_form() throws Exception {
    DocumentType<?> draft = DocumentTypes.forClass(DraftModelDocumentation.class);
    Path file = ConformanceTest.files(draft, "valid-").get(0);
    assertFalse(errors(finalForm(), Files.readString(file)).isEmpty());
  }

  private static void assertBothRefuse(Consumer<JsonNode> breakIt) throws Exception {
    JsonNode doc = MAPPER.readTree(complete());
    breakIt.accept(doc);
    String json = MAPPER.writeValueAsString(doc);
    assertThrows(DocumentReadException.class, () -> Gpai4jJson.strict().readDocument(json));
    assertFalse(errors(finalForm(), json).isEmpty(), json);
  }
}
