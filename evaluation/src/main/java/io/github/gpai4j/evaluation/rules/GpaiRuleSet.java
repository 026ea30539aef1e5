package io.github.gpai4j.evaluation.rules;

import io.github.gpai4j.core.ComputeAmount;
import io.github.gpai4j.evaluation.RegulatoryText;
import io.github.gpai4j.evaluation.time.HolidayCalendar;
import io.github.gpai4j.evaluation.time.TimeLimit;
import io.github.gpai4j.evaluation.time.TimeLimits;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.Period;
import java.util.List;
import java.util.Optional;
import org.immutables.value.Value;

/**
 * The thresholds, fractions, periods and dates of Chapter V of Regulation (EU) 2024/1689 (Arts.&nbsp;51-55, 111(3),
 * 113) and of the Commission's GPAI guidelines, gathered in one immutable, versioned value so that no rule of
 * gpai4j hides a literal.
 *
 * <p>{@link #current()} is the rule set for the AI Act as amended by Regulation (EU) 2026/1744 (which replaced
 * Art.&nbsp;56(6) on codes of practice and, as far as gpai4j could verify, left the obligations of GPAI model providers
 * and their dates unchanged), the Commission guidelines as issued in C(2025) 7719 (the same thresholds as the July
 * 2025 text), the final Code of Practice of 10 July 2025 and the training-content template C(2025) 8311. A delegated act under Art.&nbsp;51(3) or 52(4) that moves a threshold is modelled by
 * building a new rule set with its own {@link #id()}:
 *
 * <pre>{@code
 * GpaiRuleSet amended = GpaiRuleSet.builder().from(GpaiRuleSet.current())
 *     .id("example-delegated-act")
 *     .systemicRiskPresumptionCompute(ComputeAmount.ofFlop("1e26"))
 *     .build();
 * }</pre>
 *
 * <p>All comparisons are exact decimal comparisons; fractions are compared by cross-multiplication, never by
 * division, so that "more than one third" is decided without rounding.
 *
 * @since 0.1.0
 */
@Value.Immutable
public abstract class GpaiRuleSet {

  private static final GpaiRuleSet CURRENT = builder()
      .id("gpai-2026.1")
      .addTexts(
          RegulatoryText.AI_ACT_AS_AMENDED_2026,
          RegulatoryText.COMMISSION_GUIDELINES_2025_11,
          RegulatoryText.CODE_OF_PRACTICE_FINAL_2025_07,
          RegulatoryText.TRAINING_CONTENT_TEMPLATE_2025_12)
      .gpaiIndicativeCompute(ComputeAmount.ofFlop("1E+23"))
      .systemicRiskPresumptionCompute(ComputeAmount.ofFlop("1E+25"))
      .modificationFractionNumerator(1)
      .modificationFractionDenominator(3)
      .notificationPeriod(Period.ofDays(14))
      .reassessmentWaitingPeriod(Period.ofMonths(6))
      .reachPresumptionBusinessUsers(10_000)
      .chapterFiveApplicationDate(LocalDate.of(2025, 8, 2))
      .enforcementDate(LocalDate.of(2026, 8, 2))
      .legacyComplianceDeadline(LocalDate.of(2027, 8, 2))
      .documentationRetention(Period.ofYears(10))
      .representativeRetention(Period.ofYears(10))
      .downstreamResponsePeriod(Period.ofDays(14))
      .trainingContentSummaryUpdateInterval(Period.ofMonths(6))
      .fineMaximum(FineMaximum.article101())
      .build();

  GpaiRuleSet() {}

  /**
   * Returns the rule set gpai4j applies by default: Regulation (EU) 2024/1689 as amended in 2026, the Commission
   * guidelines C(2025) 7719, the final Code of Practice and the training-content template C(2025) 8311.
   *
   * @return the current rule set, never null
   */
  public static GpaiRuleSet current() {
    return CURRENT;
  }

  /**
   * Returns a builder; start from {@code builder().from(current())} to change one value.
   *
   * @return a new builder
   */
  public static Builder builder() {
    return new Builder();
  }

  /** Builds a rule set; every attribute is required. */
  public static final class Builder extends ImmutableGpaiRuleSet.Builder {
    Builder() {}
  }

  /**
   * Returns the stable identifier of this rule set, recorded in every classification and obligation list.
   *
   * @return the identifier, such as {@code gpai-2026.1}
   */
  public abstract String id();

  /**
   * Returns the texts this rule set implements, in the order given.
   *
   * @return the texts, never null
   */
  public abstract List<RegulatoryText> texts();

  /**
   * Returns the training compute above which a model is indicatively a GPAI model when it also generates language,
   * images from text or video from text (Commission guidelines, section 2.1: 10^23 FLOP).
   *
   * @return the indicative compute, never null
   */
  public abstract ComputeAmount gpaiIndicativeCompute();

