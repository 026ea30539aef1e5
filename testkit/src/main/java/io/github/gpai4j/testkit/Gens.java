package io.github.gpai4j.testkit;

import static java.util.Objects.requireNonNull;

import io.github.gpai4j.core.ComputeAmount;
import io.github.gpai4j.core.DataSize;
import io.github.gpai4j.core.DataUnit;
import io.github.gpai4j.core.EnergyAmount;
import io.github.gpai4j.core.ParameterCount;
import java.math.BigDecimal;
import java.math.BigInteger;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collections;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import java.util.function.BiFunction;
import org.jspecify.annotations.Nullable;

/**
 * Factories of general-purpose generators (numbers, text, choices, collections, dates and the quantities of
 * {@code io.github.gpai4j.core}), each shrinking towards a documented simplest value.
 *
 * <p>Numbers are biased towards their bounds and small magnitudes; collections grow element by element, so a
 * shrunk collection has only the elements the failure needs. All generators are immutable and thread-safe.
 *
 * @since 0.1.0
 */
public final class Gens {
  /** The average number of optional elements a collection gets when its maximum size allows it. */
  private static final int AVERAGE_EXTRA_ELEMENTS = 8;

  private static final String LOWERCASE = "abcdefghijklmnopqrstuvwxyz";
  private static final List<String> TOP_LEVEL_DOMAINS =
      List.of("com", "org", "net", "eu", "de", "fr", "it", "es", "nl", "io", "co.uk", "edu");

  private Gens() {}

  /**
   * Returns a generator of one fixed value.
   *
   * @param value the value, may be null
   * @param <T> the type
   * @return the constant generator
   */
  public static <T extends @Nullable Object> Gen<T> constant(T value) {
    return source -> value;
  }

  /**
   * Returns a generator of booleans, shrinking to {@code false}.
   *
   * @return the generator
   */
  public static Gen<Boolean> booleans() {
    return source -> source.chance(0.5);
  }

  /**
   * Returns a generator of all {@code int}s, biased towards 0, ±1 and the extremes; shrinks towards 0.
   *
   * @return the generator
   */
  public static Gen<Integer> integers() {
    return integers(Integer.MIN_VALUE, Integer.MAX_VALUE);
  }

  /**
   * Returns a generator of {@code int}s in an inclusive range, biased towards the bounds and small magnitudes;
   * shrinks towards the number in the range closest to 0.
   *
   * @param min the smallest value
   * @param max the largest value, not less than {@code min}
   * @return the generator
   * @throws IllegalArgumentException if {@code max < min}
   */
  public static Gen<Integer> integers(int min, int max) {
    checkRange(min, max);
    return source -> (int) source.choose(min, max);
  }

  /**
   * Returns a generator of all {@code long}s, biased towards 0, ±1 and the extremes; shrinks towards 0.
   *
   * @return the generator
   */
  public static Gen<Long> longs() {
    return longs(Long.MIN_VALUE, Long.MAX_VALUE);
  }

  /**
   * Returns a generator of {@code long}s in an inclusive range; shrinks towards the number closest to 0.
   *
   * @param min the smallest value
   * @param max the largest value, not less than {@code min}
   * @return the generator
   * @throws IllegalArgumentException if {@code max < min}
   */
  public static Gen<Long> longs(long min, long max) {
    checkRange(min, max);
    return source -> source.choose(min, max);
  }

  /**
   * Returns a generator of finite {@code double}s in an inclusive range on a grid of 2^53 steps per side of 0,
   * including both bounds; shrinks towards 0 if the range contains it, otherwise towards the bound closer to 0.
   *
   * @param min the smallest value, finite
   * @param max the largest value, finite, not less than {@code min}
   * @return the generator
   * @throws IllegalArgumentException if a bound is not finite or {@code max < min}
   */
  public static Gen<Double> doubles(double min, double max) {
    if (!Double.isFinite(min) || !Double.isFinite(max) || max < min) {
      throw new IllegalArgumentException("Need finite min <= max, was [" + min + ", " + max + "]");
    }
    long steps = 1L << 53;
    if (min <= 0 && max >= 0) {
      return source -> {
        long k = source.choose(min < 0 ? -steps : 0, max > 0 ? steps : 0);
        double value = k >= 0 ? max * ((double) k / steps) : min * ((double) -k / steps);
        return value == 0 ? 0.0 : value;
      };
    }
    double origin = min > 0 ? min : max;
    double far = min > 0 ? max : min;
    return source -> {
      double fraction = (double) source.choose(0, steps) / steps;
      double value = origin + (far - origin) * fraction;
      return Math.max(min, Math.min(max, value));
    };
  }

  /**
   * Returns a generator picking one of the given values with equal probability; shrinks towards the first.
   *
   * @param values the values, at least one
   * @param <T> the type
   * @return the generator
   * @throws IllegalArgumentException if no value is given
   */
  @SafeVarargs
  public static <T extends @Nullable Object> Gen<T> elements(T... values) {
    List<T> copy = new ArrayList<>(values.length);
    for (T value : values) {
      copy.add(value);
    }
    return elements(copy);
  }

