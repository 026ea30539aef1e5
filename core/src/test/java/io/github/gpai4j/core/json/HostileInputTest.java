package io.github.gpai4j.core.json;

import static org.junit.jupiter.api.Assertions.assertDoesNotThrow;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.github.gpai4j.core.Applicable;
import io.github.gpai4j.core.ComputeAmount;
import io.github.gpai4j.core.documentation.ComputationalResources;
import io.github.gpai4j.core.documentation.GeneralInformation;
import io.github.gpai4j.core.documentation.ModelDocumentation;
import io.github.gpai4j.core.documentation.ModelName;
import io.github.gpai4j.core.json.DocumentReadException.Kind;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import tools.jackson.databind.node.JsonNodeFactory;

/**
 * Hostile and borderline input: every refusal is a located {@link DocumentReadException}, and a document that
 * the codec writes is one it reads back.
 */
class HostileInputTest {
  private static final Gpai4jJson JSON = Gpai4jJson.strict();
  private static final String HEAD = "{\n  \"documentType\": \"model-documentation\",\n  \"schemaVersion\": \"1.0\",\n";

  private static DocumentReadException strict(String body) {
    return assertThrows(DocumentReadException.class,
        () -> JSON.read(HEAD + body + "\n}", ModelDocumentation.class));
  }

  private static DocumentReadException lenient(String body) {
    return assertThrows(DocumentReadException.class,
        () -> JSON.readLenient(HEAD + body + "\n}", ModelDocumentation.class));
  }

  private static void assertLocated(DocumentReadException e, Kind kind, String pointer, int line, int column) {
    assertEquals(kind, e.kind(), e.getMessage());
    assertEquals(pointer, e.pointer(), e.getMessage());
    assertEquals(line, e.line(), e.getMessage());
    assertEquals(column, e.column(), e.getMessage());
  }

  private static ModelDocumentation sample() {
    return ModelDocumentation.builder()
        .lastUpdated(LocalDate.of(2026, 9, 15))
        .generalInformation(GeneralInformation.builder().providerLegalName("Aurora Lattice AI SE")
            .modelName(ModelName.of("Lattice-4", "Lattice-4-2026-03"))
            .modelDependencies(Applicable.notApplicable()).build())
        .computationalResources(ComputationalResources.builder()
            .trainingCompute(ComputeAmount.ofFlop("3.70e25")).build())
        .build();
  }

  // --- dates: exactly YYYY-MM-DD, 1900-01-01 to 9999-12-31 -------------------------------------------------------

  @Test
  void a_far_future_date_is_a_located_bad_date_in_strict_and_lenient_reading() {
    assertLocated(strict("  \"lastUpdated\": \"+999999990-01-01\""), Kind.BAD_DATE, "/lastUpdated", 4, 18);
    DocumentReadException e = lenient("  \"lastUpdated\": \"+999999990-01-01\"");
    assertLocated(e, Kind.BAD_DATE, "/lastUpdated", 4, 18);
    assertTrue(e.getMessage().contains("1900-01-01 and 9999-12-31"), e.getMessage());
  }

  @Test
  void a_date_before_1900_is_a_bad_date() {
    assertLocated(strict("  \"lastUpdated\": \"1899-12-31\""), Kind.BAD_DATE, "/lastUpdated", 4, 18);
  }

  @Test
  void the_first_and_last_supported_dates_are_read() throws Exception {
    assertEquals(LocalDate.of(1900, 1, 1),
        JSON.read(HEAD + "  \"lastUpdated\": \"1900-01-01\"\n}", ModelDocumentation.class).lastUpdated());
    assertEquals(LocalDate.of(9999, 12, 31),
        JSON.read(HEAD + "  \"lastUpdated\": \"9999-12-31\"\n}", ModelDocumentation.class).lastUpdated());
  }

  @Test
  void a_day_that_does_not_exist_is_a_bad_date() {
    DocumentReadException e = strict("  \"lastUpdated\": \"2025-02-29\"");
    assertLocated(e, Kind.BAD_DATE, "/lastUpdated", 4, 18);
    assertTrue(e.getMessage().contains("no such day"), e.getMessage());
  }

