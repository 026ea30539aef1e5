package io.github.gpai4j.core.summary.properties;

import static org.junit.jupiter.api.Assertions.assertEquals;

import io.github.gpai4j.core.Recipient;
import io.github.gpai4j.core.json.Gpai4jJson;
import io.github.gpai4j.core.summary.TrainingContentSummaries;
import io.github.gpai4j.core.summary.TrainingContentSummary;
import io.github.gpai4j.testkit.Property;
import io.github.gpai4j.testkit.domain.SummaryGens;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * Properties of the public summary of training content (module {@code gpai4j-core}): what the generators build is
 * read back unchanged and answers every item the template asks (Art.&nbsp;53(1)(d): a summary "according to a
 * template provided by the AI Office").
 */
class SummaryJsonProperties {

  private static final Gpai4jJson JSON = Gpai4jJson.strict();

  /** A generated summary survives JSON unchanged, as a typed read and through the registry. */
  @Test
  void generated_summaries_round_trip_through_json() {
    Property.forAll(SummaryGens.validTrainingContentSummary()).withTries(100).checkAssert(summary -> {
      String text = JSON.write(summary);
      assertEquals(summary, JSON.read(text, TrainingContentSummary.class));
      assertEquals(summary, JSON.readDocument(text));
    });
  }

  /** A generated summary answers every item the template asks of it. */
  @Test
  void generated_summaries_answer_every_item_the_template_asks() {
    Property.forAll(SummaryGens.validTrainingContentSummary()).withTries(100).checkAssert(summary ->
        assertEquals(List.of(), TrainingContentSummaries.TEMPLATE.missing(summary, Recipient.PUBLIC)));
  }

  /** A summary built for a scale test has the domain statistics and exactly the top list asked for. */
  @Test
  void a_summary_with_a_thousand_crawled_domains_lists_the_top_hundred() {
    TrainingContentSummary summary = SummaryGens.withCrawledDomains(1_000, false);
    assertEquals(1_000, summary.dataSources().crawledData().domainStatistics().size());
    assertEquals(100, summary.dataSources().crawledData().topDomains().size());
    assertEquals(50, SummaryGens.withCrawledDomains(1_000, true).dataSources().crawledData().topDomains().size());
  }
}
