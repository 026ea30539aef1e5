package io.github.gpai4j.taxonomy.risk;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.github.gpai4j.taxonomy.SpecifiedSystemicRisk;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.json.JsonMapper;

/**
 * JSON round trips of the risk records. Uses a plain Jackson 3 mapper until the core codec
 * ({@code Gpai4jJson}) is on main.
 */
class RiskRecordsJsonTest {

  private final JsonMapper mapper = JsonMapper.builder().build();

  private <T> T roundTrip(T value, Class<T> type) {
    return mapper.readValue(mapper.writeValueAsString(value), type);
  }

  @Test
  void systemic_risk_survives_a_json_round_trip() {
    SystemicRisk risk = Fixtures.cyberRisk();
    assertEquals(risk, roundTrip(risk, SystemicRisk.class));
  }

  @Test
  void empty_draft_systemic_risk_survives_a_json_round_trip() {
    SystemicRisk draft = SystemicRisk.builder().build();
    assertEquals(draft, roundTrip(draft, SystemicRisk.class));
  }

  @Test
  void risk_scenario_survives_a_json_round_trip() {
    RiskScenario s = Fixtures.scenario();
    assertEquals(s, roundTrip(s, RiskScenario.class));
  }

  @Test
  void acceptance_criterion_survives_a_json_round_trip() {
    AcceptanceCriterion c = Fixtures.tier("Cyber tier 2", false);
    assertEquals(c, roundTrip(c, AcceptanceCriterion.class));
  }

  @Test
  void acceptance_determination_survives_a_json_round_trip() {
    RiskAcceptanceDetermination d = Fixtures.determination();
    assertEquals(d, roundTrip(d, RiskAcceptanceDetermination.class));
  }

  @Test
  void taxonomy_entries_are_written_as_their_codes() {
    String json = mapper.writeValueAsString(Fixtures.cyberRisk());
    assertTrue(json.contains("\"specifiedRisk\":\"FINAL.SPECIFIED.CYBER_OFFENCE\""), json);
    assertTrue(json.contains("\"FINAL.CAPABILITY.OFFENSIVE_CYBER\""), json);
  }

  @Test
  void taxonomy_entries_are_read_from_their_codes() {
    SystemicRisk r = mapper.readValue(
        "{\"specifiedRisk\":\"FINAL.SPECIFIED.LOSS_OF_CONTROL\"}", SystemicRisk.class);
    assertEquals(SpecifiedSystemicRisk.LOSS_OF_CONTROL, r.specifiedRisk());
  }

  @Test
  void derived_specified_flag_is_not_written() {
    String json = mapper.writeValueAsString(Fixtures.cyberRisk());
    assertTrue(!json.contains("\"specified\""), json);
  }
}
