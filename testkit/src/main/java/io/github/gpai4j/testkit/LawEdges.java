package io.github.gpai4j.testkit;

import static io.github.gpai4j.testkit.Gens.weighted;
import static java.util.Objects.requireNonNull;

import io.github.gpai4j.core.ComputeAmount;
import io.github.gpai4j.core.ParameterCount;
import io.github.gpai4j.core.documentation.ParameterRange;
import io.github.gpai4j.core.documentation.TrainingTimeRange;
import java.math.BigDecimal;
import java.math.BigInteger;
import java.math.RoundingMode;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;

/**
 * Generators biased towards the edges of the GPAI rules, where off-by-one and rounding errors hide: training
 * compute around 10^23 FLOP (the guidelines' indicative GPAI criterion) and 10^25 FLOP (the Art.&nbsp;51(2)
 * presumption of high-impact capabilities, "greater than 10^25"), modification compute around one third of the
 * original, the application dates of Chapter V (Art.&nbsp;113), and top-domain list sizes around the training-content
 * template's 10 % / 5 % / 1,000 cut-offs, and the limits of every range of the Model Documentation Form: training
 * days around one, three and six months (MDF-7.1a) and parameter counts around each total-model-size range limit
 * (MDF-2.5b).
 *
 * <p>Each generator mixes exact edge values (in several decimal representations, since {@code 1E+25} and
 * {@code 1.0E+25} are equal in value but not in {@code equals}), their nearest neighbours, and values spread
 * widely, so that a property also holds away from the edges. Generators are immutable and thread-safe.
 *
 * @since 0.1.0
 */
public final class LawEdges {

  /**
   * 10^23 FLOP: a model trained with more compute that can generate language, text-to-image or text-to-video is
   * indicatively a general-purpose AI model (Commission Guidelines C(2025) 5045, section 2).
   */
  public static final BigDecimal GPAI_INDICATIVE_COMPUTE = new BigDecimal("1E+23");

  /**
   * 10^25 FLOP: a model whose cumulative training compute is greater than this is presumed to have high-impact
   * capabilities (Art.&nbsp;51(2) of Regulation (EU) 2024/1689).
   */
  public static final BigDecimal SYSTEMIC_RISK_COMPUTE = new BigDecimal("1E+25");

  /** 2 August 2025: Chapter V (the GPAI obligations) applies (Art.&nbsp;113(b)). */
  public static final LocalDate CHAPTER_V_APPLIES = LocalDate.of(2025, 8, 2);

  /** 2 August 2026: the Commission's fining powers over GPAI providers (Art.&nbsp;101) apply (Art.&nbsp;113(b)). */
  public static final LocalDate FINES_APPLY = LocalDate.of(2026, 8, 2);

  /**
   * 2 August 2027: providers of GPAI models placed on the market before 2 August 2025 must have complied
   * (Art.&nbsp;111(3)).
   */
  public static final LocalDate LEGACY_MODELS_COMPLY = LocalDate.of(2027, 8, 2);

  private static final BigDecimal THREE = BigDecimal.valueOf(3);

  private LawEdges() {}

  /**
   * Returns a generator of compute amounts around a threshold: the threshold itself with 1 to 27 significant
   * figures written out; the nearest amounts above and below it at 1 to 20 significant figures (for 10^25 at
   * three figures, {@code 1.01E+25} and {@code 9.99E+24}); the threshold plus and minus one FLOP; the
   * {@code double} neighbours {@code Math.nextUp} and {@code Math.nextDown} read through
   * {@link ComputeAmount#ofFlop(double)}; and amounts spread over two orders of magnitude either side.
   *
   * @param threshold the threshold in FLOP, positive, not null
   * @return the generator
   * @throws IllegalArgumentException if the threshold is not positive
   */
  public static Gen<ComputeAmount> computeAround(BigDecimal threshold) {
    requireNonNull(threshold, "threshold");
    if (threshold.signum() <= 0) {
      throw new IllegalArgumentException("The threshold must be positive, was " + threshold);
    }
    BigDecimal edge = threshold.stripTrailingZeros();
    int magnitude = edge.precision() - edge.scale() - 1;
    int minFigures = edge.precision();
    Gen<ComputeAmount> exact = Gens.integers(0, 26)
        .map(extra -> ComputeAmount.ofFlop(edge.setScale(edge.scale() + extra)));
    Gen<ComputeAmount> above = Gens.integers(minFigures, minFigures + 19)
        .map(figures -> ComputeAmount.ofFlop(edge.add(BigDecimal.ONE.scaleByPowerOfTen(magnitude - figures + 1))));
    Gen<ComputeAmount> below = Gens.integers(minFigures, minFigures + 19)
        .map(figures -> ComputeAmount.ofFlop(edge.subtract(BigDecimal.ONE.scaleByPowerOfTen(magnitude - figures))));
    Gen<ComputeAmount> oneFlop = Gens.elements(
        ComputeAmount.ofFlop(edge.add(BigDecimal.ONE)), ComputeAmount.ofFlop(edge.subtract(BigDecimal.ONE)));
    double asDouble = edge.doubleValue();
    Gen<ComputeAmount> doubles = Gens.elements(
        ComputeAmount.ofFlop(Math.nextUp(asDouble)),
        ComputeAmount.ofFlop(Math.nextDown(asDouble)),
        ComputeAmount.ofFlop(asDouble));
    Gen<ComputeAmount> spread = Gens.computeAmounts(magnitude - 2, magnitude + 2);
    return Gens.frequency(
        weighted(3, exact), weighted(2, above), weighted(2, below), weighted(1, oneFlop),
        weighted(1, doubles), weighted(3, spread));
  }

