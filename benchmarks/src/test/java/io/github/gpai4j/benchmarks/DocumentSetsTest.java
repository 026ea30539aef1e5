package io.github.gpai4j.benchmarks;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.github.gpai4j.core.json.DocumentReadException;
import io.github.gpai4j.core.json.Gpai4jJson;
import io.github.gpai4j.core.summary.TrainingContentSummary;
import io.github.gpai4j.core.validation.Severity;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * The documents the side-by-side benchmarks read: of the shape the issue asks for, the same bytes on every run, and
 * accepted by every path, so that no path is timed on an error branch. Nothing here is timed.
 */
class DocumentSetsTest {

  @Test
  void sets_s_m_and_l_hold_the_documents_the_report_prints() {
    assertEquals(List.of("S-sample", "S-generated"), DocumentSets.documentsOf("S"));
    assertEquals(List.of("M"), DocumentSets.documentsOf("M"));
    assertEquals(List.of("L"), DocumentSets.documentsOf("L"));
  }

  @Test
  void every_document_has_the_same_bytes_on_every_call() {
    for (String document : DocumentSets.ALL) {
      assertArrayEquals(DocumentSets.bytes(document), DocumentSets.bytes(document), document);
    }
  }

  @Test
  void m_and_l_list_statistics_for_one_and_ten_thousand_crawled_domains() throws DocumentReadException {
    assertEquals(1_000, crawledDomains("M"));
    assertEquals(10_000, crawledDomains("L"));
  }

  @Test
  void l_is_about_ten_times_the_size_of_m() {
    double ratio = (double) DocumentSets.bytes("L").length / DocumentSets.bytes("M").length;
    assertTrue(ratio > 8 && ratio < 11, "L / M = " + ratio);
  }

  @Test
  void every_path_accepts_every_document() throws DocumentReadException {
    for (String document : DocumentSets.ALL) {
      SideBySideBenchmark benchmark = new SideBySideBenchmark();
      benchmark.doc = document;
      benchmark.setUp(); // throws if the schema or the validator finds an error
      assertTrue(benchmark.tokenScan() > 10, document);
      assertTrue(benchmark.readTree().isObject(), document);
      assertEquals(0, benchmark.readAndValidate().count(Severity.ERROR), document);
      assertEquals(List.of(), benchmark.networknt(), document);
    }
  }

  private static int crawledDomains(String document) throws DocumentReadException {
    TrainingContentSummary summary = (TrainingContentSummary) Gpai4jJson.strict()
        .readDocument(new String(DocumentSets.bytes(document), java.nio.charset.StandardCharsets.UTF_8));
    return summary.dataSources().crawledData().domainStatistics().size();
  }
}