  /**
   * Returns a generator picking one of the given values with equal probability; shrinks towards the first.
   *
   * @param values the values, at least one; copied
   * @param <T> the type
   * @return the generator
   * @throws IllegalArgumentException if the list is empty
   */
  public static <T extends @Nullable Object> Gen<T> elements(List<? extends T> values) {
    List<? extends T> copy = Collections.unmodifiableList(new ArrayList<>(values));
    if (copy.isEmpty()) {
      throw new IllegalArgumentException("elements needs at least one value");
    }
    return source -> copy.get((int) source.uniform(0, copy.size() - 1));
  }

  /**
   * Returns a generator of an enum's constants; shrinks towards the first declared.
   *
   * @param type the enum type, not null, with at least one constant
   * @param <E> the enum
   * @return the generator
   */
  public static <E extends Enum<E>> Gen<E> enums(Class<E> type) {
    return elements(Arrays.asList(requireNonNull(type, "type").getEnumConstants()));
  }

  /**
   * Returns a generator that picks one of the given generators with equal probability; shrinks towards the
   * first.
   *
   * @param gens the generators, at least one
   * @param <T> the type
   * @return the generator
   * @throws IllegalArgumentException if no generator is given
   */
  @SafeVarargs
  public static <T extends @Nullable Object> Gen<T> oneOf(Gen<? extends T>... gens) {
    List<Gen<? extends T>> copy = new ArrayList<>(gens.length);
    for (Gen<? extends T> gen : gens) {
      copy.add(requireNonNull(gen, "gen"));
    }
    if (copy.isEmpty()) {
      throw new IllegalArgumentException("oneOf needs at least one generator");
    }
    return source -> copy.get((int) source.uniform(0, copy.size() - 1)).generate(source);
  }

  /**
   * Returns a weighted generator for {@link #frequency(Weighted...)}.
   *
   * @param weight the relative weight, at least 1
   * @param gen the generator, not null
   * @param <T> the type
   * @return the weighted generator
   */
  public static <T> Weighted<T> weighted(int weight, Gen<? extends T> gen) {
    return new Weighted<>(weight, gen);
  }

  /**
   * Returns a generator that picks one of the given generators with probability proportional to its weight;
   * shrinks towards the first.
   *
   * @param choices the weighted generators, at least one
   * @param <T> the type
   * @return the generator
   * @throws IllegalArgumentException if no generator is given
   */
  @SafeVarargs
  public static <T> Gen<T> frequency(Weighted<? extends T>... choices) {
    List<Weighted<? extends T>> copy = new ArrayList<>(choices.length);
    for (Weighted<? extends T> choice : choices) {
      copy.add(requireNonNull(choice, "choice"));
    }
    if (copy.isEmpty()) {
      throw new IllegalArgumentException("frequency needs at least one weighted generator");
    }
    long total = 0;
    for (Weighted<? extends T> choice : copy) {
      total += choice.weight();
    }
    long max = total - 1;
    return source -> {
      long pick = source.uniform(0, max);
      for (Weighted<? extends T> choice : copy) {
        if (pick < choice.weight()) {
          return choice.gen().generate(source);
        }
        pick -= choice.weight();
      }
      throw new AssertionError("unreachable: weights sum to " + (max + 1));
    };
  }

  /**
   * Returns a generator of lists of up to 20 elements; shrinks towards the empty list.
   *
   * @param element the element generator, not null
   * @param <T> the element type
   * @return the generator
   */
  public static <T extends @Nullable Object> Gen<List<T>> lists(Gen<T> element) {
    return lists(element, 0, 20);
  }

  /**
   * Returns a generator of lists whose size is within bounds; each element after the first {@code minSize} is
   * preceded by a recorded "one more?" choice, so shrinking deletes elements one by one down to {@code minSize}.
   *
   * @param element the element generator, not null
   * @param minSize the smallest size, not negative
   * @param maxSize the largest size, not less than {@code minSize}
   * @param <T> the element type
   * @return the generator of unmodifiable lists (elements may be null if the element generator gives null)
   * @throws IllegalArgumentException if the bounds are negative or inverted
   */
  public static <T extends @Nullable Object> Gen<List<T>> lists(Gen<T> element, int minSize, int maxSize) {
    requireNonNull(element, "element");
    checkSizes(minSize, maxSize);
    double more = continueProbability(minSize, maxSize);
    return source -> {
      List<T> values = new ArrayList<>();
      while (values.size() < minSize || values.size() < maxSize && source.chance(more)) {
        values.add(element.generate(source));
      }
      return Collections.unmodifiableList(values);
    };
  }

  /**
   * Returns a generator of sets whose size is within bounds, in insertion order; a duplicate element is drawn
   * again (up to {@value Gen#DEFAULT_FILTER_TRIES} times in a row).
   *
   * @param element the element generator, not null
   * @param minSize the smallest size, not negative
   * @param maxSize the largest size, not less than {@code minSize}
   * @param <T> the element type
   * @return the generator of unmodifiable sets
   * @throws IllegalArgumentException if the bounds are negative or inverted
   * @throws FilterExhaustedException when generating, if the element generator cannot supply enough distinct
   *     values
   */
  public static <T> Gen<Set<T>> sets(Gen<T> element, int minSize, int maxSize) {
    requireNonNull(element, "element");
    checkSizes(minSize, maxSize);
    double more = continueProbability(minSize, maxSize);
    return source -> {
      Set<T> values = new LinkedHashSet<>();
      while (values.size() < minSize || values.size() < maxSize && source.chance(more)) {
        T last = null;
        boolean added = false;
        for (int attempt = 0; attempt < Gen.DEFAULT_FILTER_TRIES && !added; attempt++) {
          last = element.generate(source);
          added = values.add(last);
        }
        if (!added) {
          throw new FilterExhaustedException(
              "set element not already in the set", Gen.DEFAULT_FILTER_TRIES, String.valueOf(last), null);
        }
      }
      return Collections.unmodifiableSet(values);
    };
  }