  @Test
  void a_date_time_is_not_a_date() {
    assertLocated(strict("  \"lastUpdated\": \"2025-08-02T10:00:00Z\""), Kind.BAD_DATE, "/lastUpdated", 4, 18);
  }

  @Test
  void an_array_of_numbers_is_not_a_date() {
    assertLocated(strict("  \"lastUpdated\": [2025, 8, 2]"), Kind.BAD_DATE, "/lastUpdated", 4, 18);
  }

  @Test
  void a_date_with_spaces_around_it_is_not_a_date() {
    assertLocated(strict("  \"lastUpdated\": \" 2025-08-02 \""), Kind.BAD_DATE, "/lastUpdated", 4, 18);
  }

  @Test
  void strict_and_lenient_reading_agree_that_an_empty_array_is_not_a_date() {
    DocumentReadException s = strict("  \"lastUpdated\": []");
    DocumentReadException l = lenient("  \"lastUpdated\": []");
    assertLocated(s, Kind.BAD_DATE, "/lastUpdated", 4, 18);
    assertEquals(s.getMessage(), l.getMessage());
  }

  @Test
  void writing_a_date_the_reader_would_refuse_is_refused_before_anything_is_written(@TempDir Path dir)
      throws Exception {
    ModelDocumentation far = ModelDocumentation.builder().lastUpdated(LocalDate.of(10_000, 1, 1)).build();
    IllegalArgumentException e = assertThrows(IllegalArgumentException.class, () -> JSON.write(far));
    assertTrue(e.getMessage().contains("/lastUpdated"), e.getMessage());
    Path file = dir.resolve("doc.json");
    Files.writeString(file, "before");
    assertThrows(IllegalArgumentException.class, () -> JSON.write(far, file));
    assertEquals("before", Files.readString(file));
  }

  /** A computed value that is not a document, as a deadline in an obligation schedule is. */
  record Deadline(LocalDate due) {}

  @Test
  void a_computed_date_beyond_9999_in_a_value_that_is_not_a_document_is_written_with_an_expanded_year() {
    assertTrue(JSON.write(new Deadline(LocalDate.of(10_000, 1, 13))).contains("\"+10000-01-13\""));
  }

  // --- strings are strings, whole numbers are whole ---------------------------------------------------------------

  @Test
  void true_is_not_a_string() {
    assertLocated(strict("  \"documentVersion\": true"), Kind.WRONG_TYPE, "/documentVersion", 4, 22);
  }

  @Test
  void a_number_is_not_a_string() {
    DocumentReadException e = strict("  \"documentVersion\": 12345");
    assertLocated(e, Kind.WRONG_TYPE, "/documentVersion", 4, 22);
    assertTrue(e.getMessage().contains("expected a string"), e.getMessage());
  }

  /** A value holding a whole number, as the model profile's user counts are. */
  record Users(Long users) {}

  @Test
  void a_fraction_is_not_a_whole_number() {
    DocumentReadException e = assertThrows(DocumentReadException.class,
        () -> JSON.read("{\"users\": 12500.9}", Users.class));
    assertLocated(e, Kind.WRONG_TYPE, "/users", 1, 11);
    assertTrue(e.getMessage().contains("whole number"), e.getMessage());
  }

  @Test
  void a_whole_number_is_read_as_one() throws Exception {
    assertEquals(12500L, JSON.read("{\"users\": 12500}", Users.class).users());
  }

  // --- unpaired surrogates ---------------------------------------------------------------------------------------

  /** RFC 8259 section 8.2: a string holding an unpaired surrogate has unpredictable meaning; it is refused. */
  @Test
  void an_escaped_unpaired_surrogate_is_refused_where_it_stands() {
    DocumentReadException e = strict("  \"documentVersion\": \"A\\ud800B\"");
    assertLocated(e, Kind.MALFORMED_JSON, "/documentVersion", 4, 22);
    assertTrue(e.getMessage().contains("unpaired surrogate"), e.getMessage());
  }

