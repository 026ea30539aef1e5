package io.github.gpai4j.core.json.properties;

import static org.junit.jupiter.api.Assertions.assertEquals;

import io.github.gpai4j.core.documentation.ModelDocumentation;
import io.github.gpai4j.core.json.Gpai4jJson;
import io.github.gpai4j.core.profile.ModelProfile;
import io.github.gpai4j.testkit.Gen;
import io.github.gpai4j.testkit.Property;
import io.github.gpai4j.testkit.domain.DocumentationGens;
import io.github.gpai4j.testkit.domain.ProfileGens;
import io.github.gpai4j.testkit.domain.TaxonomyGens;
import io.github.gpai4j.taxonomy.evaluation.ModelEvaluation;
import io.github.gpai4j.taxonomy.mitigation.Mitigation;
import io.github.gpai4j.taxonomy.mitigation.SecurityGoal;
import io.github.gpai4j.taxonomy.risk.AcceptanceCriterion;
import io.github.gpai4j.taxonomy.risk.RiskAcceptanceDetermination;
import io.github.gpai4j.taxonomy.risk.RiskScenario;
import io.github.gpai4j.taxonomy.risk.SystemicRisk;
import io.github.gpai4j.taxonomy.risk.SystemicRiskRecords;
import org.junit.jupiter.api.Test;

/**
 * JSON round trip of every document type through {@link Gpai4jJson#strict()} (module {@code gpai4j-core}): writing
 * a value then reading it back gives an equal value, and writing that again gives the same text. They live in the
 * testkit module (Maven forbids the cycle a test-scope dependency of core on the testkit would make), in a package
 * named after core's JSON package.
 */
class DocumentRoundTripProperties {

  private static final Gpai4jJson JSON = Gpai4jJson.strict();

  private static <T> void roundTrips(Gen<T> gen, Class<T> type, int tries) {
    Property.forAll(gen).withTries(tries).checkAssert(value -> {
      String text = JSON.write(value);
      T back = JSON.read(text, type);
      assertEquals(value, back, text);
      assertEquals(text, JSON.write(back));
    });
  }

  /** Complete Model Documentation Forms survive the round trip. */
  @Test
  void model_documentation_round_trips() {
    roundTrips(DocumentationGens.validModelDocumentation(), ModelDocumentation.class, 100);
  }

  /** Drafts (any subset of items answered) survive the round trip: an unanswered item stays unanswered. */
  @Test
  void draft_model_documentation_round_trips() {
    roundTrips(DocumentationGens.draftModelDocumentation(), ModelDocumentation.class, 100);
  }

  /** Model profiles survive the round trip. */
  @Test
  void model_profiles_round_trip() {
    roundTrips(ProfileGens.modelProfiles(), ModelProfile.class, 150);
  }

  /** Systemic risks (CoP Safety and Security Commitment 2) survive the round trip. */
  @Test
  void systemic_risks_round_trip() {
    roundTrips(TaxonomyGens.systemicRisks(), SystemicRisk.class, 100);
  }

  /** Risk scenarios (Measure 2.2) survive the round trip. */
  @Test
  void risk_scenarios_round_trip() {
    roundTrips(TaxonomyGens.riskScenarios(), RiskScenario.class, 50);
  }

  /** Acceptance criteria (Measure 4.1) survive the round trip. */
  @Test
  void acceptance_criteria_round_trip() {
    roundTrips(TaxonomyGens.acceptanceCriteria(), AcceptanceCriterion.class, 50);
  }

  /** Risk acceptance determinations (Measure 4.2) survive the round trip. */
  @Test
  void risk_acceptance_determinations_round_trip() {
    roundTrips(TaxonomyGens.riskAcceptanceDeterminations(), RiskAcceptanceDetermination.class, 50);
  }

  /** Mitigations (Commitments 5 and 6) survive the round trip. */
  @Test
  void mitigations_round_trip() {
    roundTrips(TaxonomyGens.mitigations(), Mitigation.class, 50);
  }

  /** Security goals (Measure 6.1) survive the round trip. */
  @Test
  void security_goals_round_trip() {
    roundTrips(TaxonomyGens.securityGoals(), SecurityGoal.class, 50);
  }

  /** Model evaluations (Measure 3.2, Appendix 3) survive the round trip. */
  @Test
  void model_evaluations_round_trip() {
    roundTrips(TaxonomyGens.modelEvaluations(), ModelEvaluation.class, 50);
  }

  /** Whole systemic risk records (Safety and Security chapter) survive the round trip. */
  @Test
  void systemic_risk_records_round_trip() {
    roundTrips(TaxonomyGens.systemicRiskRecords(), SystemicRiskRecords.class, 50);
  }
}