  /**
   * Returns a generator of compute amounts around 10^23 FLOP ({@link #GPAI_INDICATIVE_COMPUTE}).
   *
   * @return the generator
   * @see #computeAround(BigDecimal)
   */
  public static Gen<ComputeAmount> gpaiIndicativeCompute() {
    return computeAround(GPAI_INDICATIVE_COMPUTE);
  }

  /**
   * Returns a generator of compute amounts around 10^25 FLOP ({@link #SYSTEMIC_RISK_COMPUTE}).
   *
   * @return the generator
   * @see #computeAround(BigDecimal)
   */
  public static Gen<ComputeAmount> systemicRiskCompute() {
    return computeAround(SYSTEMIC_RISK_COMPUTE);
  }

  /**
   * Returns a generator of training compute for any model: around 10^23 and 10^25 FLOP, around one third of each
   * (the guidelines' fallback thresholds for modifications), zero, and amounts spread from 10^15 to 10^28 FLOP.
   *
   * @return the generator
   */
  public static Gen<ComputeAmount> trainingCompute() {
    return Gens.frequency(
        weighted(3, gpaiIndicativeCompute()),
        weighted(3, systemicRiskCompute()),
        weighted(1, computeAroundOneThirdOf(GPAI_INDICATIVE_COMPUTE)),
        weighted(1, computeAroundOneThirdOf(SYSTEMIC_RISK_COMPUTE)),
        weighted(1, Gens.constant(ComputeAmount.ofFlop(BigDecimal.ZERO))),
        weighted(4, Gens.computeAmounts(15, 28)));
  }

  /**
   * Returns a generator of compute amounts around one third of an amount that is not divisible by three, such as
   * the fallback thresholds of the guidelines (one third of 10^25 or of 10^23 FLOP when the original model's
   * compute is unknown): the decimal expansions of the third rounded down (below) and up (above) at 1 to 30
   * significant figures.
   *
   * @param whole the amount whose third is the edge, positive, not null
   * @return the generator
   * @throws IllegalArgumentException if the amount is not positive
   */
  public static Gen<ComputeAmount> computeAroundOneThirdOf(BigDecimal whole) {
    requireNonNull(whole, "whole");
    if (whole.signum() <= 0) {
      throw new IllegalArgumentException("The amount must be positive, was " + whole);
    }
    Gen<RoundingMode> direction = Gens.elements(RoundingMode.DOWN, RoundingMode.UP);
    Gen<Integer> figures = Gens.integers(1, 30);
    return source -> {
      RoundingMode mode = direction.generate(source);
      int precision = figures.generate(source);
      return ComputeAmount.ofFlop(whole.divide(THREE, new java.math.MathContext(precision, mode)));
    };
  }