  /**
   * Returns the cumulative training compute above which high-impact capabilities are presumed (Art.&nbsp;51(2):
   * "greater than 10^25" FLOP; the comparison is strict).
   *
   * @return the presumption threshold, never null
   */
  public abstract ComputeAmount systemicRiskPresumptionCompute();

  /**
   * Returns the numerator of the fraction of the original model's training compute that a modification must
   * exceed for the modifier to become the provider (Commission guidelines, section 3.2: one third).
   *
   * @return the numerator, positive
   */
  public abstract int modificationFractionNumerator();

  /**
   * Returns the denominator of the modification fraction (3 for one third).
   *
   * @return the denominator, at least the numerator
   */
  public abstract int modificationFractionDenominator();

  /**
   * Returns the period within which the Commission must be notified once the Art.&nbsp;51(1)(a) condition is met or
   * known to be met (Art.&nbsp;52(1): "within two weeks", 14 days).
   *
   * @return the period, never null
   */
  public abstract Period notificationPeriod();

  /**
   * Returns the time after a designation (or a decision maintaining it) before which the provider may not ask for
   * reassessment (Art.&nbsp;52(5): "no earlier than six months").
   *
   * @return the period, never null
   */
  public abstract Period reassessmentWaitingPeriod();

  /**
   * Returns the number of registered business users established in the Union from which high impact on the
   * internal market due to reach is presumed (Annex XIII(f): "at least 10 000", so the comparison is {@code >=}).
   *
   * @return the number of users, positive
   */
  public abstract long reachPresumptionBusinessUsers();

  /**
   * Returns the date from which Chapter V applies (Art.&nbsp;113, third paragraph, point (b): 2 August 2025).
   *
   * @return the date, never null
   */
  public abstract LocalDate chapterFiveApplicationDate();

  /**
   * Returns the date from which the Commission's enforcement powers and the fines of Art.&nbsp;101 apply (Art.&nbsp;113,
   * third paragraph, point (b) excludes Art.&nbsp;101 from 2 August 2025; general application: 2 August 2026).
   *
   * @return the date, never null
   */
  public abstract LocalDate enforcementDate();

  /**
   * Returns the date by which providers of models placed on the market before {@link #chapterFiveApplicationDate()}
   * must comply (Art.&nbsp;111(3): 2 August 2027).
   *
   * @return the date, never null
   */
  public abstract LocalDate legacyComplianceDeadline();

  /**
   * Returns how long after placing on the market the provider keeps its model documentation. This is a commitment of
   * the Code of Practice (Transparency Measure 1.1: 10 years), not a period of the AI Act, which sets no retention
   * period for the provider itself under Art.&nbsp;53.
   *
   * @return the period, never null
   */
  public abstract Period documentationRetention();

  /**
   * Returns how long after placing on the market the authorised representative keeps the technical documentation
   * at the disposal of the AI Office and national authorities (Art.&nbsp;54(3)(b): 10 years).
   *
   * @return the period, never null
   */
  public abstract Period representativeRetention();

  /**
   * Returns the period within which a downstream provider's request for information is answered. This is a
   * commitment of the Code of Practice (Transparency Measure 1.2: 14 days; exact wording UNCONFIRMED, consistent
   * across three secondary sources), not a period of the AI Act.
   *
   * @return the period, never null
   */
  public abstract Period downstreamResponsePeriod();

  /**
   * Returns the longest interval between updates of the public training-content summary while training on new
   * data continues (training-content template: every six months, or sooner if the change is materially
   * significant; secondary sources only, UNCONFIRMED).
   *
   * @return the period, never null
   */
  public abstract Period trainingContentSummaryUpdateInterval();

  /**
   * Returns the maximum fine the Commission may impose on a provider of a GPAI model (Art.&nbsp;101(1)).
   *
   * @return the maximum, never null
   */
  public abstract FineMaximum fineMaximum();

  /**
   * Returns the holiday calendar of the place where actions towards the Commission are taken (the AI Office in
   * Brussels), used to extend a time limit whose last day is not a working day (Art.&nbsp;3(4) of Regulation No
   * 1182/71).
   *
   * @return the calendar, {@link HolidayCalendar#euInstitutions()} by default
   */
  @Value.Default
  public HolidayCalendar holidayCalendar() {
    return HolidayCalendar.euInstitutions();
  }

  /**
   * Returns the time-limit counter of Regulation No 1182/71 for {@link #holidayCalendar()}.
   *
   * @return the counter, never null
   */
  public TimeLimits timeLimits() {
    return new TimeLimits(holidayCalendar());
  }

  /**
   * Returns the Art.&nbsp;52(1) notification time limit for a trigger: two weeks from the day the condition was met or
   * became known to be met, with the extension of Art.&nbsp;3(4) of Regulation No 1182/71 where the last day is not a
   * working day.
   *
   * @param trigger the day the condition was met or became known to be met, not null
   * @return the time limit, or empty if it lies beyond the supported date range
   */
  public Optional<TimeLimit> notificationTimeLimit(LocalDate trigger) {
    return timeLimits().after(trigger, notificationPeriod());
  }

