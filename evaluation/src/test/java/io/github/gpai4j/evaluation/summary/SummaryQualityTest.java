package io.github.gpai4j.evaluation.summary;

import static org.junit.jupiter.api.Assertions.assertEquals;

import io.github.gpai4j.core.form.DocumentType;
import io.github.gpai4j.core.form.DocumentTypes;
import io.github.gpai4j.core.json.Gpai4jJson;
import io.github.gpai4j.core.summary.TrainingContentSummary;
import java.io.InputStream;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * The summary is to be "sufficiently detailed" (Art.&nbsp;53(1)(d)); the quality score counts the machine-checkable
 * marks of a specific summary, each point traceable to its check, next to completeness.
 */
class SummaryQualityTest {

  private static TrainingContentSummary sample(String name) throws Exception {
    DocumentType<TrainingContentSummary> type = DocumentTypes.forClass(TrainingContentSummary.class);
    try (InputStream in = type.openSample(name)) {
      return type.cast(Gpai4jJson.strict().readDocument(in, false).value());
    }
  }

  @Test
  void the_complete_sample_misses_only_the_sizes_of_its_public_datasets() throws Exception {
    SummaryQuality q = SummaryQuality.of(sample("training-content-summary-complete.json"));
    assertEquals(List.of(QualityCheck.SIZED_PUBLIC_DATASETS), q.missed());
    assertEquals(17, q.possible());
    assertEquals(16, q.earned());
    assertEquals(new SummaryQuality.SectionScore(2, 3), q.bySection().get(QualityCheck.Section.PUBLIC_DATASETS));
    assertEquals(1.0, q.completeness().ratio());
  }

  /** A source not used adds no applicable check: the draft crawls but names no period, list or purposes. */
  @Test
  void the_draft_earns_little_and_is_incomplete() throws Exception {
    SummaryQuality q = SummaryQuality.of(sample("training-content-summary-draft.json"));
    assertEquals(0, q.earned(), q.missed().toString()); // a version without the date of the last update misses too
    assertEquals(10, q.possible());
    assertEquals(List.of(QualityCheck.CRAWLER_PURPOSES, QualityCheck.CRAWL_PERIOD,
        QualityCheck.DOMAIN_LIST_MEETS_RULE, QualityCheck.SIZED_DOMAINS, QualityCheck.ROBOTS_TXT_NAMED),
        q.points().stream().filter(p -> p.check().section() == QualityCheck.Section.CRAWLED_DATA)
            .map(SummaryQuality.Point::check).toList());
  }
}