  /**
   * Returns a generator of optional values, present 4 times in 5; shrinks towards empty.
   *
   * @param value the generator of present values, not null
   * @param <T> the type
   * @return the generator
   */
  public static <T> Gen<Optional<T>> optionals(Gen<T> value) {
    requireNonNull(value, "value");
    return source -> source.chance(0.8) ? Optional.of(value.generate(source)) : Optional.empty();
  }

  /**
   * Returns a generator of values or null, null 1 time in 5; shrinks towards null (the simplest answer to "is
   * this field handled when absent?").
   *
   * @param value the generator of non-null values, not null
   * @param <T> the type
   * @return the generator
   */
  public static <T> Gen<@Nullable T> nullable(Gen<T> value) {
    requireNonNull(value, "value");
    return source -> source.chance(0.8) ? value.generate(source) : null;
  }

  /**
   * Returns a generator of strings over an alphabet; shrinks towards shorter strings of the alphabet's first
   * character.
   *
   * @param alphabet the characters to use (code points; supplementary characters allowed), not empty
   * @param minLength the smallest length in code points, not negative
   * @param maxLength the largest length in code points, not less than {@code minLength}
   * @return the generator
   * @throws IllegalArgumentException if the alphabet is empty or the bounds are negative or inverted
   */
  public static Gen<String> strings(String alphabet, int minLength, int maxLength) {
    int[] codePoints = requireNonNull(alphabet, "alphabet").codePoints().toArray();
    if (codePoints.length == 0) {
      throw new IllegalArgumentException("The alphabet must not be empty");
    }
    checkSizes(minLength, maxLength);
    double more = continueProbability(minLength, maxLength);
    return source -> {
      StringBuilder text = new StringBuilder();
      int length = 0;
      while (length < minLength || length < maxLength && source.chance(more)) {
        text.appendCodePoint(codePoints[(int) source.choose(0, codePoints.length - 1)]);
        length++;
      }
      return text.toString();
    };
  }

  /**
   * Returns a generator of strings of printable ASCII (space to tilde); shrinks towards shorter strings of
   * spaces.
   *
   * @param minLength the smallest length, not negative
   * @param maxLength the largest length, not less than {@code minLength}
   * @return the generator
   */
  public static Gen<String> asciiStrings(int minLength, int maxLength) {
    StringBuilder alphabet = new StringBuilder();
    for (char c = ' '; c <= '~'; c++) {
      alphabet.append(c);
    }
    return strings(alphabet.toString(), minLength, maxLength);
  }

  /**
   * Returns a generator of text that stresses encoders: control characters (including NUL, tab and line
   * breaks), quotes and backslashes, Latin, Greek, Cyrillic and CJK letters, combining marks and supplementary
   * characters (emoji), never lone surrogates; shrinks towards shorter strings of {@code a}.
   *
   * @param minLength the smallest length in code points, not negative
   * @param maxLength the largest length in code points, not less than {@code minLength}
   * @return the generator
   */
  public static Gen<String> unicodeStrings(int minLength, int maxLength) {
    checkSizes(minLength, maxLength);
    Gen<Integer> codePoint = frequency(
        weighted(6, integers('a', 'z')),
        weighted(3, integers(' ', '~')),
        weighted(1, elements(0, (int) '\t', (int) '\n', (int) '\r', (int) '"', (int) '\\', (int) '/', 0x7F)),
        weighted(1, integers(0x00A0, 0x024F)),
        weighted(1, integers(0x0370, 0x04FF)),
        weighted(1, integers(0x0300, 0x036F)),
        weighted(1, integers(0x4E00, 0x9FFF)),
        weighted(1, integers(0x1F300, 0x1F64F)));
    double more = continueProbability(minLength, maxLength);
    return source -> {
      StringBuilder text = new StringBuilder();
      int length = 0;
      while (length < minLength || length < maxLength && source.chance(more)) {
        text.appendCodePoint(codePoint.generate(source));
        length++;
      }
      return text.toString();
    };
  }

  /**
   * Returns a generator of lowercase words of 1 to 12 letters, for names and identifiers; shrinks towards
   * {@code "a"}.
   *
   * @return the generator
   */
  public static Gen<String> words() {
    return strings(LOWERCASE, 1, 12);
  }

  /**
   * Returns a generator of sentences for free-text fields: 1 to 15 words, capitalised, ending in a full stop;
   * shrinks towards {@code "A."}.
   *
   * @return the generator
   */
  public static Gen<String> sentences() {
    return lists(words(), 1, 15).map(words -> {
      String joined = String.join(" ", words);
      return joined.substring(0, 1).toUpperCase(Locale.ROOT) + joined.substring(1) + ".";
    });
  }

