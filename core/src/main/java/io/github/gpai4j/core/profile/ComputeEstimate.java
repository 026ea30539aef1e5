package io.github.gpai4j.core.profile;

import static java.util.Objects.requireNonNull;

import io.github.gpai4j.core.ComputeAmount;
import java.math.BigDecimal;
import org.jspecify.annotations.Nullable;

/**
 * An estimate of training compute in FLOP with the method that produced it and optional bounds, as the Commission
 * guidelines ask providers to estimate and document it (annex to the guidelines: accurate within 30 percent,
 * assumptions and uncertainties documented).
 *
 * <p>Where the estimate is compared with a threshold {@code T} that must be strictly exceeded (Art.&nbsp;51(2):
 * "greater than"), the provider's estimate decides, as the Commission guidelines make it decide (section 2.3.2 of
 * the July 2025 text: the provider notifies "if the estimated value meets the threshold", estimates being allowed an
 * uncertainty of about 30 percent): the estimate is {@link Position#ABOVE} when {@code flop > T}, even if its lower
 * bound reaches below; {@link Position#NOT_ABOVE} when the whole interval is at or below ({@code upper <= T}, a
 * missing upper bound standing for the value itself); and otherwise ({@code flop <= T < upper}) the interval
 * {@link Position#STRADDLES} the threshold: meeting it is possible and, if reasonably likely, notification is due.
 * Exactly {@code T} is not greater than {@code T}.
 *
 * <p>JSON form: {@code {"flop": 3.8E+25, "method": "ARCHITECTURE_6PD", "lowerFlop": 2.7E+25, "upperFlop": 4.9E+25}}.
 *
 * @param flop the best estimate in FLOP, not null, not negative
 * @param method how the estimate was obtained, not null
 * @param lowerFlop the lower bound in FLOP, or null if the caller gives none
 * @param upperFlop the upper bound in FLOP, or null if the caller gives none
 * @since 0.1.0
 */
public record ComputeEstimate(
    BigDecimal flop, EstimationMethod method, @Nullable BigDecimal lowerFlop, @Nullable BigDecimal upperFlop) {

  /** Where an estimate lies relative to a threshold that must be strictly exceeded. */
  public enum Position {
    /** The estimate itself is strictly greater than the threshold, whatever its lower bound. */
    ABOVE,
    /** No value in the interval is greater than the threshold. */
    NOT_ABOVE,
    /** The estimate is at most the threshold but its upper bound is above: {@code flop <= threshold < upper}. */
    STRADDLES
  }

  /**
   * Checks the estimate.
   *
   * @param flop the best estimate in FLOP, not null, not negative
   * @param method how the estimate was obtained, not null
   * @param lowerFlop the lower bound in FLOP, or null if the caller gives none
   * @param upperFlop the upper bound in FLOP, or null if the caller gives none
   * @throws NullPointerException if the value or the method is null
   * @throws IllegalArgumentException if an amount is negative or out of range, or the bounds do not satisfy
   *     {@code lower <= value <= upper}
   */
  public ComputeEstimate {
    requireNonNull(method, "method");
    ComputeAmount.ofFlop(requireNonNull(flop, "flop"));
    if (lowerFlop != null) {
      ComputeAmount.ofFlop(lowerFlop);
      if (lowerFlop.compareTo(flop) > 0) {
        throw new IllegalArgumentException(
            "Lower bound must be at most the estimate, was " + lowerFlop + " > " + flop + " FLOP");
      }
    }
    if (upperFlop != null) {
      ComputeAmount.ofFlop(upperFlop);
      if (upperFlop.compareTo(flop) < 0) {
        throw new IllegalArgumentException(
            "Upper bound must be at least the estimate, was " + upperFlop + " < " + flop + " FLOP");
      }
    }
  }

  /**
   * Returns a point estimate without bounds.
   *
   * @param flop the estimate as decimal text such as {@code "3.8e25"}, not null
   * @param method the method, not null
   * @return the estimate
   * @throws NumberFormatException if the text is not a decimal number
   */
  public static ComputeEstimate of(String flop, EstimationMethod method) {
    return new ComputeEstimate(new BigDecimal(flop.strip()), method, null, null);
  }

  /**
   * Returns an estimate with bounds.
   *
   * @param flop the estimate as decimal text, not null
   * @param method the method, not null
   * @param lowerFlop the lower bound as decimal text, not null
   * @param upperFlop the upper bound as decimal text, not null
   * @return the estimate
   * @throws IllegalArgumentException if the bounds do not enclose the estimate
   */
  public static ComputeEstimate of(String flop, EstimationMethod method, String lowerFlop, String upperFlop) {
    return new ComputeEstimate(new BigDecimal(flop.strip()), method, new BigDecimal(lowerFlop.strip()),
        new BigDecimal(upperFlop.strip()));
  }

  /**
   * Returns the best estimate as a quantity.
   *
   * @return the estimate, never null
   */
  public ComputeAmount value() {
    return ComputeAmount.ofFlop(flop);
  }

  /**
   * Returns the lower end of the interval: the lower bound, or the estimate when no lower bound is given.
   *
   * @return the lower end in FLOP, never null
   */
  public BigDecimal lowerEnd() {
    return lowerFlop != null ? lowerFlop : flop;
  }

  /**
   * Returns the upper end of the interval: the upper bound, or the estimate when no upper bound is given.
   *
   * @return the upper end in FLOP, never null
   */
  public BigDecimal upperEnd() {
    return upperFlop != null ? upperFlop : flop;
  }

  /**
   * Returns where the interval lies relative to a threshold that must be strictly exceeded (see the class
   * documentation for the endpoint rule).
   *
   * @param threshold the threshold in FLOP, not null
   * @return the position, never null
   */
  public Position positionRelativeTo(BigDecimal threshold) {
    if (flop.compareTo(threshold) > 0) {
      return Position.ABOVE;
    }
    if (upperEnd().compareTo(threshold) <= 0) {
      return Position.NOT_ABOVE;
    }
    return Position.STRADDLES;
  }

  /**
   * Renders the estimate with its interval, such as {@code 3.8E+25 FLOP [2.7E+25, 4.9E+25] (ARCHITECTURE_6PD)}.
   *
   * @return the text, never null
   */
  @Override
  public String toString() {
    StringBuilder sb = new StringBuilder().append(flop).append(" FLOP");
    if (lowerFlop != null || upperFlop != null) {
      sb.append(" [").append(lowerFlop != null ? lowerFlop : "-").append(", ")
          .append(upperFlop != null ? upperFlop : "-").append(']');
    }
    return sb.append(" (").append(method).append(')').toString();
  }
}
