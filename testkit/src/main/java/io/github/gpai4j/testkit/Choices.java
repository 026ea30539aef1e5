package io.github.gpai4j.testkit;

import java.util.Arrays;
import java.util.random.RandomGenerator;
import org.jspecify.annotations.Nullable;

/**
 * A {@link Source} that records every choice it makes, either drawing it at random or replaying it from a given
 * sequence (choices beyond the sequence's end take their simplest value, out-of-range ones are clamped).
 */
final class Choices implements Source {

  /** The most choices one generated value may make before it is rejected as too large. */
  public static final int DEFAULT_LIMIT = 100_000;

  private final @Nullable RandomGenerator random;
  private final long[] prefix;
  private final int limit;
  private final boolean recording;
  private long[] values = new long[16];
  private long[] mins = new long[16];
  private long[] maxs = new long[16];
  private int size;

  private Choices(@Nullable RandomGenerator random, long[] prefix, int limit, boolean recording) {
    this.random = random;
    this.prefix = prefix;
    this.limit = limit;
    this.recording = recording;
  }

  /**
   * Returns a source drawing random choices.
   *
   * @param random the randomness
   * @return the source
   */
  public static Choices random(RandomGenerator random) {
    return new Choices(random, new long[0], DEFAULT_LIMIT, true);
  }

  /**
   * Returns a source drawing random choices without recording them and without a limit, for sampling.
   *
   * @param random the randomness
   * @return the source
   */
  public static Choices plain(RandomGenerator random) {
    return new Choices(random, new long[0], Integer.MAX_VALUE, false);
  }

  /**
   * Returns a source replaying choices.
   *
   * @param prefix the choices to replay, in order
   * @return the source
   */
  public static Choices replay(long[] prefix) {
    return new Choices(null, prefix.clone(), DEFAULT_LIMIT, true);
  }

  /**
   * Returns the number in {@code [min, max]} closest to zero, the value every choice shrinks towards.
   *
   * @param min the lower bound
   * @param max the upper bound
   * @return the simplest number
   */
  public static long simplest(long min, long max) {
    return min > 0 ? min : max < 0 ? max : 0;
  }

  @Override
  public long choose(long min, long max) {
    checkRange(min, max);
    return record(min, max, random == null ? replayed(min, max) : biased(random, min, max));
  }

  @Override
  public long uniform(long min, long max) {
    checkRange(min, max);
    return record(min, max, random == null ? replayed(min, max) : uniform(random, min, max));
  }

  @Override
  public boolean chance(double probability) {
    if (!(probability >= 0 && probability <= 1)) {
      throw new IllegalArgumentException("Probability must be in [0, 1], was " + probability);
    }
    long min = probability >= 1 ? 1 : 0;
    long max = probability <= 0 ? 0 : 1;
    long value;
    if (random == null) {
      value = replayed(min, max);
    } else {
      value = min == max ? min : random.nextDouble() < probability ? 1 : 0;
    }
    return record(min, max, value) == 1;
  }

  /**
   * Returns the choices made so far.
   *
   * @return a snapshot of the recording
   */
  public Recording recording() {
    return new Recording(
        Arrays.copyOf(values, size), Arrays.copyOf(mins, size), Arrays.copyOf(maxs, size));
  }

  private static void checkRange(long min, long max) {
    if (max < min) {
      throw new IllegalArgumentException("Choice range is empty: [" + min + ", " + max + "]");
    }
  }

  private long replayed(long min, long max) {
    if (size >= prefix.length) {
      return simplest(min, max);
    }
    return Math.max(min, Math.min(max, prefix[size]));
  }

  private long record(long min, long max, long value) {
    if (!recording) {
      return value;
    }
    if (size >= limit) {
      throw new Invalid("a generated value made more than " + limit + " choices");
    }
    if (size == values.length) {
      int capacity = values.length * 2;
      values = Arrays.copyOf(values, capacity);
      mins = Arrays.copyOf(mins, capacity);
      maxs = Arrays.copyOf(maxs, capacity);
    }
    values[size] = value;
    mins[size] = min;
    maxs[size] = max;
    size++;
    return value;
  }

  static long uniform(RandomGenerator random, long min, long max) {
    if (min == max) {
      return min;
    }
    if (max == Long.MAX_VALUE) {
      return min == Long.MIN_VALUE ? random.nextLong() : random.nextLong(min - 1, max) + 1;
    }
    return random.nextLong(min, max + 1);
  }

  static long biased(RandomGenerator random, long min, long max) {
    if (min == max) {
      return min;
    }
    long simplest = simplest(min, max);
    switch (random.nextInt(16)) {
      case 0:
        return min;
      case 1:
        return max;
      case 2:
        return simplest;
      case 3:
        long[] near = {min + 1, max - 1, simplest + 1, simplest - 1};
        long pick = near[random.nextInt(near.length)];
        return pick >= min && pick <= max ? pick : simplest;
      case 4:
      case 5:
      case 6:
        // small magnitudes around the simplest value: a random number of bits
        long magnitude = random.nextLong(1L << random.nextInt(1, 21));
        long candidate = random.nextBoolean() ? simplest + magnitude : simplest - magnitude;
        return candidate >= min && candidate <= max ? candidate : uniform(random, min, max);
      default:
        return uniform(random, min, max);
    }
  }
}