  /**
   * Returns a generator of internet domain names of a second-level label and a top-level domain, such as
   * {@code example.com} (the granularity of the training-content summary's list of top domains).
   *
   * @return the generator, shrinking towards {@code a.com}
   */
  public static Gen<String> domainNames() {
    Gen<String> label = strings(LOWERCASE + "0123456789-", 1, 20)
        .filter("label neither starts nor ends with a hyphen", s -> !s.startsWith("-") && !s.endsWith("-"));
    Gen<String> tld = elements(TOP_LEVEL_DOMAINS);
    return source -> label.generate(source) + "." + tld.generate(source);
  }

  /**
   * Returns a generator of dates in an inclusive range; shrinks towards {@code from}.
   *
   * @param from the first date, not null
   * @param to the last date, not null, not before {@code from}
   * @return the generator
   * @throws IllegalArgumentException if {@code to} is before {@code from}
   */
  public static Gen<LocalDate> localDates(LocalDate from, LocalDate to) {
    requireNonNull(from, "from");
    requireNonNull(to, "to");
    long days = ChronoUnit.DAYS.between(from, to);
    if (days < 0) {
      throw new IllegalArgumentException("End date must be on or after start date: " + from + " > " + to);
    }
    return source -> from.plusDays(source.choose(0, days));
  }

  /**
   * Returns a generator of positive decimals with a known number of significant figures, written as
   * {@code m × 10^e} with {@code 1 <= m < 10}; the decimal's precision is exactly its significant figures (so
   * {@code 2.40E+25} has three). Shrinks towards one significant figure, mantissa 1 and the exponent closest to 0.
   *
   * @param minExponent the smallest order of magnitude {@code e}
   * @param maxExponent the largest order of magnitude, not less than {@code minExponent}
   * @param maxSignificantFigures the most significant figures, 1 to 18
   * @return the generator
   * @throws IllegalArgumentException if the exponents are inverted or the figures out of range
   */
  public static Gen<BigDecimal> decimals(int minExponent, int maxExponent, int maxSignificantFigures) {
    return decimals(minExponent, maxExponent, maxSignificantFigures, false);
  }

  private static Gen<BigDecimal> decimals(int minExponent, int maxExponent, int maxFigures, boolean whole) {
    checkRange(minExponent, maxExponent);
    if (maxFigures < 1 || maxFigures > 18) {
      throw new IllegalArgumentException("Significant figures must be 1 to 18, was " + maxFigures);
    }
    return source -> {
      int exponent = (int) source.choose(minExponent, maxExponent);
      int figureLimit = whole ? Math.min(maxFigures, exponent + 1) : maxFigures;
      int figures = (int) source.choose(1, figureLimit);
      long lowest = pow10(figures - 1);
      long mantissa = lowest + source.choose(0, 9 * lowest - 1);
      return new BigDecimal(BigInteger.valueOf(mantissa), figures - 1 - exponent);
    };
  }

  /**
   * Returns a generator of compute amounts (FLOP) from {@code 10^minExponent} to just under
   * {@code 10^(maxExponent+1)}, with 1 to 4 significant figures; shrinks towards {@code 1E+minExponent} (or 1).
   *
   * @param minExponent the smallest order of magnitude
   * @param maxExponent the largest order of magnitude, not less than {@code minExponent}
   * @return the generator
   * @see LawEdges#trainingCompute()
   */
  public static Gen<ComputeAmount> computeAmounts(int minExponent, int maxExponent) {
    return decimals(minExponent, maxExponent, 4).map(ComputeAmount::ofFlop);
  }

  /**
   * Returns a generator of energy amounts (MWh) from {@code 10^minExponent} to just under
   * {@code 10^(maxExponent+1)}, with 1 to 4 significant figures.
   *
   * @param minExponent the smallest order of magnitude
   * @param maxExponent the largest order of magnitude, not less than {@code minExponent}
   * @return the generator
   */
  public static Gen<EnergyAmount> energyAmounts(int minExponent, int maxExponent) {
    return decimals(minExponent, maxExponent, 4).map(EnergyAmount::ofMegawattHours);
  }

  /**
   * Returns a generator of whole parameter counts from {@code 10^minExponent} to just under
   * {@code 10^(maxExponent+1)}, with 1 to 4 significant figures (never more than the number has digits).
   *
   * @param minExponent the smallest order of magnitude, not negative
   * @param maxExponent the largest order of magnitude, not less than {@code minExponent}
   * @return the generator
   * @throws IllegalArgumentException if {@code minExponent} is negative or the exponents are inverted
   */
  public static Gen<ParameterCount> parameterCounts(int minExponent, int maxExponent) {
    if (minExponent < 0) {
      throw new IllegalArgumentException("Parameter counts are whole numbers: minExponent must be >= 0");
    }
    return decimals(minExponent, maxExponent, 4, true).map(ParameterCount::of);
  }

  /**
   * Returns a generator of data sizes in any predefined unit, from {@code 10^minExponent} to just under
   * {@code 10^(maxExponent+1)} units.
   *
   * @param minExponent the smallest order of magnitude
   * @param maxExponent the largest order of magnitude, not less than {@code minExponent}
   * @return the generator
   */
  public static Gen<DataSize> dataSizes(int minExponent, int maxExponent) {
    Gen<BigDecimal> amounts = decimals(minExponent, maxExponent, 4);
    Gen<DataUnit> units = enums(DataUnit.class);
    return source -> {
      BigDecimal amount = amounts.generate(source);
      DataUnit unit = units.generate(source);
      return unit == DataUnit.OTHER
          ? new DataSize(amount, unit, "sample units")
          : DataSize.of(amount, unit);
    };
  }

