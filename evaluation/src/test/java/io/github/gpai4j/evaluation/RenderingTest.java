package io.github.gpai4j.evaluation;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.github.gpai4j.core.json.Gpai4jJson;
import io.github.gpai4j.evaluation.classification.Classification;
import io.github.gpai4j.evaluation.classification.ClassificationText;
import io.github.gpai4j.evaluation.classification.ModelClassifier;
import io.github.gpai4j.evaluation.obligations.ObligationDeriver;
import io.github.gpai4j.evaluation.obligations.ObligationSchedule;
import io.github.gpai4j.evaluation.obligations.ObligationText;
import io.github.gpai4j.evaluation.testing.Samples;
import java.time.LocalDate;
import org.junit.jupiter.api.Test;

/** Plain-text and JSON renderings of classifications and obligation schedules are complete and deterministic. */
class RenderingTest {

  private static final LocalDate AS_OF = LocalDate.of(2026, 11, 28);

  private static Classification frontier() throws Exception {
    return ModelClassifier.withCurrentRules().classify(Samples.profile("profile-frontier.json"), AS_OF);
  }

  private static ObligationSchedule frontierObligations() throws Exception {
    return ObligationDeriver.withCurrentRules().derive(Samples.profile("profile-frontier.json"), AS_OF);
  }

  /** The text names the model, the date, the rule set, each status and the numbers compared with their basis. */
  @Test
  void classification_text_shows_statuses_reasons_and_legal_bases() throws Exception {
    String text = ClassificationText.render(frontier());
    assertTrue(text.startsWith("Classification of Lattice-4 by Aurora Lattice AI SE as of 2026-11-28 (rule set"
        + " gpai-2026.1)\n"), text);
    assertTrue(text.contains("Systemic risk: presumed since 2026-01-12"), text);
    assertTrue(text.contains("Art. 51(2) [SR_COMPUTE_ABOVE] Cumulative training compute 3.8E+25 FLOP > 1E+25 FLOP"
        + " (lower bound 2.7E+25 FLOP)."), text);
    assertTrue(text.contains("Notification (Art. 52(1)): notified; trigger 2025-11-03; due 2025-11-17;"
        + " notified 2025-11-14"), text);
  }

  /** Each obligation is rendered with status, legal bases, dates and recipients. */
  @Test
  void obligation_text_shows_status_dates_and_recipients() throws Exception {
    String text = ObligationText.render(frontierObligations());
    assertTrue(text.contains("Art. 53(1)(a) Draw up and keep up to date technical documentation (Annex XI): applies\n"
        + "  legal basis: Art. 53(1)(a); Annex XI; CoP Transparency Measure 1.1\n"
        + "  dates: effective 2026-03-02 due 2026-03-02 enforceable from 2026-08-02\n"
        + "  recipients: AIO, NCA\n"
        + "  retain until: 2036-03-02\n"), text);
    assertTrue(text.contains("Art. 54(1) Appoint an authorised representative established in the Union:"
        + " not applicable"), text);
  }

  /** Rendering the same input twice gives the same text. */
  @Test
  void renderings_are_deterministic() throws Exception {
    assertEquals(ClassificationText.render(frontier()), ClassificationText.render(frontier()));
    assertEquals(ObligationText.render(frontierObligations()), ObligationText.render(frontierObligations()));
  }

  /** The JSON form lists components in declaration order with ISO dates and citations as strings. */
  @Test
  void classification_json_is_ordered_and_uses_iso_dates_and_citations() throws Exception {
    String json = Samples.JSON.writeValueAsString(frontier());
    assertTrue(json.startsWith("{\"ruleSetId\":\"gpai-2026.1\",\"asOf\":\"2026-11-28\",\"providerName\""), json);
    assertTrue(json.indexOf("\"gpaiModel\"") < json.indexOf("\"systemicRisk\""), json);
    assertTrue(json.contains("\"legalBasis\":\"Art. 51(2)\""), json);
    assertEquals(json, Samples.JSON.writeValueAsString(frontier()));
  }

  /** Obligation JSON carries periods in ISO-8601 form and the id and status as names. */
  @Test
  void obligation_json_uses_iso_periods() throws Exception {
    String json = Samples.JSON.writeValueAsString(frontierObligations());
    assertTrue(json.contains("\"id\":\"ART_53_1_B_DOWNSTREAM_INFORMATION\",\"status\":\"APPLIES\""), json);
    assertTrue(json.contains("\"responsePeriod\":\"P14D\""), json);
  }

  /** The project's codec writes a classification in component order, identically each time. */
  @Test
  void classification_written_by_gpai4j_json_is_deterministic() throws Exception {
    String json = Gpai4jJson.strict().write(frontier());
    assertTrue(json.indexOf("\"ruleSetId\"") < json.indexOf("\"reassessment\""), json);
    assertEquals(json, Gpai4jJson.strict().write(frontier()));
  }
}