  /**
   * Checks the values that would make the rule set unusable.
   *
   * @throws IllegalArgumentException if the fraction is not in (0, 1], a period is negative or the reach
   *     presumption is not positive
   */
  @Value.Check
  protected void check() {
    if (modificationFractionNumerator() <= 0 || modificationFractionDenominator() < modificationFractionNumerator()) {
      throw new IllegalArgumentException("Modification fraction must be in (0, 1], was "
          + modificationFractionNumerator() + "/" + modificationFractionDenominator());
    }
    if (reachPresumptionBusinessUsers() <= 0) {
      throw new IllegalArgumentException(
          "Reach presumption must be a positive number of users, was " + reachPresumptionBusinessUsers());
    }
    for (Period p : List.of(notificationPeriod(), reassessmentWaitingPeriod(), documentationRetention(),
        representativeRetention(), downstreamResponsePeriod(), trainingContentSummaryUpdateInterval())) {
      if (p.isNegative()) {
        throw new IllegalArgumentException("Periods must not be negative, was " + p);
      }
    }
  }

  /**
   * Returns whether a cumulative training compute is strictly greater than the presumption threshold of Art.&nbsp;51(2);
   * exactly 10^25 FLOP is not.
   *
   * @param flop the compute in FLOP, not null
   * @return true if {@code flop > systemicRiskPresumptionCompute}
   */
  public boolean exceedsSystemicRiskPresumption(BigDecimal flop) {
    return flop.compareTo(systemicRiskPresumptionCompute().flop()) > 0;
  }

  /**
   * Returns whether a training compute is strictly greater than the guidelines' indicative GPAI criterion
   * (section 2.1: "greater than 10^23 FLOP").
   *
   * @param flop the compute in FLOP, not null
   * @return true if {@code flop > gpaiIndicativeCompute}
   */
  public boolean exceedsGpaiIndicativeCompute(BigDecimal flop) {
    return flop.compareTo(gpaiIndicativeCompute().flop()) > 0;
  }

  /**
   * Returns whether modification compute is strictly greater than the modification fraction of a reference compute
   * (guidelines, section 3.2: "more than a third"), decided exactly as
   * {@code denominator × modification > numerator × reference}; exactly one third is not more than one third.
   *
   * @param modificationFlop the compute used for the modification, not null
   * @param referenceFlop the original model's compute, or the fallback reference, not null
   * @return true if the modification exceeds the fraction
   */
  public boolean exceedsModificationFraction(BigDecimal modificationFlop, BigDecimal referenceFlop) {
    BigDecimal lhs = modificationFlop.multiply(BigDecimal.valueOf(modificationFractionDenominator()));
    BigDecimal rhs = referenceFlop.multiply(BigDecimal.valueOf(modificationFractionNumerator()));
    return lhs.compareTo(rhs) > 0;
  }

  /**
   * Returns whether a number of registered business users established in the Union triggers the reach presumption
   * of Annex XIII(f) ("at least 10 000", so exactly 10 000 does).
   *
   * @param registeredBusinessUsers the number of users, not negative
   * @return true if {@code users >= reachPresumptionBusinessUsers}
   */
  public boolean reachPresumed(long registeredBusinessUsers) {
    return registeredBusinessUsers >= reachPresumptionBusinessUsers();
  }

  /**
   * Returns whether a model placed on the market on the given date is a legacy model that benefits from
   * Art.&nbsp;111(3) (placed strictly before 2 August 2025).
   *
   * @param placedOnMarket the date of placing on the Union market, not null
   * @return true if placed before {@link #chapterFiveApplicationDate()}
   */
  public boolean isLegacyPlacement(LocalDate placedOnMarket) {
    return placedOnMarket.isBefore(chapterFiveApplicationDate());
  }

  /**
   * Returns the last day for an Art.&nbsp;52(1) notification whose trigger (the condition met or known to be met) fell
   * on the given day: the trigger plus {@link #notificationPeriod()}, two weeks being 14 calendar days.
   *
   * @param trigger the day the condition was met or became known to be met, not null
   * @return the due date
   * @throws java.time.DateTimeException if the date is beyond the supported range; see
   *     {@link #notificationTimeLimit(LocalDate)}, which does not throw
   */
  public LocalDate notificationDueDate(LocalDate trigger) {
    return trigger.plus(notificationPeriod());
  }

  /**
   * Returns the earliest day on which reassessment of a designation may be requested (Art.&nbsp;52(5)): the decision
   * date plus six months, using {@link LocalDate#plusMonths} which clamps to the end of a shorter month
   * (31 August plus six months is the last day of February).
   *
   * @param decision the date of the designation, or of the decision maintaining it, not null
   * @return the earliest request date
   * @throws java.time.DateTimeException if the date is beyond the supported range
   */
  public LocalDate earliestReassessmentRequest(LocalDate decision) {
    return decision.plus(reassessmentWaitingPeriod());
  }
}