  /**
   * A pair of values, as {@link #zip(Gen, Gen)} makes them.
   *
   * @param first the first value
   * @param second the second value
   * @param <A> the type of the first value
   * @param <B> the type of the second value
   * @since 0.1.0
   */
  public record Pair<A extends @Nullable Object, B extends @Nullable Object>(A first, B second) {}

  /**
   * Returns a generator of pairs of two generators' values.
   *
   * @param a the first generator, not null
   * @param b the second generator, not null
   * @param <A> the type of the first value
   * @param <B> the type of the second value
   * @return the generator
   */
  public static <A extends @Nullable Object, B extends @Nullable Object> Gen<Pair<A, B>> zip(Gen<A> a, Gen<B> b) {
    return combine(a, b, Pair::new);
  }

  /**
   * Returns a generator of lists holding one value of each generator, in order (2 to 8 generators, or more).
   *
   * @param gens the generators, at least 2
   * @return the generator of unmodifiable lists (values may be null if a generator gives null)
   * @throws IllegalArgumentException if fewer than 2 generators are given
   */
  public static Gen<List<@Nullable Object>> zip(Gen<?>... gens) {
    List<Gen<?>> copy = new ArrayList<>();
    for (Gen<?> gen : gens) {
      copy.add(requireNonNull(gen, "gen"));
    }
    if (copy.size() < 2) {
      throw new IllegalArgumentException("zip needs at least 2 generators, was " + copy.size());
    }
    return source -> {
      List<@Nullable Object> values = new ArrayList<>(copy.size());
      for (Gen<?> gen : copy) {
        values.add(gen.generate(source));
      }
      return Collections.unmodifiableList(values);
    };
  }

  /**
   * Returns a generator of records built from one generator per record component, in declaration order, without
   * a hand-written lambda: {@code Gens.records(TrainingRun.class, days, compute, parameters)}. The record's
   * canonical constructor is called (and may reject values, which the runner reports with seed and try).
   *
   * @param type the record class, not null; accessible to the testkit (public, or in a package opened to it)
   * @param components the generators of the components, in order, as many as the record has components
   * @param <R> the record type
   * @return the generator
   * @throws IllegalArgumentException if the type is not a record or the number of generators differs
   */
  public static <R extends Record> Gen<R> records(Class<R> type, Gen<?>... components) {
    requireNonNull(type, "type");
    java.lang.reflect.RecordComponent[] parts = type.getRecordComponents();
    if (parts == null) {
      throw new IllegalArgumentException(type.getName() + " is not a record");
    }
    if (parts.length != components.length) {
      throw new IllegalArgumentException(type.getName() + " has " + parts.length + " components, "
          + components.length + " generators were given");
    }
    Class<?>[] types = new Class<?>[parts.length];
    for (int i = 0; i < parts.length; i++) {
      types[i] = parts[i].getType();
      requireNonNull(components[i], "component generator " + (i + 1));
    }
    java.lang.reflect.Constructor<R> constructor;
    try {
      constructor = type.getDeclaredConstructor(types);
      constructor.setAccessible(true);
    } catch (NoSuchMethodException | RuntimeException e) {
      throw new IllegalArgumentException("Cannot use the canonical constructor of " + type.getName(), e);
    }
    List<Gen<?>> gens = List.of(components);
    return source -> {
      Object[] values = new Object[gens.size()];
      for (int i = 0; i < values.length; i++) {
        values[i] = gens.get(i).generate(source);
      }
      try {
        return constructor.newInstance(values);
      } catch (java.lang.reflect.InvocationTargetException e) {
        Throwable cause = e.getCause();
        if (cause instanceof RuntimeException) {
          throw (RuntimeException) cause;
        }
        throw new IllegalStateException("The constructor of " + type.getName() + " threw", cause);
      } catch (ReflectiveOperationException | IllegalArgumentException e) {
        throw new IllegalStateException("Cannot build " + type.getName() + " from " + java.util.Arrays.toString(values)
            + " (does each generator give the component's type?)", e);
      }
    };
  }

  /**
   * Returns a generator that asks a supplier for the generator the first time it generates, for generators that
   * refer to themselves or to generators defined later.
   *
   * @param gen supplies the generator, not null; called once
   * @param <T> the type
   * @return the lazy generator
   */
  public static <T extends @Nullable Object> Gen<T> lazy(java.util.function.Supplier<? extends Gen<T>> gen) {
    requireNonNull(gen, "gen");
    return new Gen<T>() {
      private volatile @Nullable Gen<T> resolved;

      @Override
      public T generate(Source source) {
        Gen<T> known = resolved;
        if (known == null) {
          known = requireNonNull(gen.get(), "lazy generator");
          resolved = known;
        }
        return known.generate(source);
      }
    };
  }