  @Test
  void an_escaped_unpaired_low_surrogate_inside_an_unknown_property_is_refused_in_lenient_reading() {
    DocumentReadException e = lenient("  \"x-extra\": {\"notes\": [\"ok\", \"A\\udc00\"]}");
    assertLocated(e, Kind.MALFORMED_JSON, "/x-extra/notes/1", 4, 31);
  }

  @Test
  void a_raw_encoded_surrogate_is_refused_where_it_stands() {
    byte[] bytes = (HEAD + "  \"documentVersion\": \"A###B\"\n}").getBytes(StandardCharsets.UTF_8);
    int at = new String(bytes, StandardCharsets.ISO_8859_1).indexOf("###");
    bytes[at] = (byte) 0xED; // the UTF-8 form of U+D800, which UTF-8 forbids
    bytes[at + 1] = (byte) 0xA0;
    bytes[at + 2] = (byte) 0x80;
    DocumentReadException e = assertThrows(DocumentReadException.class,
        () -> JSON.read(new ByteArrayInputStream(bytes), ModelDocumentation.class));
    assertEquals(Kind.MALFORMED_JSON, e.kind());
    assertEquals("/documentVersion", e.pointer());
    assertEquals(4, e.line());
  }

  @Test
  void a_surrogate_pair_is_read_as_the_character_it_encodes() throws Exception {
    assertEquals("A\uD83D\uDE00B", JSON.read(HEAD + "  \"documentVersion\": \"A\\ud83d\\ude00B\"\n}",
        ModelDocumentation.class).documentVersion());
  }

  @Test
  void writing_an_unpaired_surrogate_is_refused_with_its_pointer() {
    ModelDocumentation doc = ModelDocumentation.builder().documentVersion("A\uD800B").build();
    IllegalArgumentException e = assertThrows(IllegalArgumentException.class, () -> JSON.write(doc));
    assertTrue(e.getMessage().contains("/documentVersion"), e.getMessage());
  }

  // --- write never produces what read refuses ----------------------------------------------------------------------

  /** Indentation makes a document larger than its content; the writer counts it and refuses, naming the limit. */
  @Test
  void a_document_that_indentation_makes_larger_than_the_read_limit_is_refused_before_writing() {
    String text = JSON.write(sample());
    int size = text.getBytes(StandardCharsets.UTF_8).length;
    Gpai4jJson small = JSON.withLimits(ReadLimits.DEFAULTS.withMaxDocumentBytes(size - 1));
    IllegalArgumentException e = assertThrows(IllegalArgumentException.class, () -> small.write(sample()));
    assertTrue(e.getMessage().contains(size + " bytes"), e.getMessage());
    assertTrue(e.getMessage().contains("maxDocumentBytes"), e.getMessage());
    Gpai4jJson exact = JSON.withLimits(ReadLimits.DEFAULTS.withMaxDocumentBytes(size));
    assertEquals(text, exact.write(sample()));
  }