  /**
   * Returns a generator of modification/original compute pairs around the guidelines' one-third criterion: the
   * modification exactly one third of the original (the original is generated as three times a decimal, so the
   * third is exact), one step above or below it at the generated precision, one FLOP above or below, and pairs
   * spread widely; originals are drawn around 10^23 and 10^25 FLOP and across 10^20 to 10^27.
   *
   * @return the generator; {@link ModificationCompute#compareToOneThird()} is the exact oracle
   */
  public static Gen<ModificationCompute> modificationCompute() {
    Gen<BigDecimal> third = Gens.frequency(
        weighted(1, gpaiIndicativeCompute().map(c -> c.flop().divide(THREE, java.math.MathContext.DECIMAL128))),
        weighted(1, systemicRiskCompute().map(c -> c.flop().divide(THREE, java.math.MathContext.DECIMAL128))),
        weighted(2, Gens.decimals(20, 27, 6)));
    Gen<Integer> offset = Gens.elements(0, 1, -1, 2, -2, 3);
    Gen<ModificationCompute> edges = source -> {
      BigDecimal exactThird = third.generate(source);
      BigDecimal original = exactThird.multiply(THREE);
      // one unit in the last written place; for a one-figure third, one unit of the next place
      BigDecimal step = exactThird.precision() > 1 ? exactThird.ulp() : exactThird.ulp().movePointLeft(1);
      BigDecimal modification;
      switch (offset.generate(source)) {
        case 1:
          modification = exactThird.add(step);
          break;
        case -1:
          modification = exactThird.subtract(step);
          break;
        case 2:
          modification = exactThird.add(BigDecimal.ONE);
          break;
        case -2:
          modification = exactThird.subtract(BigDecimal.ONE);
          break;
        case 3:
          modification = exactThird.setScale(exactThird.scale() + 2);
          break;
        default:
          modification = exactThird;
      }
      return new ModificationCompute(ComputeAmount.ofFlop(modification), ComputeAmount.ofFlop(original));
    };
    Gen<ComputeAmount> anyCompute = Gens.computeAmounts(18, 27);
    Gen<ModificationCompute> spread = source ->
        new ModificationCompute(anyCompute.generate(source), anyCompute.generate(source));
    return Gens.frequency(weighted(4, edges), weighted(1, spread));
  }

  /**
   * Returns the first day of each training-time range after the first, as {@link TrainingTimeRange#of(BigDecimal)}
   * assigns whole days (30, 91 and 181 with the labels' reading: 30 days is one month, so "1–3 months"; 90 and 180
   * days belong to the lower range). Derived from the enum, not repeated here, so the generators follow any change.
   *
   * @return the days, ascending, unmodifiable
   */
  public static List<Integer> trainingTimeRangeStarts() {
    return Limits.TRAINING_TIME_RANGE_STARTS;
  }

  /** The limits, derived once. */
  private static final class Limits {
    static final List<Integer> TRAINING_TIME_RANGE_STARTS = deriveTrainingTimeRangeStarts();
    static final List<BigDecimal> PARAMETER_RANGE_LIMITS = deriveParameterRangeLimits();
    static final Gen<BigDecimal> TRAINING_DAYS = deriveTrainingDays();
    static final Gen<ParameterCount> PARAMETER_COUNTS = deriveParameterCounts();
  }

  private static List<Integer> deriveTrainingTimeRangeStarts() {
    List<Integer> starts = new ArrayList<>();
    TrainingTimeRange previous = TrainingTimeRange.of(BigDecimal.ZERO);
    for (int day = 1; day <= 3_660; day++) {
      TrainingTimeRange range = TrainingTimeRange.of(BigDecimal.valueOf(day));
      if (range != previous) {
        starts.add(day);
        previous = range;
      }
    }
    return Collections.unmodifiableList(starts);
  }

  /**
   * Returns a generator of wall-clock training days biased towards the limits of the form's training-time ranges
   * (MDF-7.1a): 6 in 10 values lie within two days below to one day above a range's first day (28–31, 89–92 and
   * 179–182), 2 in 10 within the four days of calendar-month slack the consistency rule allows either side
   * (26–35, 86–95, 176–185), the rest anywhere from 1 to 400 days. Whole days; shrinks towards the first limit.
   *
   * @return the generator
   */
  public static Gen<BigDecimal> trainingDays() {
    return Limits.TRAINING_DAYS;
  }

  private static Gen<BigDecimal> deriveTrainingDays() {
    List<Integer> starts = trainingTimeRangeStarts();
    Gen<Integer> start = Gens.elements(starts);
    Gen<Integer> near = Gens.integers(-2, 1);
    Gen<Integer> slack = Gens.integers(-5, 4);
    return Gens.frequency(
        weighted(6, source -> BigDecimal.valueOf(start.generate(source) + near.generate(source))),
        weighted(2, source -> BigDecimal.valueOf(start.generate(source) + slack.generate(source))),
        weighted(2, Gens.integers(1, 400).map(BigDecimal::valueOf)));
  }

  /**
   * Returns the limits between the form's total-model-size ranges (MDF-2.5b): the largest count of each range but
   * the last, as {@link ParameterRange#of(BigDecimal)} assigns counts (5E+8, 5E+9, 1.5E+10, 5E+10, 1E+11, 5E+11 and
   * 1E+12, upper bounds inclusive). Derived from the enum by bisection, not repeated here.
   *
   * @return the limits, ascending, unmodifiable
   */
  public static List<BigDecimal> parameterRangeLimits() {
    return Limits.PARAMETER_RANGE_LIMITS;
  }

