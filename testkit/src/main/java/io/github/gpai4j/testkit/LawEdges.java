package io.github.gpai4j.testkit;

import static io.github.gpai4j.testkit.Gens.weighted;
import static java.util.Objects.requireNonNull;

import io.github.gpai4j.core.ComputeAmount;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.LocalDate;
import java.util.List;

/**
 * Generators biased towards the edges of the GPAI rules, where off-by-one and rounding errors hide: training
 * compute around 10^23 FLOP (the guidelines' indicative GPAI criterion) and 10^25 FLOP (the Art.&nbsp;51(2)
 * presumption of high-impact capabilities, "greater than 10^25"), modification compute around one third of the
 * original, the application dates of Chapter V (Art.&nbsp;113), and top-domain list sizes around the training-content
 * template's 10 % / 5 % / 1,000 cut-offs.
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
