package io.github.gpai4j.examples;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.github.gpai4j.core.Recipient;
import io.github.gpai4j.core.documentation.MdfItem;
import io.github.gpai4j.core.documentation.ModelDocumentation;
import io.github.gpai4j.core.json.Gpai4jJson;
import io.github.gpai4j.cli.Samples;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;
import org.junit.jupiter.params.provider.ValueSource;

class SamplesTest {
  private static final Gpai4jJson JSON = Gpai4jJson.strict();

  private static ModelDocumentation read(String sample) throws Exception {
    return JSON.read(Samples.text(sample), ModelDocumentation.class);
  }

  @ParameterizedTest
  @ValueSource(strings = {Samples.COMPLETE, Samples.OPEN_SMALL, Samples.DRAFT})
  void writing_then_reading_a_bundled_sample_gives_an_equal_document(String sample) throws Exception {
    ModelDocumentation doc = read(sample);
    assertEquals(doc, JSON.read(JSON.write(doc), ModelDocumentation.class));
  }

  @ParameterizedTest
  @ValueSource(strings = {Samples.COMPLETE, Samples.OPEN_SMALL})
  void a_complete_sample_is_written_back_byte_for_byte(String sample) throws Exception {
    assertEquals(Samples.text(sample), JSON.write(read(sample)));
  }

  @Test
  void the_complete_sample_answers_every_one_of_the_47_items() throws Exception {
    ModelDocumentation doc = read(Samples.COMPLETE);
    for (MdfItem item : MdfItem.values()) {
      assertTrue(item.isAnsweredIn(doc), item.id() + " is unanswered");
    }
    assertTrue(doc.systemicRiskDocumentation() != null);
  }

  @Test
  void the_open_small_sample_answers_every_one_of_the_47_items() throws Exception {
    ModelDocumentation doc = read(Samples.OPEN_SMALL);
    for (MdfItem item : MdfItem.values()) {
      assertTrue(item.isAnsweredIn(doc), item.id() + " is unanswered");
    }
  }

  @ParameterizedTest
  @EnumSource(Recipient.class)
  void a_recipient_view_holds_exactly_the_items_routed_to_that_recipient(Recipient recipient) throws Exception {
    ModelDocumentation doc = read(Samples.COMPLETE);
    ModelDocumentation view = doc.viewFor(recipient);
    for (MdfItem item : MdfItem.values()) {
      if (item.isFor(recipient)) {
        assertEquals(item.valueIn(doc), item.valueIn(view), item.id());
      } else {
        assertFalse(item.isAnsweredIn(view), item.id() + " leaked into the view for " + recipient);
      }
    }
  }

  @Test
  void the_downstream_view_leaves_out_the_annex_xi_section_2_material() throws Exception {
    assertEquals(null, read(Samples.COMPLETE).viewFor(Recipient.DOWNSTREAM_PROVIDER).systemicRiskDocumentation());
  }

  @Test
  void the_downstream_view_does_not_mention_the_exact_parameter_count() throws Exception {
    String json = JSON.write(read(Samples.COMPLETE).viewFor(Recipient.DOWNSTREAM_PROVIDER));
    assertFalse(json.contains("parameterCount"), json);
    assertTrue(json.contains("parameterRange"), json);
  }
}