  private static List<BigDecimal> deriveParameterRangeLimits() {
    List<BigDecimal> limits = new ArrayList<>();
    ParameterRange[] ranges = ParameterRange.values();
    for (int k = 0; k < ranges.length - 1; k++) {
      BigInteger low = BigInteger.ONE;
      BigInteger high = BigInteger.TEN.pow(18);
      // the largest count still in a range at or below k
      while (high.subtract(low).compareTo(BigInteger.ONE) > 0) {
        BigInteger middle = low.add(high).shiftRight(1);
        if (ParameterRange.of(new BigDecimal(middle)).ordinal() <= k) {
          low = middle;
        } else {
          high = middle;
        }
      }
      limits.add(new BigDecimal(low).stripTrailingZeros());
    }
    return Collections.unmodifiableList(limits);
  }

  /**
   * Returns a generator of parameter counts around the limits of the form's total-model-size ranges: each limit
   * in several spellings ({@code 5E+8}, {@code 5.0E+8}, {@code 500000000}), one parameter above and below it,
   * one unit of the second and third significant figure above and below it ({@code 5.1E+8}, {@code 4.99E+8}),
   * and counts spread from 1 to 10^13. Shrinks towards the first limit.
   *
   * @return the generator
   */
  public static Gen<ParameterCount> parameterCounts() {
    return Limits.PARAMETER_COUNTS;
  }

  private static Gen<ParameterCount> deriveParameterCounts() {
    List<BigDecimal> limits = parameterRangeLimits();
    Gen<BigDecimal> limit = Gens.elements(limits);
    Gen<BigDecimal> exact = source -> spelled(source, limit.generate(source), 1);
    Gen<BigDecimal> oneParameter = source -> {
      BigDecimal at = limit.generate(source);
      return source.chance(0.5) ? at.add(BigDecimal.ONE) : at.subtract(BigDecimal.ONE);
    };
    Gen<BigDecimal> figureStep = source -> {
      BigDecimal at = limit.generate(source);
      int magnitude = at.precision() - at.scale() - 1;
      int figure = (int) source.choose(1, 2);
      BigDecimal step = BigDecimal.ONE.scaleByPowerOfTen(magnitude - figure);
      return source.chance(0.5) ? at.add(step) : at.subtract(step);
    };
    Gen<BigDecimal> spread = Gens.decimals(0, 12, 4).map(value -> value.setScale(0, RoundingMode.HALF_UP))
        .map(value -> value.signum() == 0 ? BigDecimal.ONE : value);
    return Gens.frequency(
        weighted(3, exact), weighted(2, oneParameter), weighted(2, figureStep), weighted(2, spread))
        .map(ParameterCount::of);
  }

  /**
   * Returns a generator of the ways to write one decimal value that gpai4j reads as at least a number of
   * significant figures: the shortest scientific form ({@code 1E+3}), with trailing zeros added ({@code 1.0E+3},
   * {@code 1.00E+3}) and, for whole numbers, written out ({@code 1000}); all equal by {@code compareTo}, not by
   * {@code equals}. Shrinks towards the shortest spelling with enough figures.
   *
   * @param value the value, not null
   * @param minFigures the fewest significant figures a spelling may have, at least 1
   * @return the generator
   * @throws IllegalArgumentException if {@code minFigures < 1}
   */
  public static Gen<BigDecimal> spellings(BigDecimal value, int minFigures) {
    requireNonNull(value, "value");
    if (minFigures < 1) {
      throw new IllegalArgumentException("minFigures must be at least 1, was " + minFigures);
    }
    return source -> spelled(source, value, minFigures);
  }

  /**
   * Returns a generator that writes each value of another generator in one of its spellings (see
   * {@link #spellings(BigDecimal, int)}).
   *
   * @param values the generator of values, not null
   * @param minFigures the fewest significant figures a spelling may have, at least 1
   * @return the generator
   */
  public static Gen<BigDecimal> respelled(Gen<BigDecimal> values, int minFigures) {
    requireNonNull(values, "values");
    if (minFigures < 1) {
      throw new IllegalArgumentException("minFigures must be at least 1, was " + minFigures);
    }
    return source -> spelled(source, values.generate(source), minFigures);
  }

