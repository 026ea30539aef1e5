package io.github.gpai4j.core.json;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.github.gpai4j.core.documentation.DistributionChannel;
import io.github.gpai4j.core.documentation.ModelDocumentation;
import io.github.gpai4j.core.json.DocumentReadException.Kind;
import org.junit.jupiter.api.Test;

/**
 * Read errors that teach: each names what is wrong, where (JSON Pointer per RFC 6901, line and column of the
 * offending token) and what would have been right.
 */
class ReadErrorsTest {
  private static final Gpai4jJson JSON = Gpai4jJson.strict();
  private static final String HEAD = "{\n  \"documentType\": \"model-documentation\",\n  \"schemaVersion\": \"1.0\",\n";
  private static final String CHANNELS = "/distributionAndLicences/unionDistributionChannels/0";

  private static DocumentReadException strict(String body) {
    return assertThrows(DocumentReadException.class,
        () -> JSON.read(HEAD + body + "\n}", ModelDocumentation.class));
  }

  private static DocumentReadException lenient(String body) {
    return assertThrows(DocumentReadException.class,
        () -> JSON.readLenient(HEAD + body + "\n}", ModelDocumentation.class));
  }

  /** A misspelt property of a record ("kidn") is the unknown property it is, with the name it was meant to be. */
  @Test
  void a_misspelt_record_property_is_an_unknown_property_suggesting_the_known_name() {
    DocumentReadException e = strict("  \"distributionAndLicences\": {\"unionDistributionChannels\": [\n"
        + "    {\"kidn\": \"API\"}]}");
    assertEquals(Kind.UNKNOWN_PROPERTY, e.kind());
    assertEquals(CHANNELS + "/kidn", e.pointer());
    assertEquals(5, e.line());
    assertEquals(6, e.column());
    assertTrue(e.getMessage().contains("Unknown property \"kidn\""), e.getMessage());
    assertTrue(e.getMessage().contains("did you mean \"kind\"?"), e.getMessage());
  }

  @Test
  void an_unknown_property_beside_the_required_ones_is_reported_with_its_suggestion() {
    DocumentReadException e = assertThrows(DocumentReadException.class,
        () -> JSON.read("{\"kind\": \"API\", \"lnik\": \"x\"}", DistributionChannel.class));
    assertEquals(Kind.UNKNOWN_PROPERTY, e.kind());
    assertEquals("/lnik", e.pointer());
    assertEquals(1, e.line());
    assertEquals(17, e.column());
    assertTrue(e.getMessage().contains("did you mean \"link\"?"), e.getMessage());
  }

  /** Properties of the Immutables types (read through a buffer) are located in the input too. */
  @Test
  void a_nested_unknown_property_carries_line_and_column_and_a_suggestion() {
    DocumentReadException e = strict("  \"generalInformation\": {\n    \"modelName\": {\"identifer\": \"x\"}}");
    assertEquals(Kind.UNKNOWN_PROPERTY, e.kind());
    assertEquals("/generalInformation/modelName/identifer", e.pointer());
    assertEquals(5, e.line());
    assertEquals(19, e.column());
    assertTrue(e.getMessage().contains("did you mean \"identifier\"?"), e.getMessage());
  }

  @Test
  void an_unknown_property_far_from_every_known_name_suggests_nothing_but_lists_them() {
    DocumentReadException e = strict("  \"generalInformation\": {\"zzzzzzzz\": 1}");
    assertEquals(Kind.UNKNOWN_PROPERTY, e.kind());
    assertTrue(!e.getMessage().contains("did you mean"), e.getMessage());
    assertTrue(e.getMessage().contains("providerLegalName"), e.getMessage());
  }

  @Test
  void a_missing_required_property_is_named_at_its_parent() {
    DocumentReadException e = strict("  \"distributionAndLicences\": {\"unionDistributionChannels\": [\n"
        + "    {\"description\": \"an API\"}]}");
    assertEquals(Kind.MISSING_PROPERTY, e.kind());
    assertEquals(CHANNELS, e.pointer());
    assertEquals(5, e.line());
    assertEquals(5, e.column());
    assertTrue(e.getMessage().contains("Missing required property \"kind\""), e.getMessage());
  }

