package io.github.gpai4j.core.json;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.github.gpai4j.core.Applicable;
import io.github.gpai4j.core.ComputeAmount;
import io.github.gpai4j.core.EnergyAmount;
import io.github.gpai4j.core.documentation.ComputationalResources;
import io.github.gpai4j.core.documentation.Energy;
import io.github.gpai4j.core.documentation.GeneralInformation;
import io.github.gpai4j.core.documentation.ModelDocumentation;
import io.github.gpai4j.core.documentation.ModelName;
import io.github.gpai4j.core.json.DocumentReadException.Kind;
import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class Gpai4jJsonTest {
  private static final Gpai4jJson JSON = Gpai4jJson.strict();
  private static final String HEAD = "{\n  \"documentType\": \"model-documentation\",\n  \"schemaVersion\": \"1.0\",\n";

  private static DocumentReadException fails(String json) {
    return assertThrows(DocumentReadException.class, () -> JSON.read(json, ModelDocumentation.class));
  }

  private static ModelDocumentation sample() {
    return ModelDocumentation.builder()
        .lastUpdated(LocalDate.of(2026, 9, 15))
        .generalInformation(GeneralInformation.builder().providerLegalName("Aurora Lattice AI SE")
            .modelName(ModelName.of("Lattice-4", "Lattice-4-2026-03"))
            .modelDependencies(Applicable.notApplicable()).build())
        .computationalResources(ComputationalResources.builder()
            .trainingCompute(ComputeAmount.ofFlop("3.70e25")).build())
        .energy(Energy.builder().trainingEnergy(Applicable.of(EnergyAmount.ofMegawattHours("5.2e4"))).build())
        .build();
  }

  @Test
  void writes_then_reads_back_an_equal_document() throws Exception {
    ModelDocumentation doc = sample();
    assertEquals(doc, JSON.read(JSON.write(doc), ModelDocumentation.class));
  }

  @Test
  void keeps_the_significant_figures_of_a_quantity_through_a_round_trip() throws Exception {
    ModelDocumentation back = JSON.read(JSON.write(sample()), ModelDocumentation.class);
    assertEquals(3, back.computationalResources().trainingCompute().significantFigures());
  }

  @Test
  void writes_deterministically_with_iso_dates_and_a_final_newline() {
    String a = JSON.write(sample());
    assertEquals(a, JSON.write(sample()));
    assertTrue(a.contains("\"lastUpdated\" : \"2026-09-15\""), a);
    assertTrue(a.endsWith("}\n"));
    assertTrue(a.indexOf("\"documentType\"") < a.indexOf("\"generalInformation\""), "header first");
  }

  @Test
  void writes_not_applicable_as_the_text_n_a() {
    assertTrue(JSON.write(sample()).contains("\"modelDependencies\" : \"N/A\""));
  }

  @Test
  void reports_malformed_json_with_line_and_column() {
    DocumentReadException e = fails(HEAD + "  \"lastUpdated\": \"2026-01-01\",,\n}");
    assertEquals(Kind.MALFORMED_JSON, e.kind());
    assertEquals(4, e.line());
    assertTrue(e.column() > 0);
    assertTrue(e.getMessage().contains("line 4"), e.getMessage());
  }

  @Test
  void reports_a_wrong_type_with_its_pointer() {
    DocumentReadException e = fails(HEAD + "  \"generalInformation\": {\"providerLegalName\": {\"x\": 1}}\n}");
    assertEquals(Kind.WRONG_TYPE, e.kind());
    assertEquals("/generalInformation/providerLegalName", e.pointer());
    assertTrue(e.getMessage().contains("expected a string"), e.getMessage());
  }

  @Test
  void reports_an_unknown_property_by_default_naming_its_path() {
    DocumentReadException e = fails(HEAD + "  \"generalInformation\": {\"providerName\": \"X\"}\n}");
    assertEquals(Kind.UNKNOWN_PROPERTY, e.kind());
    assertEquals("/generalInformation/providerName", e.pointer());
    assertTrue(e.getMessage().contains("providerLegalName"), "lists the known properties: " + e.getMessage());
    assertEquals(4, e.line());
  }

  @Test
  void reports_an_unknown_enum_value_listing_the_allowed_ones() {
    DocumentReadException e = fails(HEAD + "  \"modelProperties\": {\"parameterRange\": \"P_2B\"}\n}");
    assertEquals(Kind.UNKNOWN_ENUM_VALUE, e.kind());
    assertEquals("/modelProperties/parameterRange", e.pointer());
    assertTrue(e.getMessage().contains("P_500M_5B"), e.getMessage());
  }

  @Test
  void reports_a_bad_date() {
    DocumentReadException e = fails(HEAD + "  \"lastUpdated\": \"15/09/2026\"\n}");
    assertEquals(Kind.BAD_DATE, e.kind());
    assertEquals("/lastUpdated", e.pointer());
    assertTrue(e.getMessage().contains("15/09/2026"), e.getMessage());
  }

  @Test
  void reports_a_negative_quantity_with_its_pointer() {
    DocumentReadException e = fails(HEAD + "  \"energy\": {\"inferenceCompute\": {\"flop\": -5.1E+17}}\n}");
    assertEquals(Kind.INVALID_VALUE, e.kind());
    assertEquals("/energy/inferenceCompute", e.pointer().substring(0, "/energy/inferenceCompute".length()));
    assertTrue(e.getMessage().contains("must not be negative"), e.getMessage());
  }

  @Test
  void reports_a_non_finite_quantity() {
    DocumentReadException e = fails(HEAD + "  \"energy\": {\"inferenceCompute\": {\"flop\": \"Infinity\"}}\n}");
    assertEquals(Kind.INVALID_VALUE, e.kind());
    assertEquals("/energy/inferenceCompute/flop", e.pointer());
    assertTrue(e.getMessage().contains("finite"), e.getMessage());
  }

  @Test
  void rejects_a_number_written_as_a_string() {
    DocumentReadException e = fails(HEAD + "  \"energy\": {\"inferenceCompute\": {\"flop\": \"5e17\"}}\n}");
    assertEquals(Kind.WRONG_TYPE, e.kind());
    assertEquals("/energy/inferenceCompute/flop", e.pointer());
  }

  @Test
  void rejects_another_document_type_before_binding() {
    DocumentReadException e = fails("{\"documentType\": \"model-profile\", \"schemaVersion\": \"1.0\"}");
    assertEquals(Kind.WRONG_DOCUMENT_TYPE, e.kind());
    assertEquals("/documentType", e.pointer());
    assertTrue(e.getMessage().contains("model-profile"), e.getMessage());
  }

  @Test
  void rejects_a_missing_document_type() {
    assertEquals(Kind.WRONG_DOCUMENT_TYPE, fails("{\"schemaVersion\": \"1.0\"}").kind());
  }

  @Test
  void rejects_an_unsupported_schema_version() {
    DocumentReadException e = fails("{\"documentType\": \"model-documentation\", \"schemaVersion\": \"9.9\"}");
    assertEquals(Kind.UNSUPPORTED_SCHEMA_VERSION, e.kind());
    assertTrue(e.getMessage().contains("1.0"), e.getMessage());
  }

  @Test
  void fails_deeply_nested_input_with_a_limit_error_not_a_stack_overflow() {
    String deep = "[".repeat(200_000) + "]".repeat(200_000);
    DocumentReadException e = assertThrows(DocumentReadException.class,
        () -> JSON.readLenient(HEAD + "  \"extra\": " + deep + "\n}", ModelDocumentation.class));
    assertEquals(Kind.LIMIT_EXCEEDED, e.kind());
  }

  @Test
  void fails_a_document_larger_than_the_limit_before_parsing_it() {
    Gpai4jJson small = JSON.withLimits(ReadLimits.DEFAULTS.withMaxDocumentBytes(1024));
    byte[] big = (HEAD + "  \"documentVersion\": \"" + "x".repeat(4096) + "\"\n}").getBytes(StandardCharsets.UTF_8);
    DocumentReadException e = assertThrows(DocumentReadException.class,
        () -> small.read(new ByteArrayInputStream(big), ModelDocumentation.class));
    assertEquals(Kind.LIMIT_EXCEEDED, e.kind());
  }

  @Test
  void fails_a_string_longer_than_the_limit() {
    Gpai4jJson small = JSON.withLimits(ReadLimits.DEFAULTS.withMaxStringLength(100));
    DocumentReadException e = assertThrows(DocumentReadException.class,
        () -> small.read(HEAD + "  \"documentVersion\": \"" + "x".repeat(500) + "\"\n}", ModelDocumentation.class));
    assertEquals(Kind.LIMIT_EXCEEDED, e.kind());
  }

  @Test
  void keeps_unknown_properties_in_lenient_mode_and_writes_them_back() throws Exception {
    String json = HEAD + "  \"generalInformation\": {\"providerLegalName\": \"X\", \"internalRef\": {\"ticket\": [7]}},"
        + "\n  \"x-review\": \"pending\"\n}";
    ReadResult<ModelDocumentation> r = JSON.readLenient(json, ModelDocumentation.class);
    assertEquals("X", r.value().generalInformation().providerLegalName());
    assertEquals(2, r.unknownProperties().size());
    assertEquals(7, r.unknownProperties().get("/generalInformation/internalRef").get("ticket").get(0).asInt());
    String written = JSON.write(r);
    ReadResult<ModelDocumentation> again = JSON.readLenient(written, ModelDocumentation.class);
    assertEquals(r.value(), again.value());
    assertEquals(r.unknownProperties(), again.unknownProperties());
  }

  @Test
  void reports_a_missing_file_as_an_io_error() {
    DocumentReadException e = assertThrows(DocumentReadException.class,
        () -> JSON.read(Path.of("does-not-exist.json"), ModelDocumentation.class));
    assertEquals(Kind.IO_ERROR, e.kind());
  }

  @Test
  void writes_to_and_reads_from_a_file(@TempDir Path dir) throws Exception {
    Path file = dir.resolve("doc.json");
    JSON.write(sample(), file);
    assertEquals(sample(), JSON.read(file, ModelDocumentation.class));
    assertTrue(Files.size(file) > 0);
  }

  @Test
  void rejects_a_property_given_twice_instead_of_keeping_only_the_last() {
    DocumentReadException e = fails(HEAD + "  \"documentVersion\": \"1\",\n  \"documentVersion\": \"2\"\n}");
    assertEquals(Kind.MALFORMED_JSON, e.kind());
    assertTrue(e.getMessage().contains("documentVersion"), e.getMessage());
    assertEquals(5, e.line());
  }

  @Test
  void rejects_null_inside_an_array_at_its_index() {
    DocumentReadException e = fails(HEAD + "  \"generalInformation\": {\"modelName\": {\"identifier\": \"m\","
        + " \"versions\": [\"v1\", null]}}\n}");
    assertEquals(Kind.WRONG_TYPE, e.kind());
    assertEquals("/generalInformation/modelName/versions/1", e.pointer());
  }

  /** An enum written as codes rather than constant names, as the taxonomy does. */
  enum Coded {
    ALPHA("x.alpha"), BETA("x.beta");

    private final String code;

    Coded(String code) {
      this.code = code;
    }

    @com.fasterxml.jackson.annotation.JsonValue
    public String code() {
      return code;
    }
  }

  /** A value holding a coded enum. */
  record Holder(Coded coded) {}

  @Test
  void lists_the_json_codes_of_an_enum_written_as_codes() {
    DocumentReadException e = assertThrows(DocumentReadException.class,
        () -> JSON.read("{\"coded\": \"x.gamma\"}", Holder.class));
    assertEquals(Kind.UNKNOWN_ENUM_VALUE, e.kind());
    assertTrue(e.getMessage().contains("x.alpha, x.beta"), e.getMessage());
  }

  @Test
  void rejects_null_at_the_top_level() {
    assertEquals(Kind.WRONG_TYPE, fails("null").kind());
  }

  @Test
  void rejects_trailing_content_after_the_document_as_malformed() {
    DocumentReadException e = fails(HEAD + "  \"documentVersion\": \"1\"\n} {}");
    assertEquals(Kind.MALFORMED_JSON, e.kind());
    assertTrue(e.getMessage().contains("after the end of the document"), e.getMessage());
  }

  @Test
  void keeps_unknown_properties_inside_records_at_their_own_pointer_even_before_known_ones() throws Exception {
    String json = HEAD + "  \"generalInformation\": {\"modelName\": {\"identifier\": \"X\", \"extra\": {\"a\": 1},"
        + " \"versions\": [\"v1\", \"v2\"]}},\n  \"modelProperties\": {\"inputMaximumSizes\": [{\"modality\": \"TEXT\","
        + " \"extra\": [2], \"size\": \"8 tokens\"}]}\n}";
    ReadResult<ModelDocumentation> r = JSON.readLenient(json, ModelDocumentation.class);
    assertEquals(java.util.Set.of("/generalInformation/modelName/extra", "/modelProperties/inputMaximumSizes/0/extra"),
        r.unknownProperties().keySet());
    ReadResult<ModelDocumentation> again = JSON.readLenient(JSON.write(r), ModelDocumentation.class);
    assertEquals(r.unknownProperties(), again.unknownProperties());
    assertEquals(r.value(), again.value());
  }

  @Test
  void reads_a_file_through_the_size_limit_even_when_its_size_is_unknown() {
    Gpai4jJson small = JSON.withLimits(ReadLimits.DEFAULTS.withMaxDocumentBytes(1 << 20));
    DocumentReadException e = assertThrows(DocumentReadException.class,
        () -> small.read(Path.of("/dev/zero"), ModelDocumentation.class));
    assertEquals(Kind.LIMIT_EXCEEDED, e.kind());
  }

  @Test
  void reports_a_header_of_the_wrong_type_as_such() {
    DocumentReadException e = fails("{\"documentType\": \"model-documentation\", \"schemaVersion\": 1.0}");
    assertEquals(Kind.WRONG_TYPE, e.kind());
    assertEquals("/schemaVersion", e.pointer());
    assertEquals(1, e.line());
  }
}
