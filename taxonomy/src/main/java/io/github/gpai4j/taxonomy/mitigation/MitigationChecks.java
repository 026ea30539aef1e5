package io.github.gpai4j.taxonomy.mitigation;

import static java.util.Objects.requireNonNull;

import io.github.gpai4j.core.Instrument;
import io.github.gpai4j.core.LegalBasis;
import io.github.gpai4j.core.validation.Severity;
import io.github.gpai4j.taxonomy.TaxonomyProblem;
import java.util.ArrayList;
import java.util.List;

/**
 * Pure checks of Security Goals and mitigations against the Safety and Security chapter (Measures 5.1, 6.1 and
 * 6.2). They return problems and never throw because of what a record says; they throw only for a null argument.
 *
 * <p>Rule ids are stable and never reworded once released. Stateless and thread-safe.
 *
 * @since 0.1.0
 */
public final class MitigationChecks {

  /** Measure 6.1: the Security Goal names non-state external threats. */
  public static final String GOAL_NEEDS_NON_STATE_EXTERNAL = "TAX-6.1-GOAL-NON-STATE-EXTERNAL";
  /** Measure 6.1: the Security Goal names insider threats. */
  public static final String GOAL_NEEDS_INSIDER = "TAX-6.1-GOAL-INSIDER";
  /** Measure 6.1: "other" threat actors are described. */
  public static final String GOAL_OTHER_UNDESCRIBED = "TAX-6.1-GOAL-OTHER-UNDESCRIBED";
  /** Measure 6.1: the goal considers current and expected capabilities. */
  public static final String GOAL_CAPABILITIES_UNSTATED = "TAX-6.1-GOAL-CAPABILITIES";
  /** Commitments 5 and 6: a mitigation is linked to at least one identified risk. */
  public static final String MITIGATION_WITHOUT_RISK = "TAX-5-MITIGATION-NO-RISK";
  /** Commitments 5 and 6: a safety mitigation lists no security objectives and vice versa. */
  public static final String MITIGATION_TYPE_MISMATCH = "TAX-5-MITIGATION-TYPE-MISMATCH";

  private static final LegalBasis M61 = LegalBasis.measure(Instrument.COP_SAFETY_AND_SECURITY, "6.1");

  private MitigationChecks() {}

  /**
   * Checks a Security Goal: Measure 6.1 asks for a goal that names the threat actors to protect against,
   * "including" non-state external threats and insider threats, in view of current and expected capabilities.
   *
   * @param goal the goal, not null
   * @return the problems found, in rule order; empty if none
   * @throws NullPointerException if {@code goal} is null
   */
  public static List<TaxonomyProblem> check(SecurityGoal goal) {
    requireNonNull(goal, "goal");
    List<TaxonomyProblem> out = new ArrayList<>();
    if (!goal.threatActors().contains(ThreatActor.NON_STATE_EXTERNAL)) {
      out.add(new TaxonomyProblem(GOAL_NEEDS_NON_STATE_EXTERNAL, Severity.ERROR, "/threatActors", M61, List.of()));
    }
    if (!goal.threatActors().contains(ThreatActor.INSIDER)) {
      out.add(new TaxonomyProblem(GOAL_NEEDS_INSIDER, Severity.ERROR, "/threatActors", M61, List.of()));
    }
    if (goal.threatActors().contains(ThreatActor.OTHER) && isBlank(goal.otherActorsDescription())) {
      out.add(new TaxonomyProblem(GOAL_OTHER_UNDESCRIBED, Severity.ERROR, "/otherActorsDescription", M61, List.of()));
    }
    if (isBlank(goal.capabilitiesConsidered())) {
      out.add(new TaxonomyProblem(GOAL_CAPABILITIES_UNSTATED, Severity.WARNING, "/capabilitiesConsidered", M61,
          List.of()));
    }
    return List.copyOf(out);
  }

  /**
   * Checks a mitigation: it should address at least one identified systemic risk, and a safety mitigation
   * (Commitment 5) should not list Appendix 4 security objectives, nor a security mitigation (Commitment 6)
   * Measure 5.1 safety kinds.
   *
   * @param mitigation the mitigation, not null
   * @return the problems found, in rule order; empty if none
   * @throws NullPointerException if {@code mitigation} is null
   */
  public static List<TaxonomyProblem> check(Mitigation mitigation) {
    requireNonNull(mitigation, "mitigation");
    List<TaxonomyProblem> out = new ArrayList<>();
    MitigationType type = mitigation.type();
    LegalBasis basis = type == null
        ? LegalBasis.commitment(Instrument.COP_SAFETY_AND_SECURITY, "5")
        : type.legalBasis();
    if (mitigation.riskIds().isEmpty()) {
      out.add(new TaxonomyProblem(MITIGATION_WITHOUT_RISK, Severity.WARNING, "/riskIds", basis,
          List.of(String.valueOf(mitigation.id()))));
    }
    if (type == MitigationType.SAFETY && !mitigation.securityObjectives().isEmpty()) {
      out.add(new TaxonomyProblem(MITIGATION_TYPE_MISMATCH, Severity.WARNING, "/securityObjectives", basis,
          List.of(type.name())));
    }
    if (type == MitigationType.SECURITY && !mitigation.safetyKinds().isEmpty()) {
      out.add(new TaxonomyProblem(MITIGATION_TYPE_MISMATCH, Severity.WARNING, "/safetyKinds", basis,
          List.of(type.name())));
    }
    return List.copyOf(out);
  }

  private static boolean isBlank(@org.jspecify.annotations.Nullable String s) {
    return s == null || s.isBlank();
  }
}
