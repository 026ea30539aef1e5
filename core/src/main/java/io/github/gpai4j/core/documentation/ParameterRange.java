package io.github.gpai4j.core.documentation;

import static java.util.Objects.requireNonNull;

import java.math.BigDecimal;
import org.jspecify.annotations.Nullable;

/**
 * The total-model-size ranges of MDF-2.5b, for national competent authorities and downstream providers.
 *
 * <p>The form does not say whether a boundary value (exactly 5 billion, say) belongs to the lower or the upper
 * range (UNCONFIRMED; gpai-reference.md section 9 point 9). gpai4j reads each range as lower bound exclusive and
 * upper bound inclusive ({@code 500M–5B} holds 5,000,000,000), except that the first range starts at 1 inclusive;
 * {@link #containsAcceptingBoundaries(BigDecimal)} accepts either reading at the boundaries, which is what
 * consistency rules should use.
 *
 * @since 0.1.0
 */
public enum ParameterRange {
  /** 1 to 500 million parameters. */
  P_1_500M("1–500M", "1", "5E8"),
  /** 500 million to 5 billion. */
  P_500M_5B("500M–5B", "5E8", "5E9"),
  /** 5 billion to 15 billion. */
  P_5B_15B("5B–15B", "5E9", "1.5E10"),
  /** 15 billion to 50 billion. */
  P_15B_50B("15B–50B", "1.5E10", "5E10"),
  /** 50 billion to 100 billion. */
  P_50B_100B("50B–100B", "5E10", "1E11"),
  /** 100 billion to 500 billion. */
  P_100B_500B("100B–500B", "1E11", "5E11"),
  /** 500 billion to 1 trillion. */
  P_500B_1T("500B–1T", "5E11", "1E12"),
  /** More than 1 trillion. */
  P_GT_1T(">1T", "1E12", null);

  private final String label;
  private final BigDecimal lower;
  private final @Nullable BigDecimal upper;

  ParameterRange(String label, String lower, @Nullable String upper) {
    this.label = label;
    this.lower = new BigDecimal(lower);
    this.upper = upper == null ? null : new BigDecimal(upper);
  }

  /**
   * Returns the form's label, such as {@code 5B–15B}.
   *
   * @return the label
   */
  public String label() {
    return label;
  }

  /**
   * Returns the range gpai4j assigns to an exact parameter count (lower exclusive, upper inclusive).
   *
   * @param count the number of parameters, positive
   * @return the range
   * @throws IllegalArgumentException if the count is below 1
   */
  public static ParameterRange of(BigDecimal count) {
    requireNonNull(count, "count");
    if (count.compareTo(BigDecimal.ONE) < 0) {
      throw new IllegalArgumentException("A model has at least one parameter, was " + count);
    }
    for (ParameterRange r : values()) {
      if (r.upper == null || count.compareTo(r.upper) <= 0) {
        return r;
      }
    }
    return P_GT_1T;
  }

  /**
   * Returns whether a count lies in this range, accepting a count equal to either bound where the form leaves the
   * boundary open ({@code 500M–5B} and {@code 5B–15B} both accept exactly 5 billion). A range never contradicts its
   * own label: {@code >1T} reads "more than one trillion", so exactly 10^12 is not in it (it is in
   * {@code 500B–1T}).
   *
   * @param count the number of parameters, not null
   * @return true if {@code lower <= count <= upper}, or {@code count > 10^12} for {@code >1T}
   */
  public boolean containsAcceptingBoundaries(BigDecimal count) {
    requireNonNull(count, "count");
    if (upper == null) {
      return count.compareTo(lower) > 0; // ">1T" is more than one trillion: exactly 10^12 is not in it
    }
    return count.compareTo(lower) >= 0 && count.compareTo(upper) <= 0;
  }
}
