package io.github.gpai4j.taxonomy.risk;

import java.time.LocalDate;
import java.util.List;
import org.immutables.value.Value;
import org.jspecify.annotations.Nullable;
import tools.jackson.databind.annotation.JsonDeserialize;
import tools.jackson.databind.annotation.JsonSerialize;

/**
 * A systemic risk acceptance determination and the decision that follows it (Measures 4.1 and 4.2 of the Safety
 * and Security chapter): whether the systemic risks stemming from the model are acceptable, with the safety
 * margin applied, and whether the signatory proceeds, does not proceed, restricts, withdraws or recalls.
 *
 * <p>The reasons for proceeding, including the conditions under which they would no longer hold, go into the
 * Model Report (Measure 7.2). A draft determination is a legal value; {@code RiskAcceptanceDeterminationValidator}
 * (module {@code gpai4j-evaluation}) reports a decision to proceed that the determination does not support.
 *
 * @since 0.1.0
 */
@Value.Immutable
@JsonSerialize(as = ImmutableRiskAcceptanceDetermination.class)
@JsonDeserialize(as = ImmutableRiskAcceptanceDetermination.class)
public abstract class RiskAcceptanceDetermination {

  RiskAcceptanceDetermination() {}

  /**
   * Returns a new builder.
   *
   * @return the builder
   */
  public static Builder builder() {
    return new Builder();
  }

  /** Builds a {@link RiskAcceptanceDetermination}; every part is optional. */
  public static final class Builder extends ImmutableRiskAcceptanceDetermination.Builder {
    Builder() {}
  }

  /**
   * Returns the identifiers of the systemic risks the determination covers.
   *
   * @return an unmodifiable list, empty if none given
   */
  public abstract List<String> riskIds();

  /**
   * Returns the date of the determination.
   *
   * @return the date, or null if not given
   */
  public abstract @Nullable LocalDate determinedOn();

  /**
   * Returns whether the risks were determined acceptable; unknown is not acceptable.
   *
   * @return true if acceptable, false if not, null if not determined
   */
  public abstract @Nullable Boolean acceptable();

  /**
   * Returns the highest systemic risk tier the model has reached, by the name of its criterion.
   *
   * @return the tier name, or null if none reached or not given
   */
  public abstract @Nullable String highestTierReached();

  /**
   * Returns the safety margin applied and why it is appropriate (Measure 4.1).
   *
   * @return the description, or null if not given
   */
  public abstract @Nullable String safetyMargin();

  /**
   * Returns the decision taken.
   *
   * @return the decision, or null if not yet taken
   */
  public abstract @Nullable ProceedDecision decision();

  /**
   * Returns the justification of the decision (Measure 7.2(1)).
   *
   * @return the justification, or null if not given
   */
  public abstract @Nullable String justification();

  /**
   * Returns the foreseeable conditions under which the justification would no longer hold (Measure 7.2(2)).
   *
   * @return an unmodifiable list, empty if none given
   */
  public abstract List<String> failureConditions();
}
