package io.github.gpai4j.taxonomy.incident;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.github.gpai4j.core.Document;
import io.github.gpai4j.core.form.DocumentType;
import io.github.gpai4j.core.form.DocumentTypes;
import io.github.gpai4j.core.json.DocumentReadException;
import io.github.gpai4j.core.json.Gpai4jJson;
import io.github.gpai4j.taxonomy.JsonRoundTrip;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import org.junit.jupiter.api.Test;

/** The serious-incident report reads and writes as a registered document, and its bundled sample round-trips. */
class SeriousIncidentReportJsonTest {

  private static String sample() throws IOException {
    DocumentType<?> type = DocumentTypes.forClass(SeriousIncidentReport.class);
    try (InputStream in = type.openSample(type.samples().get(0))) {
      return new String(in.readAllBytes(), StandardCharsets.UTF_8);
    }
  }

  /** The bundled sample reads through the registry as a serious-incident report and writes back equal. */
  @Test
  void the_bundled_sample_round_trips_through_the_registry() throws Exception {
    Document doc = Gpai4jJson.strict().readDocument(sample());
    SeriousIncidentReport report = assertInstanceOf(SeriousIncidentReport.class, doc);
    assertEquals(LocalDate.of(2026, 5, 11), report.awareOfModelInvolvementOn());
    assertEquals(3, report.submissions().size());
    assertEquals(report, JsonRoundTrip.of(report, SeriousIncidentReport.class));
    assertTrue(JsonRoundTrip.write(report).contains("\"documentType\" : \"serious-incident-report\""));
  }

  /** An empty draft is a legal value and round-trips. */
  @Test
  void an_empty_draft_round_trips() throws Exception {
    SeriousIncidentReport draft = SeriousIncidentReport.builder().build();
    assertEquals(draft, JsonRoundTrip.of(draft, SeriousIncidentReport.class));
  }

  /** An unknown property is an error, not silently dropped. */
  @Test
  void an_unknown_property_is_an_error() {
    assertThrows(DocumentReadException.class, () -> Gpai4jJson.strict().readDocument(
        "{\"documentType\":\"serious-incident-report\",\"schemaVersion\":\"1.0\",\"severity2\":\"DEATH\"}"));
  }

  /** Submissions are ordered by day and the first of each kind is found. */
  @Test
  void submissions_are_ordered_by_day() {
    SeriousIncidentReport r = SeriousIncidentReport.builder()
        .addSubmissions(ReportSubmission.of(IncidentReportKind.INTERMEDIATE, LocalDate.of(2026, 6, 1)))
        .addSubmissions(ReportSubmission.of(IncidentReportKind.INITIAL, LocalDate.of(2026, 5, 1)))
        .build();
    assertEquals(IncidentReportKind.INITIAL, r.submissionsInOrder().get(0).kind());
    assertEquals(LocalDate.of(2026, 6, 1), r.first(IncidentReportKind.INTERMEDIATE).orElseThrow().submittedOn());
  }
}