  @Test
  void read_leniently_a_misspelt_required_property_is_missing_and_the_misspelling_is_named() {
    DocumentReadException e = lenient("  \"distributionAndLicences\": {\"unionDistributionChannels\": [\n"
        + "    {\"kidn\": \"API\"}]}");
    assertEquals(Kind.MISSING_PROPERTY, e.kind());
    assertEquals(CHANNELS, e.pointer());
    assertTrue(e.getMessage().contains("Missing required property \"kind\""), e.getMessage());
    assertTrue(e.getMessage().contains("\"kidn\""), e.getMessage());
  }

  @Test
  void a_required_property_given_as_null_is_located_at_the_null() {
    DocumentReadException e = strict("  \"distributionAndLicences\": {\"unionDistributionChannels\": [\n"
        + "    {\"kind\": null}]}");
    assertEquals(Kind.WRONG_TYPE, e.kind());
    assertEquals(CHANNELS + "/kind", e.pointer());
    assertEquals(5, e.line());
    assertEquals(14, e.column());
  }

  /** The constructor refuses a negative quantity: the error points at the number, not at the object around it. */
  @Test
  void an_invalid_value_points_at_the_value_itself() {
    DocumentReadException e = strict("  \"energy\": {\"inferenceCompute\": {\n    \"flop\": -5.1E+17}}");
    assertEquals(Kind.INVALID_VALUE, e.kind());
    assertEquals("/energy/inferenceCompute/flop", e.pointer());
    assertEquals(5, e.line());
    assertEquals(13, e.column());
    assertTrue(e.getMessage().contains("must not be negative"), e.getMessage());
  }

  @Test
  void an_unknown_enum_value_points_at_the_value_with_line_and_column() {
    DocumentReadException e = strict("  \"distributionAndLicences\": {\"unionDistributionChannels\": [\n"
        + "    {\"kind\": \"APi\"}]}");
    assertEquals(Kind.UNKNOWN_ENUM_VALUE, e.kind());
    assertEquals(CHANNELS + "/kind", e.pointer());
    assertEquals(5, e.line());
    assertEquals(14, e.column());
  }

  @Test
  void a_wrong_type_deep_inside_carries_pointer_line_and_column() {
    DocumentReadException e = strict("  \"generalInformation\": {\"modelName\": {\"identifier\": \"m\",\n"
        + "    \"versions\": [\"v1\", 2]}}");
    assertEquals(Kind.WRONG_TYPE, e.kind());
    assertEquals("/generalInformation/modelName/versions/1", e.pointer());
    assertEquals(5, e.line());
    assertEquals(24, e.column());
  }

  @Test
  void a_wrong_document_type_carries_the_line_and_column_of_its_value() {
    DocumentReadException e = assertThrows(DocumentReadException.class, () -> JSON.read(
        "{\n  \"documentType\": \"model-profile\",\n  \"schemaVersion\": \"1.0\"\n}", ModelDocumentation.class));
    assertEquals(Kind.WRONG_DOCUMENT_TYPE, e.kind());
    assertEquals(2, e.line());
    assertEquals(19, e.column());
  }

  @Test
  void an_unsupported_schema_version_carries_the_line_and_column_of_its_value() {
    DocumentReadException e = assertThrows(DocumentReadException.class, () -> JSON.read(
        "{\n  \"documentType\": \"model-documentation\",\n  \"schemaVersion\": \"9.9\"\n}", ModelDocumentation.class));
    assertEquals(Kind.UNSUPPORTED_SCHEMA_VERSION, e.kind());
    assertEquals(3, e.line());
    assertEquals(20, e.column());
  }

  @Test
  void a_property_given_twice_is_located_at_the_second() {
    DocumentReadException e = strict("  \"documentVersion\": \"1\",\n  \"documentVersion\": \"2\"");
    assertEquals(Kind.MALFORMED_JSON, e.kind());
    assertEquals("/documentVersion", e.pointer());
    assertEquals(5, e.line());
  }

  @Test
  void suggestions_count_a_swap_of_adjacent_letters_as_one_edit() {
    assertEquals(1, Suggestions.distance("kidn", "kind"));
    assertEquals("kind", Suggestions.nearest("kidn", java.util.List.of("description", "kind", "link")));
    assertEquals("kind", Suggestions.nearest("Kind", java.util.List.of("description", "kind", "link")));
    assertEquals(null, Suggestions.nearest("colour", java.util.List.of("kind", "link")));
    assertEquals(null, Suggestions.nearest("u0", java.util.List.of("use", "energy")), "too short to guess from");
    assertEquals("identifier", Suggestions.nearest("identifer", java.util.List.of("identifier", "versions")));
  }
}