  /**
   * Returns a generator of recursive values (trees, nested sections) at most {@code maxDepth} levels deep: at each
   * level it either stops with the base generator or, with probability one half, applies the step to the
   * generator of the level below. Shrinks towards the base value.
   *
   * @param base the generator of leaves, not null
   * @param step makes a generator of one level from the generator of the level below, not null
   * @param maxDepth the most levels above the leaves, not negative
   * @param <T> the type
   * @return the generator
   * @throws IllegalArgumentException if {@code maxDepth} is negative
   */
  public static <T extends @Nullable Object> Gen<T> recursive(
      Gen<T> base, java.util.function.Function<Gen<T>, Gen<T>> step, int maxDepth) {
    requireNonNull(base, "base");
    requireNonNull(step, "step");
    if (maxDepth < 0) {
      throw new IllegalArgumentException("maxDepth must not be negative, was " + maxDepth);
    }
    Gen<T> level = base;
    for (int depth = 1; depth <= maxDepth; depth++) {
      Gen<T> below = level;
      Gen<T> deeper = requireNonNull(step.apply(below), "step result");
      level = source -> source.chance(0.5) ? deeper.generate(source) : base.generate(source);
    }
    return level;
  }

  /**
   * Returns a generator combining the values of 2 generators with a function; each shrinks as it would alone.
   *
   * @param a the generator of argument 1, not null
   * @param b the generator of argument 2, not null
   * @param combiner makes the value from the 2 values, not null
   * @param <A> the type of argument 1
   * @param <B> the type of argument 2
   * @param <R> the result type
   * @return the generator
   */
  public static <A extends @Nullable Object, B extends @Nullable Object, R extends @Nullable Object> Gen<R> combine(
      Gen<A> a, Gen<B> b, BiFunction<? super A, ? super B, ? extends R> combiner) {
    requireNonNull(a, "a");
    requireNonNull(b, "b");
    requireNonNull(combiner, "combiner");
    return source -> combiner.apply(a.generate(source), b.generate(source));
  }

  /**
   * Returns a generator combining the values of 3 generators with a function; each shrinks as it would alone.
   *
   * @param a the generator of argument 1, not null
   * @param b the generator of argument 2, not null
   * @param c the generator of argument 3, not null
   * @param combiner makes the value from the 3 values, not null
   * @param <A> the type of argument 1
   * @param <B> the type of argument 2
   * @param <C> the type of argument 3
   * @param <R> the result type
   * @return the generator
   */
  public static <A extends @Nullable Object, B extends @Nullable Object, C extends @Nullable Object, R extends @Nullable Object> Gen<R> combine(
      Gen<A> a, Gen<B> b, Gen<C> c, Function3<? super A, ? super B, ? super C, ? extends R> combiner) {
    requireNonNull(a, "a");
    requireNonNull(b, "b");
    requireNonNull(c, "c");
    requireNonNull(combiner, "combiner");
    return source -> combiner.apply(a.generate(source), b.generate(source), c.generate(source));
  }

  /**
   * Returns a generator combining the values of 4 generators with a function; each shrinks as it would alone.
   *
   * @param a the generator of argument 1, not null
   * @param b the generator of argument 2, not null
   * @param c the generator of argument 3, not null
   * @param d the generator of argument 4, not null
   * @param combiner makes the value from the 4 values, not null
   * @param <A> the type of argument 1
   * @param <B> the type of argument 2
   * @param <C> the type of argument 3
   * @param <D> the type of argument 4
   * @param <R> the result type
   * @return the generator
   */
  public static <A extends @Nullable Object, B extends @Nullable Object, C extends @Nullable Object, D extends @Nullable Object, R extends @Nullable Object> Gen<R> combine(
      Gen<A> a, Gen<B> b, Gen<C> c, Gen<D> d, Function4<? super A, ? super B, ? super C, ? super D, ? extends R> combiner) {
    requireNonNull(a, "a");
    requireNonNull(b, "b");
    requireNonNull(c, "c");
    requireNonNull(d, "d");
    requireNonNull(combiner, "combiner");
    return source -> combiner.apply(a.generate(source), b.generate(source), c.generate(source), d.generate(source));
  }

  /**
   * Returns a generator combining the values of 5 generators with a function; each shrinks as it would alone.
   *
   * @param a the generator of argument 1, not null
   * @param b the generator of argument 2, not null
   * @param c the generator of argument 3, not null
   * @param d the generator of argument 4, not null
   * @param e the generator of argument 5, not null
   * @param combiner makes the value from the 5 values, not null
   * @param <A> the type of argument 1
   * @param <B> the type of argument 2
   * @param <C> the type of argument 3
   * @param <D> the type of argument 4
   * @param <E> the type of argument 5
   * @param <R> the result type
   * @return the generator
   */
  public static <A extends @Nullable Object, B extends @Nullable Object, C extends @Nullable Object, D extends @Nullable Object, E extends @Nullable Object, R extends @Nullable Object> Gen<R> combine(
      Gen<A> a, Gen<B> b, Gen<C> c, Gen<D> d, Gen<E> e, Function5<? super A, ? super B, ? super C, ? super D, ? super E, ? extends R> combiner) {
    requireNonNull(a, "a");
    requireNonNull(b, "b");
    requireNonNull(c, "c");
    requireNonNull(d, "d");
    requireNonNull(e, "e");
    requireNonNull(combiner, "combiner");
    return source -> combiner.apply(a.generate(source), b.generate(source), c.generate(source), d.generate(source), e.generate(source));
  }

