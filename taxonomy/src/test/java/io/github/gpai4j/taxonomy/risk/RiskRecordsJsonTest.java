package io.github.gpai4j.taxonomy.risk;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.github.gpai4j.taxonomy.SpecifiedSystemicRisk;
import org.junit.jupiter.api.Test;
import io.github.gpai4j.core.json.DocumentReadException;
import io.github.gpai4j.core.json.Gpai4jJson;
import io.github.gpai4j.taxonomy.JsonRoundTrip;

/** JSON round trips of the risk records through the project codec ({@link Gpai4jJson}, strict). */
class RiskRecordsJsonTest {

  private static <T> T roundTrip(T value, Class<T> type) throws DocumentReadException {
    return JsonRoundTrip.of(value, type);
  }

  @Test
  void systemic_risk_survives_a_json_round_trip() throws DocumentReadException {
    SystemicRisk risk = Fixtures.cyberRisk();
    assertEquals(risk, roundTrip(risk, SystemicRisk.class));
  }

  @Test
  void empty_draft_systemic_risk_survives_a_json_round_trip() throws DocumentReadException {
    SystemicRisk draft = SystemicRisk.builder().build();
    assertEquals(draft, roundTrip(draft, SystemicRisk.class));
  }

  @Test
  void risk_scenario_survives_a_json_round_trip() throws DocumentReadException {
    RiskScenario s = Fixtures.scenario();
    assertEquals(s, roundTrip(s, RiskScenario.class));
  }

  @Test
  void acceptance_criterion_survives_a_json_round_trip() throws DocumentReadException {
    AcceptanceCriterion c = Fixtures.tier("Cyber tier 2", false);
    assertEquals(c, roundTrip(c, AcceptanceCriterion.class));
  }

  @Test
  void acceptance_determination_survives_a_json_round_trip() throws DocumentReadException {
    RiskAcceptanceDetermination d = Fixtures.determination();
    assertEquals(d, roundTrip(d, RiskAcceptanceDetermination.class));
  }

  @Test
  void taxonomy_entries_are_written_as_their_codes() throws DocumentReadException {
    String json = JsonRoundTrip.write(Fixtures.cyberRisk()).replace(" ", "");
    assertTrue(json.contains("\"specifiedRisk\":\"FINAL.SPECIFIED.CYBER_OFFENCE\""), json);
    assertTrue(json.contains("\"FINAL.CAPABILITY.OFFENSIVE_CYBER\""), json);
  }

  @Test
  void taxonomy_entries_are_read_from_their_codes() throws DocumentReadException {
    SystemicRisk r = Gpai4jJson.strict().read(
        "{\"specifiedRisk\":\"FINAL.SPECIFIED.LOSS_OF_CONTROL\"}", SystemicRisk.class);
    assertEquals(SpecifiedSystemicRisk.LOSS_OF_CONTROL, r.specifiedRisk());
  }

  @Test
  void derived_specified_flag_is_not_written() throws DocumentReadException {
    String json = JsonRoundTrip.write(Fixtures.cyberRisk());
    assertTrue(!json.contains("\"specified\""), json);
  }

  /** Strict reading never drops data: the derived flag is not a property and is rejected in input. */
  @Test
  void derived_specified_flag_in_input_is_an_unknown_property() {
    DocumentReadException e = org.junit.jupiter.api.Assertions.assertThrows(DocumentReadException.class,
        () -> Gpai4jJson.strict().read("{\"specified\":true}", SystemicRisk.class));
    assertTrue(e.getMessage().contains("specified"), e.getMessage());
  }

  @Test
  void unknown_taxonomy_code_in_input_is_rejected_with_its_pointer() {
    DocumentReadException e = org.junit.jupiter.api.Assertions.assertThrows(DocumentReadException.class,
        () -> Gpai4jJson.strict().read("{\"capabilities\":[\"FINAL.CAPABILITY.NOPE\"]}", SystemicRisk.class));
    assertTrue(e.getMessage().contains("/capabilities/0"), e.getMessage());
  }
}
