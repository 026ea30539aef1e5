package io.github.gpai4j.evaluation.safety;

import io.github.gpai4j.taxonomy.mitigation.ThreatActor;
import io.github.gpai4j.taxonomy.mitigation.SecurityGoal;
import static java.util.Objects.requireNonNull;

import io.github.gpai4j.core.validation.JsonPointer;
import io.github.gpai4j.core.validation.Rule;
import io.github.gpai4j.core.validation.ValidationOptions;
import io.github.gpai4j.core.validation.ValidationReport;
import io.github.gpai4j.core.validation.Validator;
import java.util.List;
import org.jspecify.annotations.Nullable;

/**
 * Checks a Security Goal against Measure 6.1 of the Safety and Security chapter of the GPAI Code of Practice, which
 * asks for a goal naming the threat actors to protect against, "including" non-state external threats and insider
 * threats, in view of the model's current and expected capabilities. Applies the four {@code TAX-6.1-*} rules of
 * {@link MitigationRules}, in this order: non-state external threats, insider threats, description of other
 * actors, capabilities considered.
 *
 * <p>Instances are immutable and thread-safe; validation never throws because of what the goal says. Locations
 * are JSON Pointers into the goal's JSON form.
 *
 * @since 0.1.0
 */
public final class SecurityGoalValidator implements Validator<SecurityGoal> {

  private static final SecurityGoalValidator INSTANCE = new SecurityGoalValidator();
  private static final JsonPointer THREAT_ACTORS = JsonPointer.of("threatActors");

  private SecurityGoalValidator() {}

  /**
   * Returns the validator.
   *
   * @return the shared instance
   */
  public static SecurityGoalValidator create() {
    return INSTANCE;
  }

  @Override
  public ValidationReport validate(SecurityGoal goal, ValidationOptions options) {
    requireNonNull(goal, "goal");
    requireNonNull(options, "options");
    ValidationReport.Collector out = ValidationReport.collector(options);
    if (!goal.threatActors().contains(ThreatActor.NON_STATE_EXTERNAL)
        && !out.add(MitigationRules.GOAL_NEEDS_NON_STATE_EXTERNAL.finding(THREAT_ACTORS))) {
      return out.report();
    }
    if (!goal.threatActors().contains(ThreatActor.INSIDER)
        && !out.add(MitigationRules.GOAL_NEEDS_INSIDER.finding(THREAT_ACTORS))) {
      return out.report();
    }
    if (goal.threatActors().contains(ThreatActor.OTHER) && isBlank(goal.otherActorsDescription())
        && !out.add(MitigationRules.GOAL_OTHER_UNDESCRIBED.finding(JsonPointer.of("otherActorsDescription")))) {
      return out.report();
    }
    if (isBlank(goal.capabilitiesConsidered())) {
      out.add(MitigationRules.GOAL_CAPABILITIES_UNSTATED.finding(JsonPointer.of("capabilitiesConsidered")));
    }
    return out.report();
  }

  @Override
  public List<Rule> rules() {
    return MitigationRules.securityGoalRules();
  }

  private static boolean isBlank(@Nullable String s) {
    return s == null || s.isBlank();
  }
}