  @Test
  void a_string_longer_than_the_read_limit_is_refused_before_writing() {
    Gpai4jJson small = JSON.withLimits(ReadLimits.DEFAULTS.withMaxStringLength(40));
    IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
        () -> small.write(ModelDocumentation.builder().documentVersion("x".repeat(41)).build()));
    assertTrue(e.getMessage().contains("/documentVersion"), e.getMessage());
  }

  @Test
  void nothing_is_written_to_a_stream_when_the_value_is_refused() {
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    ModelDocumentation doc = ModelDocumentation.builder().documentVersion("A\uDC00").build();
    assertThrows(IllegalArgumentException.class, () -> JSON.write(doc, out));
    assertEquals(0, out.size());
  }

  /** A value whose property cannot be read. */
  public static final class Broken {
    /**
     * Fails.
     *
     * @return never
     */
    public String getValue() {
      throw new IllegalStateException("broken on purpose");
    }
  }

  @Test
  void a_value_jackson_cannot_write_fails_with_an_illegal_argument_not_a_jackson_exception() {
    IllegalArgumentException e = assertThrows(IllegalArgumentException.class, () -> JSON.write(new Broken()));
    assertTrue(e.getMessage().startsWith("Cannot write the value at /value"), e.getMessage());
    assertTrue(e.getMessage().contains("broken on purpose"), e.getMessage());
    ModelDocumentation far = ModelDocumentation.builder().lastUpdated(LocalDate.of(1899, 12, 31)).build();
    assertThrows(IllegalArgumentException.class, () -> JSON.toTree(far));
  }

  // --- write(ReadResult) checks its pointers ----------------------------------------------------------------------

  @Test
  void a_read_result_refuses_a_key_that_is_not_a_json_pointer() {
    var node = JsonNodeFactory.instance.stringNode("x");
    assertThrows(IllegalArgumentException.class, () -> new ReadResult<>(sample(), Map.of("extra", node)));
    assertThrows(IllegalArgumentException.class, () -> new ReadResult<>(sample(), Map.of("", node)));
    assertThrows(IllegalArgumentException.class, () -> new ReadResult<>(sample(), Map.of("/a~2", node)));
  }

  @Test
  void writing_a_read_result_refuses_to_overwrite_a_known_property() {
    var r = new ReadResult<>(sample(), Map.of("/lastUpdated", JsonNodeFactory.instance.stringNode("x")));
    IllegalArgumentException e = assertThrows(IllegalArgumentException.class, () -> JSON.write(r));
    assertTrue(e.getMessage().contains("/lastUpdated"), e.getMessage());
  }

  @Test
  void writing_a_read_result_refuses_an_index_beyond_an_array() {
    var r = new ReadResult<>(sample(), Map.of("/generalInformation/modelName/versions/99999999999/x",
        JsonNodeFactory.instance.stringNode("x")));
    IllegalArgumentException e = assertThrows(IllegalArgumentException.class, () -> JSON.write(r));
    assertTrue(e.getMessage().contains("no element"), e.getMessage());
  }

  @Test
  void a_read_result_with_a_well_formed_pointer_is_written_back() throws Exception {
    var r = new ReadResult<>(sample(), Map.of("/generalInformation/a~1b~0c", JsonNodeFactory.instance.stringNode("x")));
    ReadResult<ModelDocumentation> back = JSON.readLenient(JSON.write(r), ModelDocumentation.class);
    assertEquals(r.unknownProperties(), back.unknownProperties());
  }

  // --- limits: stable messages, located, never a StackOverflowError ---------------------------------------------

  @Test
  void the_message_of_an_exceeded_string_limit_does_not_depend_on_how_much_was_buffered() {
    Gpai4jJson small = JSON.withLimits(ReadLimits.DEFAULTS.withMaxStringLength(1000));
    String a = assertThrows(DocumentReadException.class, () -> small.read(HEAD + "  \"documentVersion\": \""
        + "x".repeat(1001) + "\"\n}", ModelDocumentation.class)).getMessage();
    String b = assertThrows(DocumentReadException.class, () -> small.read(new ByteArrayInputStream((HEAD
        + "  \"documentVersion\": \"" + "x".repeat(70_000) + "\"\n}").getBytes(StandardCharsets.UTF_8)),
        ModelDocumentation.class)).getMessage();
    assertEquals(a, b);
    assertTrue(a.contains("longer than 1000 characters"), a);
    assertTrue(a.contains("/documentVersion, line 4, column 22"), a);
  }

  @Test
  void the_message_of_an_exceeded_document_size_names_only_the_limit() {
    Gpai4jJson small = JSON.withLimits(ReadLimits.DEFAULTS.withMaxDocumentBytes(1024));
    byte[] twice = ("x".repeat(5000)).getBytes(StandardCharsets.UTF_8);
    byte[] thrice = ("x".repeat(50_000)).getBytes(StandardCharsets.UTF_8);
    String a = assertThrows(DocumentReadException.class,
        () -> small.read(new ByteArrayInputStream(twice), ModelDocumentation.class)).getMessage();
    String b = assertThrows(DocumentReadException.class,
        () -> small.read(new ByteArrayInputStream(thrice), ModelDocumentation.class)).getMessage();
    assertEquals(a, b);
  }

  @Test
  void too_deep_nesting_is_located_at_the_level_that_exceeds_the_limit() {
    DocumentReadException e = lenient("  \"x\": " + "[".repeat(100) + "]".repeat(100));
    assertEquals(Kind.LIMIT_EXCEEDED, e.kind());
    assertEquals(4, e.line());
    assertTrue(e.pointer().startsWith("/x/0/0"), e.pointer());
  }

  @Test
  void with_raised_limits_deep_unknown_values_are_read_leniently_and_written_back() throws Exception {
    Gpai4jJson deep = JSON.withLimits(ReadLimits.DEFAULTS.withMaxNestingDepth(10_000));
    String nested = "[".repeat(5000) + "]".repeat(5000);
    ReadResult<ModelDocumentation> r = deep.readLenient(HEAD + "  \"x\": " + nested + "\n}",
        ModelDocumentation.class);
    assertTrue(r.hasUnknownProperties());
    assertTrue(deep.readLenient(deep.write(r), ModelDocumentation.class).hasUnknownProperties());
    assertThrows(IllegalArgumentException.class, () -> JSON.write(r), "the default limits refuse to write it");
  }

  @Test
  void with_very_high_limits_no_stack_overflow_escapes_lenient_reading_or_writing() {
    Gpai4jJson deep = JSON.withLimits(ReadLimits.DEFAULTS.withMaxNestingDepth(Integer.MAX_VALUE));
    String nested = "[".repeat(300_000) + "]".repeat(300_000);
    ReadResult<ModelDocumentation> r;
    try {
      r = deep.readLenient(HEAD + "  \"x\": " + nested + "\n}", ModelDocumentation.class);
    } catch (DocumentReadException e) {
      assertEquals(Kind.LIMIT_EXCEEDED, e.kind());
      return;
    }
    try {
      deep.write(r);
    } catch (IllegalArgumentException e) {
      assertTrue(e.getMessage().startsWith("Cannot write the value"), e.getMessage());
    }
  }

  // --- empty input --------------------------------------------------------------------------------------------------

  @Test
  void an_empty_input_is_malformed_json_not_a_wrong_type() {
    DocumentReadException e = assertThrows(DocumentReadException.class,
        () -> JSON.read(new ByteArrayInputStream(new byte[0]), ModelDocumentation.class));
    assertLocated(e, Kind.MALFORMED_JSON, "", 1, 1);
    assertTrue(e.getMessage().contains("empty"), e.getMessage());
  }

  @Test
  void an_input_of_only_white_space_is_empty(@TempDir Path dir) throws Exception {
    Path file = dir.resolve("blank.json");
    Files.writeString(file, " \n\t\n");
    assertEquals(Kind.MALFORMED_JSON, assertThrows(DocumentReadException.class,
        () -> JSON.readLenient(file, ModelDocumentation.class)).kind());
    assertEquals(Kind.MALFORMED_JSON, assertThrows(DocumentReadException.class,
        () -> JSON.read("", Users.class)).kind());
  }

  @Test
  void null_at_the_top_level_is_located_where_it_stands() {
    DocumentReadException e = assertThrows(DocumentReadException.class, () -> JSON.read("\n\n  null", Users.class));
    assertLocated(e, Kind.WRONG_TYPE, "", 3, 3);
  }

  // --- nothing else breaks ---------------------------------------------------------------------------------------

  @Test
  void a_valid_document_still_round_trips_with_every_check_in_place() throws Exception {
    String text = JSON.write(sample());
    assertEquals(sample(), JSON.read(text, ModelDocumentation.class));
    ReadResult<ModelDocumentation> r = JSON.readLenient(text, ModelDocumentation.class);
    assertFalse(r.hasUnknownProperties());
    assertEquals(text, JSON.write(r));
    assertDoesNotThrow(() -> JSON.fromTree(JSON.toTree(sample()), ModelDocumentation.class));
  }

  @Test
  void binding_a_tree_refuses_an_unpaired_surrogate_too() {
    var tree = (tools.jackson.databind.node.ObjectNode) JSON.toTree(sample());
    tree.put("documentVersion", "A\uD800");
    DocumentReadException e = assertThrows(DocumentReadException.class,
        () -> JSON.fromTree(tree, ModelDocumentation.class));
    assertEquals(Kind.MALFORMED_JSON, e.kind());
    assertEquals("/documentVersion", e.pointer());
  }
}