  /**
   * Returns a generator combining the values of 6 generators with a function; each shrinks as it would alone.
   *
   * @param a the generator of argument 1, not null
   * @param b the generator of argument 2, not null
   * @param c the generator of argument 3, not null
   * @param d the generator of argument 4, not null
   * @param e the generator of argument 5, not null
   * @param f the generator of argument 6, not null
   * @param combiner makes the value from the 6 values, not null
   * @param <A> the type of argument 1
   * @param <B> the type of argument 2
   * @param <C> the type of argument 3
   * @param <D> the type of argument 4
   * @param <E> the type of argument 5
   * @param <F> the type of argument 6
   * @param <R> the result type
   * @return the generator
   */
  public static <A extends @Nullable Object, B extends @Nullable Object, C extends @Nullable Object, D extends @Nullable Object, E extends @Nullable Object, F extends @Nullable Object, R extends @Nullable Object> Gen<R> combine(
      Gen<A> a, Gen<B> b, Gen<C> c, Gen<D> d, Gen<E> e, Gen<F> f, Function6<? super A, ? super B, ? super C, ? super D, ? super E, ? super F, ? extends R> combiner) {
    requireNonNull(a, "a");
    requireNonNull(b, "b");
    requireNonNull(c, "c");
    requireNonNull(d, "d");
    requireNonNull(e, "e");
    requireNonNull(f, "f");
    requireNonNull(combiner, "combiner");
    return source -> combiner.apply(a.generate(source), b.generate(source), c.generate(source), d.generate(source), e.generate(source), f.generate(source));
  }

  /**
   * Returns a generator combining the values of 7 generators with a function; each shrinks as it would alone.
   *
   * @param a the generator of argument 1, not null
   * @param b the generator of argument 2, not null
   * @param c the generator of argument 3, not null
   * @param d the generator of argument 4, not null
   * @param e the generator of argument 5, not null
   * @param f the generator of argument 6, not null
   * @param g the generator of argument 7, not null
   * @param combiner makes the value from the 7 values, not null
   * @param <A> the type of argument 1
   * @param <B> the type of argument 2
   * @param <C> the type of argument 3
   * @param <D> the type of argument 4
   * @param <E> the type of argument 5
   * @param <F> the type of argument 6
   * @param <G> the type of argument 7
   * @param <R> the result type
   * @return the generator
   */
  public static <A extends @Nullable Object, B extends @Nullable Object, C extends @Nullable Object, D extends @Nullable Object, E extends @Nullable Object, F extends @Nullable Object, G extends @Nullable Object, R extends @Nullable Object> Gen<R> combine(
      Gen<A> a, Gen<B> b, Gen<C> c, Gen<D> d, Gen<E> e, Gen<F> f, Gen<G> g, Function7<? super A, ? super B, ? super C, ? super D, ? super E, ? super F, ? super G, ? extends R> combiner) {
    requireNonNull(a, "a");
    requireNonNull(b, "b");
    requireNonNull(c, "c");
    requireNonNull(d, "d");
    requireNonNull(e, "e");
    requireNonNull(f, "f");
    requireNonNull(g, "g");
    requireNonNull(combiner, "combiner");
    return source -> combiner.apply(a.generate(source), b.generate(source), c.generate(source), d.generate(source), e.generate(source), f.generate(source), g.generate(source));
  }

  /**
   * Returns a generator combining the values of 8 generators with a function; each shrinks as it would alone.
   *
   * @param a the generator of argument 1, not null
   * @param b the generator of argument 2, not null
   * @param c the generator of argument 3, not null
   * @param d the generator of argument 4, not null
   * @param e the generator of argument 5, not null
   * @param f the generator of argument 6, not null
   * @param g the generator of argument 7, not null
   * @param h the generator of argument 8, not null
   * @param combiner makes the value from the 8 values, not null
   * @param <A> the type of argument 1
   * @param <B> the type of argument 2
   * @param <C> the type of argument 3
   * @param <D> the type of argument 4
   * @param <E> the type of argument 5
   * @param <F> the type of argument 6
   * @param <G> the type of argument 7
   * @param <H> the type of argument 8
   * @param <R> the result type
   * @return the generator
   */
  public static <A extends @Nullable Object, B extends @Nullable Object, C extends @Nullable Object, D extends @Nullable Object, E extends @Nullable Object, F extends @Nullable Object, G extends @Nullable Object, H extends @Nullable Object, R extends @Nullable Object> Gen<R> combine(
      Gen<A> a, Gen<B> b, Gen<C> c, Gen<D> d, Gen<E> e, Gen<F> f, Gen<G> g, Gen<H> h, Function8<? super A, ? super B, ? super C, ? super D, ? super E, ? super F, ? super G, ? super H, ? extends R> combiner) {
    requireNonNull(a, "a");
    requireNonNull(b, "b");
    requireNonNull(c, "c");
    requireNonNull(d, "d");
    requireNonNull(e, "e");
    requireNonNull(f, "f");
    requireNonNull(g, "g");
    requireNonNull(h, "h");
    requireNonNull(combiner, "combiner");
    return source -> combiner.apply(a.generate(source), b.generate(source), c.generate(source), d.generate(source), e.generate(source), f.generate(source), g.generate(source), h.generate(source));
  }

  /**
   * A function of 3 arguments, for {@code combine}.
   *
   * @param <A> the type of argument 1
   * @param <B> the type of argument 2
   * @param <C> the type of argument 3
   * @param <R> the result type
   * @since 0.1.0
   */
  @FunctionalInterface
  public interface Function3<A extends @Nullable Object, B extends @Nullable Object, C extends @Nullable Object, R extends @Nullable Object> {
    /**
     * Applies the function.
     *
     * @param a argument 1
     * @param b argument 2
     * @param c argument 3
     * @return the result
     */
    R apply(A a, B b, C c);
  }

