package io.github.gpai4j.evaluation.report;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.github.gpai4j.core.Document;
import io.github.gpai4j.core.Recipient;
import io.github.gpai4j.core.json.Gpai4jJson;
import io.github.gpai4j.core.validation.ValidationOptions;
import io.github.gpai4j.core.validation.ValidationReport;
import io.github.gpai4j.evaluation.form.CompletenessScore;
import io.github.gpai4j.evaluation.registry.DocumentValidators;
import java.math.BigDecimal;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * Completeness per recipient (the items of Annex XI that go to the AI Office and national competent authorities under
 * Art.&nbsp;53(1)(a), of Annex XII that go to downstream providers under Art.&nbsp;53(1)(b)) as JSON next to the
 * validation report.
 */
class ReportJsonTest {

  private static final JsonMapper MAPPER = JsonMapper.builder().build();

  private static Document missingProviderName() throws Exception {
    return Gpai4jJson.strict().readDocument(Path.of(
        "src/test/resources/conformance/model-documentation/cop-final-2025-07/invalid-MDF-REQ-1.1--missing.json"));
  }

  @Test
  void scores_every_recipient_of_the_form_in_recipient_order() throws Exception {
    List<CompletenessScore> scores = ReportJson.completeness(missingProviderName());
    assertEquals(List.copyOf(Recipient.handedOver()), scores.stream().map(CompletenessScore::recipient).toList(),
        "the Model Documentation Form routes nothing to the public");
    for (CompletenessScore s : scores) {
      assertEquals(List.of("MDF-1.1"), s.missingIds());
    }
  }

  @Test
  void writes_filled_required_ratio_and_missing_ids_per_recipient() throws Exception {
    List<CompletenessScore> scores = ReportJson.completeness(missingProviderName());
    JsonNode array = MAPPER.readTree(CompletenessScore.toJson(scores));
    assertEquals(3, array.size());
    JsonNode aio = array.get(0);
    CompletenessScore s = scores.get(0);
    assertEquals("AI_OFFICE", aio.get("recipient").asString());
    assertEquals(s.filled(), aio.get("filled").asInt());
    assertEquals(s.required(), aio.get("required").asInt());
    assertEquals(s.ratioDecimal(), aio.get("ratio").decimalValue());
    assertFalse(aio.get("complete").asBoolean());
    assertEquals("MDF-1.1", aio.get("missingItems").get(0).asString());
    assertEquals(MAPPER.readTree(s.toJson()), aio);
  }

  @Test
  void rounds_the_ratio_to_four_places_without_trailing_zeros() {
    assertEquals(new BigDecimal("0.6667"), new CompletenessScore(Recipient.AI_OFFICE, 2, 3, List.of(
        io.github.gpai4j.core.form.DocumentTypes.forClass(io.github.gpai4j.core.documentation.ModelDocumentation.class)
            .form().table().item("MDF-1.1"))).ratioDecimal());
    assertEquals("1", new CompletenessScore(Recipient.AI_OFFICE, 0, 0, List.of()).ratioDecimal().toPlainString());
    assertEquals("[]", CompletenessScore.toJson(List.of()));
  }

  @Test
  void puts_the_unchanged_report_next_to_the_scores() throws Exception {
    Document doc = missingProviderName();
    ValidationReport report = DocumentValidators.validate(doc, ValidationOptions.defaults());
    List<CompletenessScore> scores = ReportJson.completeness(doc);
    String json = ReportJson.toJson(report, scores, Locale.ENGLISH);
    JsonNode both = MAPPER.readTree(json);
    assertEquals(MAPPER.readTree(report.toJson(Locale.ENGLISH)), both.get("report"));
    assertEquals(MAPPER.readTree(CompletenessScore.toJson(scores)), both.get("completeness"));
    assertTrue(json.startsWith("{\n  \"report\": {\n    \"valid\": false,"), json);
    assertEquals(json, ReportJson.toJson(report, scores, Locale.ENGLISH));
  }
}
