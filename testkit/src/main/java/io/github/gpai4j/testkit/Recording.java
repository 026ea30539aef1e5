package io.github.gpai4j.testkit;

/**
 * The choices one generated value made: each choice's value and its allowed range, in the order made.
 *
 * <p>Recordings are ordered by simplicity ("shortlex"): fewer choices is simpler; with as many choices, the first
 * choice that differs decides, a value closer to its range's simplest number (see {@link Choices#simplest}) being
 * simpler, and at equal distance a value above it. Every accepted shrink is strictly simpler, so shrinking ends.
 */
final class Recording {
  private final long[] values;
  private final long[] mins;
  private final long[] maxs;

  Recording(long[] values, long[] mins, long[] maxs) {
    this.values = values;
    this.mins = mins;
    this.maxs = maxs;
  }

  /**
   * Returns the number of choices.
   *
   * @return the length
   */
  public int length() {
    return values.length;
  }

  /**
   * Returns a copy of the chosen values.
   *
   * @return the values
   */
  public long[] values() {
    return values.clone();
  }

  /**
   * Returns one chosen value.
   *
   * @param index the choice's position
   * @return the value
   */
  public long value(int index) {
    return values[index];
  }

  /**
   * Returns the simplest value the choice at a position could take.
   *
   * @param index the choice's position
   * @return the simplest value
   */
  public long simplest(int index) {
    return Choices.simplest(mins[index], maxs[index]);
  }

  /**
   * Returns the smallest value the choice at a position could take.
   *
   * @param index the choice's position
   * @return the lower bound
   */
  public long min(int index) {
    return mins[index];
  }

  /**
   * Returns the largest value the choice at a position could take.
   *
   * @param index the choice's position
   * @return the upper bound
   */
  public long max(int index) {
    return maxs[index];
  }

  /**
   * Tells whether this recording is strictly simpler than another.
   *
   * @param other the recording to compare with
   * @return whether this one is simpler
   */
  public boolean isSimplerThan(Recording other) {
    if (values.length != other.values.length) {
      return values.length < other.values.length;
    }
    for (int i = 0; i < values.length; i++) {
      int c = compareChoice(values[i], simplest(i), other.values[i], other.simplest(i));
      if (c != 0) {
        return c < 0;
      }
    }
    return false;
  }

  private static int compareChoice(long a, long targetA, long b, long targetB) {
    int byDistance = Long.compareUnsigned(distance(a, targetA), distance(b, targetB));
    if (byDistance != 0) {
      return byDistance;
    }
    return Boolean.compare(a < targetA, b < targetB);
  }

  /** The distance between two longs, as an unsigned long (exact for any pair). */
  static long distance(long value, long target) {
    return value >= target ? value - target : target - value;
  }
}