  /**
   * A function of 4 arguments, for {@code combine}.
   *
   * @param <A> the type of argument 1
   * @param <B> the type of argument 2
   * @param <C> the type of argument 3
   * @param <D> the type of argument 4
   * @param <R> the result type
   * @since 0.1.0
   */
  @FunctionalInterface
  public interface Function4<A extends @Nullable Object, B extends @Nullable Object, C extends @Nullable Object, D extends @Nullable Object, R extends @Nullable Object> {
    /**
     * Applies the function.
     *
     * @param a argument 1
     * @param b argument 2
     * @param c argument 3
     * @param d argument 4
     * @return the result
     */
    R apply(A a, B b, C c, D d);
  }

  /**
   * A function of 5 arguments, for {@code combine}.
   *
   * @param <A> the type of argument 1
   * @param <B> the type of argument 2
   * @param <C> the type of argument 3
   * @param <D> the type of argument 4
   * @param <E> the type of argument 5
   * @param <R> the result type
   * @since 0.1.0
   */
  @FunctionalInterface
  public interface Function5<A extends @Nullable Object, B extends @Nullable Object, C extends @Nullable Object, D extends @Nullable Object, E extends @Nullable Object, R extends @Nullable Object> {
    /**
     * Applies the function.
     *
     * @param a argument 1
     * @param b argument 2
     * @param c argument 3
     * @param d argument 4
     * @param e argument 5
     * @return the result
     */
    R apply(A a, B b, C c, D d, E e);
  }

  /**
   * A function of 6 arguments, for {@code combine}.
   *
   * @param <A> the type of argument 1
   * @param <B> the type of argument 2
   * @param <C> the type of argument 3
   * @param <D> the type of argument 4
   * @param <E> the type of argument 5
   * @param <F> the type of argument 6
   * @param <R> the result type
   * @since 0.1.0
   */
  @FunctionalInterface
  public interface Function6<A extends @Nullable Object, B extends @Nullable Object, C extends @Nullable Object, D extends @Nullable Object, E extends @Nullable Object, F extends @Nullable Object, R extends @Nullable Object> {
    /**
     * Applies the function.
     *
     * @param a argument 1
     * @param b argument 2
     * @param c argument 3
     * @param d argument 4
     * @param e argument 5
     * @param f argument 6
     * @return the result
     */
    R apply(A a, B b, C c, D d, E e, F f);
  }

  /**
   * A function of 7 arguments, for {@code combine}.
   *
   * @param <A> the type of argument 1
   * @param <B> the type of argument 2
   * @param <C> the type of argument 3
   * @param <D> the type of argument 4
   * @param <E> the type of argument 5
   * @param <F> the type of argument 6
   * @param <G> the type of argument 7
   * @param <R> the result type
   * @since 0.1.0
   */
  @FunctionalInterface
  public interface Function7<A extends @Nullable Object, B extends @Nullable Object, C extends @Nullable Object, D extends @Nullable Object, E extends @Nullable Object, F extends @Nullable Object, G extends @Nullable Object, R extends @Nullable Object> {
    /**
     * Applies the function.
     *
     * @param a argument 1
     * @param b argument 2
     * @param c argument 3
     * @param d argument 4
     * @param e argument 5
     * @param f argument 6
     * @param g argument 7
     * @return the result
     */
    R apply(A a, B b, C c, D d, E e, F f, G g);
  }

  /**
   * A function of 8 arguments, for {@code combine}.
   *
   * @param <A> the type of argument 1
   * @param <B> the type of argument 2
   * @param <C> the type of argument 3
   * @param <D> the type of argument 4
   * @param <E> the type of argument 5
   * @param <F> the type of argument 6
   * @param <G> the type of argument 7
   * @param <H> the type of argument 8
   * @param <R> the result type
   * @since 0.1.0
   */
  @FunctionalInterface
  public interface Function8<A extends @Nullable Object, B extends @Nullable Object, C extends @Nullable Object, D extends @Nullable Object, E extends @Nullable Object, F extends @Nullable Object, G extends @Nullable Object, H extends @Nullable Object, R extends @Nullable Object> {
    /**
     * Applies the function.
     *
     * @param a argument 1
     * @param b argument 2
     * @param c argument 3
     * @param d argument 4
     * @param e argument 5
     * @param f argument 6
     * @param g argument 7
     * @param h argument 8
     * @return the result
     */
    R apply(A a, B b, C c, D d, E e, F f, G g, H h);
  }

  static long pow10(int exponent) {
    long value = 1;
    for (int i = 0; i < exponent; i++) {
      value *= 10;
    }
    return value;
  }

  private static double continueProbability(int minSize, int maxSize) {
    double average = Math.min(maxSize - (double) minSize, AVERAGE_EXTRA_ELEMENTS);
    return average / (average + 1);
  }

  private static void checkRange(long min, long max) {
    if (max < min) {
      throw new IllegalArgumentException("Range is empty: min " + min + " > max " + max);
    }
  }

  private static void checkSizes(int minSize, int maxSize) {
    if (minSize < 0 || maxSize < minSize) {
      throw new IllegalArgumentException("Need 0 <= minSize <= maxSize, was [" + minSize + ", " + maxSize + "]");
    }
  }
}
