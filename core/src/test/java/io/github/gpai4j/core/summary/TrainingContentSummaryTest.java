package io.github.gpai4j.core.summary;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.github.gpai4j.core.Recipient;
import io.github.gpai4j.core.form.DocumentType;
import io.github.gpai4j.core.form.DocumentTypes;
import io.github.gpai4j.core.form.FormItem;
import io.github.gpai4j.core.json.Gpai4jJson;
import java.io.InputStream;
import java.time.YearMonth;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;

/**
 * The public summary of training content as a document type: Art.&nbsp;53(1)(d) asks providers to "draw up and make
 * publicly available a sufficiently detailed summary about the content used for training", on the AI Office's
 * template.
 */
class TrainingContentSummaryTest {

  private static final Gpai4jJson JSON = Gpai4jJson.strict();

  private static TrainingContentSummary sample(String name) throws Exception {
    DocumentType<TrainingContentSummary> type = DocumentTypes.forClass(TrainingContentSummary.class);
    try (InputStream in = type.openSample(name)) {
      return type.cast(JSON.readDocument(in, false).value());
    }
  }

  @Test
  void the_summary_is_registered_with_its_template_as_the_default_version() {
    DocumentType<?> type = DocumentTypes.find(TrainingContentSummary.DOCUMENT_TYPE, null).orElseThrow();
    assertEquals(TrainingContentSummary.class, type.javaType());
    assertEquals(TrainingContentSummaries.TEMPLATE, type.form());
  }

  @Test
  void every_item_of_the_template_goes_to_the_public_and_only_to_it() {
    for (FormItem item : TrainingContentSummaries.TEMPLATE.table().items()) {
      assertEquals(Set.of(Recipient.PUBLIC), item.recipients(), item.id());
    }
    assertEquals(Set.of(Recipient.PUBLIC), TrainingContentSummaries.TEMPLATE.table().recipients());
  }

  @Test
  void the_complete_sample_round_trips_through_json() throws Exception {
    TrainingContentSummary summary = sample("training-content-summary-complete.json");
    assertEquals(summary, JSON.readDocument(JSON.write(summary)));
    assertEquals(YearMonth.of(2026, 6), summary.trainingData().latestAcquisition());
    assertEquals(20, summary.dataSources().crawledData().domainStatistics().size());
  }

  @Test
  void an_empty_summary_is_a_legal_draft_that_round_trips() throws Exception {
    TrainingContentSummary empty = TrainingContentSummary.builder().build();
    assertEquals(empty, JSON.read(JSON.write(empty), TrainingContentSummary.class));
    assertEquals(TrainingContentSummaries.TEMPLATE.table().items(),
        TrainingContentSummaries.TEMPLATE.missing(empty, Recipient.PUBLIC), "an empty summary answers nothing");
  }

  @Test
  void the_complete_sample_answers_every_item_the_template_asks() throws Exception {
    TrainingContentSummary summary = sample("training-content-summary-complete.json");
    assertEquals(List.of(), TrainingContentSummaries.TEMPLATE.missing(summary, Recipient.PUBLIC));
  }

  @Test
  void a_follow_up_item_is_not_asked_when_its_question_is_answered_no() throws Exception {
    TrainingContentSummary summary = sample("training-content-summary-complete.json");
    assertFalse(TrainingContentSummaries.isAsked("TCS-2.2.2c", summary), "private datasets: no");
    assertTrue(TrainingContentSummaries.isAsked("TCS-2.3g", summary), "crawled: yes");
    assertFalse(TrainingContentSummaries.isAsked("TCS-1.1b", summary), "provider in the Union");
    TrainingContentSummary unanswered = TrainingContentSummary.builder().build();
    assertTrue(TrainingContentSummaries.isAsked("TCS-2.3g", unanswered), "an unanswered question asks on");
  }

  @Test
  void metadata_items_of_handed_over_documentation_do_not_reach_the_public() {
    FormItem header = io.github.gpai4j.core.documentation.ModelDocumentationForms.FINAL.table().item("MDF-0.1");
    assertFalse(header.isFor(Recipient.PUBLIC));
    assertEquals(Recipient.handedOver(), header.recipients());
  }
}
