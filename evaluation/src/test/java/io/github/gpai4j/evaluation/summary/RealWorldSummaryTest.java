package io.github.gpai4j.evaluation.summary;

import static org.junit.jupiter.api.Assertions.assertEquals;

import io.github.gpai4j.core.json.Gpai4jJson;
import io.github.gpai4j.core.summary.TrainingContentSummary;
import io.github.gpai4j.core.validation.Finding;
import io.github.gpai4j.core.validation.ValidationReport;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * A summary a provider published on the Commission's template (Art.&nbsp;53(1)(d)), transcribed in part: see
 * {@code real-world/training-content-summary/deepseek-v4-2026-08.md} for the source and what was read.
 */
class RealWorldSummaryTest {

  /** The pointers of what was transcribed: the header, sections 1.1 and 1.2. */
  private static final List<String> TRANSCRIBED = List.of("/summaryVersion", "/lastUpdated", "/provider", "/model");

  /**
   * The published summary leaves "Version of the Summary" empty; the template's header asks for it. Nothing else
   * in the transcribed part is reported.
   */
  @Test
  void the_published_summary_lacks_only_its_version_in_the_transcribed_part() throws Exception {
    Path file = Path.of(RealWorldSummaryTest.class.getResource(
        "/real-world/training-content-summary/deepseek-v4-2026-08.json").toURI());
    TrainingContentSummary summary = (TrainingContentSummary) Gpai4jJson.strict().readDocument(file);
    ValidationReport report = TrainingContentSummaryValidator.asOf(java.time.LocalDate.of(2026, 12, 1))
        .validate(summary);
    List<String> inTranscribedPart = report.findings().stream()
        .filter(f -> TRANSCRIBED.stream().anyMatch(p -> f.location().text().startsWith(p)))
        .map(f -> f.ruleId() + " " + f.location().text()).toList();
    assertEquals(List.of("TCS-REQ-0.1 /summaryVersion"), inTranscribedPart);
    assertEquals(List.of(), report.findings().stream().map(Finding::ruleId)
        .filter(id -> id.startsWith("TCS-CONS") || id.startsWith("TCS-1.3")).toList(),
        "the legible row of section 1.3 is sized and described");
  }
}