  private static BigDecimal spelled(Source source, BigDecimal value, int minFigures) {
    BigDecimal shortest = value.signum() == 0 ? BigDecimal.ZERO : value.stripTrailingZeros();
    int padding = Math.max(0, minFigures - Math.max(1, shortest.precision()));
    BigDecimal base = shortest.setScale(shortest.scale() + padding);
    switch ((int) source.choose(0, 3)) {
      case 1:
        return base.setScale(base.scale() + 1);
      case 2:
        return base.setScale(base.scale() + 2);
      case 3:
        if (base.scale() < 0) {
          BigDecimal plain = base.setScale(0);
          return plain.precision() >= minFigures ? plain : base;
        }
        return base;
      default:
        return base;
    }
  }

  /**
   * Returns a generator of training compute at the law's edges only, between 10^21 and 10^27 FLOP: around
   * 10^23 and 10^25 FLOP and around one third of each, written with at least {@code minFigures} significant figures
   * in varied spellings.
   *
   * @param minFigures the fewest significant figures, at least 1
   * @return the generator
   */
  public static Gen<ComputeAmount> computeEdges(int minFigures) {
    Gen<BigDecimal> edges = Gens.frequency(
        weighted(3, gpaiIndicativeCompute()),
        weighted(3, systemicRiskCompute()),
        weighted(1, computeAroundOneThirdOf(GPAI_INDICATIVE_COMPUTE)),
        weighted(1, computeAroundOneThirdOf(SYSTEMIC_RISK_COMPUTE)))
        .map(ComputeAmount::flop)
        .map(flop -> flop.max(new BigDecimal("1E+21")).min(new BigDecimal("1E+27")));
    return respelled(edges, minFigures).map(ComputeAmount::ofFlop);
  }

  /**
   * Returns a generator of dates on and one day either side of each given date, mixed with dates in the two
   * years before the first and after the last.
   *
   * @param anchors the dates, at least one, not null
   * @return the generator
   * @throws IllegalArgumentException if no date is given
   */
  public static Gen<LocalDate> datesAround(LocalDate... anchors) {
    List<LocalDate> dates = List.of(anchors);
    if (dates.isEmpty()) {
      throw new IllegalArgumentException("datesAround needs at least one date");
    }
    LocalDate first = dates.stream().min(LocalDate::compareTo).orElseThrow();
    LocalDate last = dates.stream().max(LocalDate::compareTo).orElseThrow();
    Gen<LocalDate> anchor = Gens.elements(dates);
    Gen<Integer> days = Gens.integers(-1, 1);
    Gen<LocalDate> near = source -> anchor.generate(source).plusDays(days.generate(source));
    return Gens.frequency(
        weighted(3, near), weighted(1, Gens.localDates(first.minusYears(2), last.plusYears(2))));
  }

  /**
   * Returns a generator of dates on and one day either side of 2 August 2025, 2026 and 2027 (the application
   * dates of Art.&nbsp;113(b) and Art.&nbsp;111(3)), mixed with dates from 2023 to 2029.
   *
   * @return the generator
   */
  public static Gen<LocalDate> applicationDates() {
    return datesAround(CHAPTER_V_APPLIES, FINES_APPLY, LEGACY_MODELS_COMPLY);
  }

  /**
   * Returns a generator of top-domain list cases around the training-content template's cut-offs: distinct
   * domain counts where {@code ceil(10 %)} or {@code ceil(5 %)} steps (multiples of 10 and 20 and their
   * neighbours), where 5 % reaches 1,000 (19,980 to 20,020), small and large counts; SME and non-SME providers;
   * and listed counts one below, at and one above the required count, or anywhere from 0 to the distinct count.
   *
   * @return the generator; {@link TopDomainListCase#requiredDomains()} is the oracle (rounding UNCONFIRMED)
   */
  public static Gen<TopDomainListCase> topDomainLists() {
    Gen<Integer> aroundSteps = source -> {
      int base = (int) source.choose(1, 5_000) * 10;
      return base + (int) source.choose(-1, 1);
    };
    Gen<Integer> aroundCap = Gens.elements(19_979, 19_980, 19_981, 19_999, 20_000, 20_001, 20_019, 20_020, 20_021);
    Gen<Integer> distinct = Gens.frequency(
        weighted(1, Gens.integers(0, 100)),
        weighted(3, aroundSteps),
        weighted(2, aroundCap),
        weighted(1, Gens.integers(0, 1_000_000)));
    Gen<Integer> delta = Gens.integers(-1, 1);
    Gen<Boolean> sme = Gens.booleans();
    return source -> {
      int domains = distinct.generate(source);
      boolean isSme = sme.generate(source);
      int required = TopDomainListCase.required(domains, isSme);
      int listed = source.chance(0.8)
          ? Math.max(0, required + delta.generate(source))
          : (int) source.choose(0, domains);
      return new TopDomainListCase(domains, isSme, listed);
    };
  }
}
