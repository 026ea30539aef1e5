package io.github.gpai4j.core.schema;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.github.gpai4j.core.documentation.DraftModelDocumentation;
import io.github.gpai4j.core.documentation.ModelDocumentation;
import io.github.gpai4j.core.form.DocumentType;
import io.github.gpai4j.core.form.DocumentTypes;
import io.github.gpai4j.core.form.FormItem;
import io.github.gpai4j.core.json.Gpai4jJson;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;

/**
 * The JSON Schemas generated per document type: deterministic, headed by the document's constants, annotated from
 * the form tables. Validation of documents against them is tested in the evaluation module, with the conformance
 * corpus.
 */
class JsonSchemasTest {

  private static final DocumentType<ModelDocumentation> FINAL = DocumentTypes.forClass(ModelDocumentation.class);
  private static final DocumentType<DraftModelDocumentation> DRAFT =
      DocumentTypes.forClass(DraftModelDocumentation.class);

  @Test
  void two_generations_of_every_registered_schema_are_identical() {
    for (DocumentType<?> type : DocumentTypes.all()) {
      String first = JsonSchemas.of(type);
      assertEquals(first, Gpai4jJson.strict().write(new SchemaGenerator(type).generate()), type.toString());
      assertTrue(first.endsWith("\n"), type.toString());
    }
  }

  @Test
  void declares_draft_2020_12_and_names_the_type_and_version() {
    JsonNode schema = JsonSchemas.tree(FINAL);
    assertEquals("https://json-schema.org/draft/2020-12/schema", schema.get("$schema").asString());
    assertEquals("urn:gpai4j:schema:model-documentation:cop-final-2025-07", schema.get("$id").asString());
    assertEquals(JsonSchemas.of(FINAL), JsonSchemas.of("model-documentation", "cop-final-2025-07"));
  }

  @Test
  void requires_the_header_as_constants_and_the_form_version_only_where_it_selects_a_version() {
    JsonNode finalSchema = JsonSchemas.tree(FINAL);
    JsonNode draftSchema = JsonSchemas.tree(DRAFT);
    assertEquals("model-documentation", finalSchema.at("/properties/documentType/const").asString());
    assertEquals("1.0", finalSchema.at("/properties/schemaVersion/const").asString());
    assertEquals("COP_FINAL_2025_07", finalSchema.at("/properties/formVersion/const").asString());
    assertEquals("COP_DRAFT_2024_11", draftSchema.at("/properties/formVersion/const").asString());
    assertEquals(List.of("documentType", "schemaVersion"), strings(finalSchema.get("required")));
    assertEquals(List.of("documentType", "schemaVersion", "formVersion"), strings(draftSchema.get("required")));
  }

  @Test
  void refuses_unknown_properties_in_every_object_as_strict_reading_does() {
    List<JsonNode> objects = new ArrayList<>();
    collectObjects(JsonSchemas.tree(FINAL), objects);
    assertTrue(objects.size() > 10, "objects: " + objects.size());
    for (JsonNode o : objects) {
      assertFalse(o.get("additionalProperties").asBoolean(), o.toString());
    }
  }

  /**
   * The form's item 1.4 serves Annex XI 1(1)(c) and Annex XII 1(c); the schema says so at the item's JSON Pointer,
   * with the item's label as title.
   */
  @Test
  void describes_each_form_item_at_its_pointer_with_its_label_and_legal_bases() {
    JsonNode schema = JsonSchemas.tree(FINAL);
    JsonNode release = schema.at("/properties/generalInformation/properties/releaseDate");
    FormItem item = FINAL.form().table().item("MDF-1.4");
    assertEquals(FINAL.form().table().label("MDF-1.4", java.util.Locale.ROOT), release.get("title").asString());
    String description = release.get("description").asString();
    assertTrue(description.startsWith("MDF-1.4: "), description);
    for (var basis : item.legalBases()) {
      assertTrue(description.contains(basis.citation()), description);
    }
    assertTrue(description.contains("CoP Transparency Measure 1.1"), description);
    assertEquals("date", release.get("format").asString());
  }

  @Test
  void annotates_every_item_of_every_form_table() {
    for (DocumentType<?> type : DocumentTypes.all()) {
      if (type.form() == null) {
        continue;
      }
      JsonNode schema = JsonSchemas.tree(type);
      for (FormItem item : type.form().table().items()) {
        StringBuilder at = new StringBuilder();
        for (String token : item.pointer().substring(1).split("/")) {
          at.append("/properties/").append(token);
          JsonNode here = schema.at(at.toString());
          if (here.has("anyOf") && !here.has("properties")) {
            for (int i = 0; i < here.get("anyOf").size(); i++) {
              if (here.get("anyOf").get(i).has("properties")) {
                at.append("/anyOf/").append(i);
              }
            }
          }
        }
        String path = at.toString();
        JsonNode node = schema.at(path.endsWith("properties/" + last(item.pointer())) ? path
            : path.substring(0, path.lastIndexOf("/anyOf/")));
        assertTrue(node.get("description").asString().contains(item.id()), type + " " + item.id());
      }
    }
  }

  @Test
  void lists_the_json_values_of_enums_and_accepts_not_applicable_where_the_type_does() {
    JsonNode schema = JsonSchemas.tree(FINAL);
    String text = schema.toString();
    assertTrue(text.contains("\"enum\":[\"TEXT\""), text.substring(0, 200));
    assertTrue(text.contains(SchemaGenerator.NOT_APPLICABLE_PATTERN.replace("\\", "\\\\")));
  }

  @Test
  void refuses_a_null_type_naming_it() {
    NullPointerException e = assertThrows(NullPointerException.class, () -> JsonSchemas.of((DocumentType<?>) null));
    assertEquals("type", e.getMessage());
  }

  private static String last(String pointer) {
    return pointer.substring(pointer.lastIndexOf('/') + 1);
  }

  private static List<String> strings(JsonNode array) {
    List<String> out = new ArrayList<>();
    array.forEach(n -> out.add(n.asString()));
    return out;
  }

  private static void collectObjects(JsonNode node, List<JsonNode> out) {
    if (node.isObject()) {
      if (node.has("properties")) {
        out.add(node);
      }
      node.properties().forEach(e -> collectObjects(e.getValue(), out));
    } else if (node.isArray()) {
      node.forEach(n -> collectObjects(n, out));
    }
  }
}
