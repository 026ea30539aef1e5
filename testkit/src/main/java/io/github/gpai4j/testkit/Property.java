package io.github.gpai4j.testkit;

import static java.util.Objects.requireNonNull;


import io.github.gpai4j.testkit.Runner.Settings;
import java.time.Duration;
import java.util.List;
import java.util.function.BiPredicate;
import java.util.function.Function;
import java.util.function.Predicate;
import org.jspecify.annotations.Nullable;

/**
 * A property-based test runner usable from plain JUnit (or any engine): {@code forAll(generators...)} then
 * {@code check(predicate)} or {@code checkAssert(assertions)} runs the property on generated arguments and throws
 * {@link PropertyFailure} with a minimal counterexample if it fails.
 *
 * <pre>{@code
 * @Test
 * void more_compute_never_removes_the_presumption() {
 *   Property.forAll(LawEdges.systemicRiskCompute(), Gens.computeAmounts(0, 24))
 *       .withTries(500)
 *       .check((compute, more) -> !presumed(compute)
 *           || presumed(ComputeAmount.ofFlop(compute.flop().add(more.flop()))));
 * }
 * }</pre>
 *
 * <p>{@code check} takes a predicate; {@code checkAssert} takes a block that fails by throwing (JUnit assertions).
 * They have different names because one overloaded name would not compile for the most common lambda shape,
 * {@code x -> assertTrue(...)}, which fits both a predicate and a consumer. Both return a {@link PropertyReport} of
 * the passing run, whose summary is also logged at INFO to the platform logger {@code io.github.gpai4j.testkit}
 * (the JDK's default prints it on the console; {@code -Dgpai4j.report=none} turns it off).
 *
 * <p><b>Assumptions and statistics.</b> Inside a property, {@link #assume(boolean)} (or JUnit's
 * {@code assumeTrue}) discards the try; a run that discards more than {@code withMaxDiscardRatio} (default 5)
 * tries per checked try fails. {@link #label(String)} and {@link #classify(boolean, String)} label a try; the
 * distribution is in the report, and {@code withCoverage(label, percent)} fails the property when fewer tries
 * than declared carry a label.
 *
 * <p><b>Seeds and replay.</b> A run draws every try from one random generator seeded by, in order:
 * {@code withSeed(long)}, the system property {@code gpai4j.seed}, the seed that failed the last time this
 * property ran (kept under the build directory, see below), or a random seed. The failure message prints the seed
 * and the command that re-runs exactly the failing test ({@code mvn -Dgpai4j.seed=<seed> -Dtest=<Class#method>
 * test}, with {@code Outer$Inner} for a {@code @Nested} class and the concrete class for an inherited test), taken
 * from the JUnit Platform's own test identity; when the test is unknown, the message says so and prints no
 * command rather than one that would select nothing. The same seed gives the same tries, failures and shrunk
 * counterexamples.
 *
 * <p><b>Persistence.</b> Under the build directory ({@code target/gpai4j-testkit}, or {@code -Dgpai4j.database=<dir>},
 * {@code none} to turn it off) the runner keeps each failing property's seed, tried first next time, and writes each
 * shrunk counterexample that is a document as gpai4j JSON, named in the message, which the command line reads.
 *
 * <p><b>Tries and profiles.</b> The tries are {@code withTries(int)}, else 1,000, multiplied by the profile
 * ({@code -Dgpai4j.profile=local}: 1, {@code ci}: 4, {@code quick}: 0.1), by {@code -Dgpai4j.tries=<n>} divided by
 * 1,000 and by {@code -Dgpai4j.triesMultiplier=<x>}: the multipliers apply to every property, including those that
 * call {@code withTries}.
 *
 * <p><b>Shrinking</b> is integrated (see {@link Gen}) and bounded by a count of property evaluations
 * ({@code withMaxShrinks(int)}, default 5,000) and optionally by time ({@code withShrinkTimeBudget}). The runner
 * keeps running after a first failure (up to 200 more tries, within the property's tries) and collects every
 * distinct failure (exception type and the place it was
 * thrown); each is shrunk on its own, keeping only simpler arguments that fail the same way, and reported
 * separately, so that one bug cannot hide another.
 *
 * <p>A property object is immutable; {@code with...} methods return new ones.
 *
 * @since 0.1.0
 */
public final class Property {
  private Property() {}

  /**
   * Labels the current try for the run's statistics (see {@link PropertyReport#labels()}); outside a property, or
   * while shrinking, does nothing.
   *
   * @param label the label, not null
   */
  public static void label(String label) {
    Statistics.label(requireNonNull(label, "label"));
  }

  /**
   * Labels the current try if a condition holds.
   *
   * @param condition whether to label the try
   * @param label the label, not null
   */
  public static void classify(boolean condition, String label) {
    requireNonNull(label, "label");
    if (condition) {
      Statistics.label(label);
    }
  }

  /**
   * Discards the current try unless a condition holds: the arguments do not count as a try, and the runner
   * generates others. A run fails if it discards more than its maximum discard ratio allows.
   *
   * @param condition what the arguments must meet
   */
  public static void assume(boolean condition) {
    if (!condition) {
      throw new Discarded();
    }
  }

  /**
   * Starts a property over one generated argument.
   *
   * @param a the generator of argument 1, not null
   * @param <A> the type of argument 1
   * @return the property, to configure and check
   */
  public static <A extends @Nullable Object> ForAll1<A> forAll(Gen<A> a) {
    return new ForAll1<>(List.of(requireNonNull(a, "a")), Settings.DEFAULT);
  }

  /**
   * Starts a property over 2 generated arguments.
   *
   * @param a the generator of argument 1, not null
   * @param b the generator of argument 2, not null
   * @param <A> the type of argument 1
   * @param <B> the type of argument 2
   * @return the property, to configure and check
   */
  public static <A extends @Nullable Object, B extends @Nullable Object> ForAll2<A, B> forAll(Gen<A> a, Gen<B> b) {
    return new ForAll2<>(List.of(requireNonNull(a, "a"), requireNonNull(b, "b")), Settings.DEFAULT);
  }

  /**
   * Starts a property over 3 generated arguments.
   *
   * @param a the generator of argument 1, not null
   * @param b the generator of argument 2, not null
   * @param c the generator of argument 3, not null
   * @param <A> the type of argument 1
   * @param <B> the type of argument 2
   * @param <C> the type of argument 3
   * @return the property, to configure and check
   */
  public static <
      A extends @Nullable Object,
      B extends @Nullable Object,
      C extends @Nullable Object>
      ForAll3<A, B, C> forAll(Gen<A> a, Gen<B> b, Gen<C> c) {
    return new ForAll3<>(
        List.of(requireNonNull(a, "a"), requireNonNull(b, "b"), requireNonNull(c, "c")),
        Settings.DEFAULT);
  }

  /**
   * Starts a property over 4 generated arguments.
   *
   * @param a the generator of argument 1, not null
   * @param b the generator of argument 2, not null
   * @param c the generator of argument 3, not null
   * @param d the generator of argument 4, not null
   * @param <A> the type of argument 1
   * @param <B> the type of argument 2
   * @param <C> the type of argument 3
   * @param <D> the type of argument 4
   * @return the property, to configure and check
   */
  public static <
      A extends @Nullable Object,
      B extends @Nullable Object,
      C extends @Nullable Object,
      D extends @Nullable Object>
      ForAll4<A, B, C, D> forAll(Gen<A> a, Gen<B> b, Gen<C> c, Gen<D> d) {
    return new ForAll4<>(
        List.of(requireNonNull(a, "a"), requireNonNull(b, "b"), requireNonNull(c, "c"), requireNonNull(d, "d")),
        Settings.DEFAULT);
  }

  /**
   * The configuration every property shares: tries, seed, shrink budgets, discards, coverage and formatters. A
   * configured property is immutable; each method returns a new one.
   *
   * @param <S> the property type
   * @since 0.1.0
   */
  public abstract static class Configured<S extends Configured<S>> {
    final List<Gen<?>> gens;
    final Settings settings;

    Configured(List<Gen<?>> gens, Settings settings) {
      this.gens = gens;
      this.settings = settings;
    }

    abstract S with(Settings newSettings);

    /**
     * Returns this property with a number of tries (generated arguments checked before it passes), before the
     * profile and system-property multipliers.
     *
     * @param tries the tries, at least 1
     * @return the configured property
     * @throws IllegalArgumentException if {@code tries < 1}
     */
    public S withTries(int tries) {
      return with(settings.withTries(tries));
    }

    /**
     * Returns this property with a fixed seed, which takes precedence over the system property
     * {@code gpai4j.seed} and the failure database.
     *
     * @param seed the seed
     * @return the configured property
     */
    public S withSeed(long seed) {
      return with(settings.withSeed(seed));
    }

    /**
     * Returns this property with a shrink budget: the most property evaluations spent shrinking each failure.
     *
     * @param maxShrinks the budget, not negative; 0 reports the first counterexample unshrunk
     * @return the configured property
     * @throws IllegalArgumentException if the budget is negative
     */
    public S withMaxShrinks(int maxShrinks) {
      return with(settings.withMaxShrinks(maxShrinks));
    }

    /**
     * Returns this property with a time budget for shrinking each failure, in addition to the evaluation budget;
     * with a time budget the shrunk counterexample may depend on the machine's speed.
     *
     * @param budget the time, not null, not negative
     * @return the configured property
     * @throws IllegalArgumentException if the budget is negative
     */
    public S withShrinkTimeBudget(Duration budget) {
      return with(settings.withShrinkTime(requireNonNull(budget, "budget")));
    }

    /**
     * Returns this property with a maximum ratio of discarded tries ({@link Property#assume(boolean)}) to tries.
     *
     * @param ratio the most discarded tries per try, not negative (default 5)
     * @return the configured property
     * @throws IllegalArgumentException if the ratio is negative
     */
    public S withMaxDiscardRatio(int ratio) {
      return with(settings.withMaxDiscardRatio(ratio));
    }

    /**
     * Returns this property with a declared coverage: at least {@code minPercent} percent of the tries must carry
     * the label (see {@link Property#label(String)}), or the property fails, printing the distribution.
     *
     * @param label the label, not null
     * @param minPercent the minimum percentage, 0 to 100
     * @return the configured property
     * @throws IllegalArgumentException if the percentage is outside 0 to 100
     */
    public S withCoverage(String label, double minPercent) {
      requireNonNull(label, "label");
      if (!(minPercent >= 0 && minPercent <= 100)) {
        throw new IllegalArgumentException("A coverage is a percentage from 0 to 100, was " + minPercent);
      }
      return with(settings.withCoverage(new Runner.Coverage(label, minPercent)));
    }

    /**
     * Returns this property with a formatter for counterexample values of a type (and its subtypes), used in
     * failure messages before the built-in rendering; formatters added first win.
     *
     * @param type the type, not null
     * @param formatter renders a value, not null; its text is never cut
     * @param <T> the type
     * @return the configured property
     */
    @SuppressWarnings("unchecked")
    public <T> S withFormatter(Class<T> type, Function<? super T, String> formatter) {
      requireNonNull(type, "type");
      requireNonNull(formatter, "formatter");
      return with(settings.withFormatter(
          new Formatting.TypeFormatter(type, value -> formatter.apply((T) value))));
    }

    PropertyReport run(Runner.Body body) {
      return new Runner(settings, gens, body).run();
    }
  }

  /**
   * A property over 1 argument that fails by throwing, typically with JUnit assertions.
   *
   * @param <A> the type of argument 1
   * @since 0.1.0
   */
  @FunctionalInterface
  public interface Assertion<A extends @Nullable Object> {
    /**
     * Checks the property for arguments.
     *
     * @param a argument 1
     * @throws Throwable if the property does not hold
     */
    void accept(A a) throws Throwable;
  }

  /**
   * A property over 2 arguments that fails by throwing, typically with JUnit assertions.
   *
   * @param <A> the type of argument 1
   * @param <B> the type of argument 2
   * @since 0.1.0
   */
  @FunctionalInterface
  public interface Assertion2<A extends @Nullable Object, B extends @Nullable Object> {
    /**
     * Checks the property for arguments.
     *
     * @param a argument 1
     * @param b argument 2
     * @throws Throwable if the property does not hold
     */
    void accept(A a, B b) throws Throwable;
  }

  /**
   * A property over 3 arguments that fails by throwing, typically with JUnit assertions.
   *
   * @param <A> the type of argument 1
   * @param <B> the type of argument 2
   * @param <C> the type of argument 3
   * @since 0.1.0
   */
  @FunctionalInterface
  public interface Assertion3<A extends @Nullable Object, B extends @Nullable Object, C extends @Nullable Object> {
    /**
     * Checks the property for arguments.
     *
     * @param a argument 1
     * @param b argument 2
     * @param c argument 3
     * @throws Throwable if the property does not hold
     */
    void accept(A a, B b, C c) throws Throwable;
  }

  /**
   * A property over 4 arguments that fails by throwing, typically with JUnit assertions.
   *
   * @param <A> the type of argument 1
   * @param <B> the type of argument 2
   * @param <C> the type of argument 3
   * @param <D> the type of argument 4
   * @since 0.1.0
   */
  @FunctionalInterface
  public interface Assertion4<
      A extends @Nullable Object,
      B extends @Nullable Object,
      C extends @Nullable Object,
      D extends @Nullable Object> {
    /**
     * Checks the property for arguments.
     *
     * @param a argument 1
     * @param b argument 2
     * @param c argument 3
     * @param d argument 4
     * @throws Throwable if the property does not hold
     */
    void accept(A a, B b, C c, D d) throws Throwable;
  }

  /**
   * A property over 3 arguments that returns whether it holds.
   *
   * @param <A> the type of argument 1
   * @param <B> the type of argument 2
   * @param <C> the type of argument 3
   * @since 0.1.0
   */
  @FunctionalInterface
  public interface Predicate3<A extends @Nullable Object, B extends @Nullable Object, C extends @Nullable Object> {
    /**
     * Tells whether the property holds for arguments.
     *
     * @param a argument 1
     * @param b argument 2
     * @param c argument 3
     * @return whether it holds
     */
    boolean test(A a, B b, C c);
  }

  /**
   * A property over 4 arguments that returns whether it holds.
   *
   * @param <A> the type of argument 1
   * @param <B> the type of argument 2
   * @param <C> the type of argument 3
   * @param <D> the type of argument 4
   * @since 0.1.0
   */
  @FunctionalInterface
  public interface Predicate4<
      A extends @Nullable Object,
      B extends @Nullable Object,
      C extends @Nullable Object,
      D extends @Nullable Object> {
    /**
     * Tells whether the property holds for arguments.
     *
     * @param a argument 1
     * @param b argument 2
     * @param c argument 3
     * @param d argument 4
     * @return whether it holds
     */
    boolean test(A a, B b, C c, D d);
  }


  /**
   * A property over 1 argument, ready to configure and check.
   *
   * @param <A> the type of argument 1
   * @since 0.1.0
   */
  public static final class ForAll1<A extends @Nullable Object> extends Configured<ForAll1<A>> {
    private ForAll1(List<Gen<?>> gens, Settings settings) {
      super(gens, settings);
    }

    @Override
    ForAll1<A> with(Settings newSettings) {
      return new ForAll1<>(gens, newSettings);
    }

    /**
     * Checks that a predicate holds for all generated arguments.
     *
     * @param property the predicate, not null
     * @return the report of the passing run
     * @throws PropertyFailure if it returns {@code false} or throws for some arguments
     * @throws FilterExhaustedException if a generator's filter rejects all its tries
     * @throws GenerationException if a generator throws
     */
    @SuppressWarnings("unchecked")
    public PropertyReport check(Predicate<? super A> property) {
      requireNonNull(property, "property");
      return run(args -> {
        if (!property.test((A) args.get(0))) {
          throw new Runner.Falsified();
        }
      });
    }

    /**
     * Checks that assertions pass for all generated arguments.
     *
     * @param property the assertions, not null
     * @return the report of the passing run
     * @throws PropertyFailure if they throw for some arguments
     * @throws FilterExhaustedException if a generator's filter rejects all its tries
     * @throws GenerationException if a generator throws
     */
    @SuppressWarnings("unchecked")
    public PropertyReport checkAssert(Assertion<? super A> property) {
      requireNonNull(property, "property");
      return run(args -> property.accept((A) args.get(0)));
    }
  }

  /**
   * A property over 2 arguments, ready to configure and check.
   *
   * @param <A> the type of argument 1
   * @param <B> the type of argument 2
   * @since 0.1.0
   */
  public static final class ForAll2<A extends @Nullable Object, B extends @Nullable Object> extends Configured<ForAll2<A, B>> {
    private ForAll2(List<Gen<?>> gens, Settings settings) {
      super(gens, settings);
    }

    @Override
    ForAll2<A, B> with(Settings newSettings) {
      return new ForAll2<>(gens, newSettings);
    }

    /**
     * Checks that a predicate holds for all generated arguments.
     *
     * @param property the predicate, not null
     * @return the report of the passing run
     * @throws PropertyFailure if it returns {@code false} or throws for some arguments
     * @throws FilterExhaustedException if a generator's filter rejects all its tries
     * @throws GenerationException if a generator throws
     */
    @SuppressWarnings("unchecked")
    public PropertyReport check(BiPredicate<? super A, ? super B> property) {
      requireNonNull(property, "property");
      return run(args -> {
        if (!property.test((A) args.get(0), (B) args.get(1))) {
          throw new Runner.Falsified();
        }
      });
    }

    /**
     * Checks that assertions pass for all generated arguments.
     *
     * @param property the assertions, not null
     * @return the report of the passing run
     * @throws PropertyFailure if they throw for some arguments
     * @throws FilterExhaustedException if a generator's filter rejects all its tries
     * @throws GenerationException if a generator throws
     */
    @SuppressWarnings("unchecked")
    public PropertyReport checkAssert(Assertion2<? super A, ? super B> property) {
      requireNonNull(property, "property");
      return run(args -> property.accept((A) args.get(0), (B) args.get(1)));
    }
  }

  /**
   * A property over 3 arguments, ready to configure and check.
   *
   * @param <A> the type of argument 1
   * @param <B> the type of argument 2
   * @param <C> the type of argument 3
   * @since 0.1.0
   */
  public static final class ForAll3<A extends @Nullable Object, B extends @Nullable Object, C extends @Nullable Object> extends Configured<ForAll3<A, B, C>> {
    private ForAll3(List<Gen<?>> gens, Settings settings) {
      super(gens, settings);
    }

    @Override
    ForAll3<A, B, C> with(Settings newSettings) {
      return new ForAll3<>(gens, newSettings);
    }

    /**
     * Checks that a predicate holds for all generated arguments.
     *
     * @param property the predicate, not null
     * @return the report of the passing run
     * @throws PropertyFailure if it returns {@code false} or throws for some arguments
     * @throws FilterExhaustedException if a generator's filter rejects all its tries
     * @throws GenerationException if a generator throws
     */
    @SuppressWarnings("unchecked")
    public PropertyReport check(Predicate3<? super A, ? super B, ? super C> property) {
      requireNonNull(property, "property");
      return run(args -> {
        if (!property.test((A) args.get(0), (B) args.get(1), (C) args.get(2))) {
          throw new Runner.Falsified();
        }
      });
    }

    /**
     * Checks that assertions pass for all generated arguments.
     *
     * @param property the assertions, not null
     * @return the report of the passing run
     * @throws PropertyFailure if they throw for some arguments
     * @throws FilterExhaustedException if a generator's filter rejects all its tries
     * @throws GenerationException if a generator throws
     */
    @SuppressWarnings("unchecked")
    public PropertyReport checkAssert(Assertion3<? super A, ? super B, ? super C> property) {
      requireNonNull(property, "property");
      return run(args -> property.accept((A) args.get(0), (B) args.get(1), (C) args.get(2)));
    }
  }

  /**
   * A property over 4 arguments, ready to configure and check.
   *
   * @param <A> the type of argument 1
   * @param <B> the type of argument 2
   * @param <C> the type of argument 3
   * @param <D> the type of argument 4
   * @since 0.1.0
   */
  public static final class ForAll4<A extends @Nullable Object, B extends @Nullable Object, C extends @Nullable Object, D extends @Nullable Object> extends Configured<ForAll4<A, B, C, D>> {
    private ForAll4(List<Gen<?>> gens, Settings settings) {
      super(gens, settings);
    }

    @Override
    ForAll4<A, B, C, D> with(Settings newSettings) {
      return new ForAll4<>(gens, newSettings);
    }

    /**
     * Checks that a predicate holds for all generated arguments.
     *
     * @param property the predicate, not null
     * @return the report of the passing run
     * @throws PropertyFailure if it returns {@code false} or throws for some arguments
     * @throws FilterExhaustedException if a generator's filter rejects all its tries
     * @throws GenerationException if a generator throws
     */
    @SuppressWarnings("unchecked")
    public PropertyReport check(Predicate4<? super A, ? super B, ? super C, ? super D> property) {
      requireNonNull(property, "property");
      return run(args -> {
        if (!property.test((A) args.get(0), (B) args.get(1), (C) args.get(2), (D) args.get(3))) {
          throw new Runner.Falsified();
        }
      });
    }

    /**
     * Checks that assertions pass for all generated arguments.
     *
     * @param property the assertions, not null
     * @return the report of the passing run
     * @throws PropertyFailure if they throw for some arguments
     * @throws FilterExhaustedException if a generator's filter rejects all its tries
     * @throws GenerationException if a generator throws
     */
    @SuppressWarnings("unchecked")
    public PropertyReport checkAssert(Assertion4<? super A, ? super B, ? super C, ? super D> property) {
      requireNonNull(property, "property");
      return run(args -> property.accept((A) args.get(0), (B) args.get(1), (C) args.get(2), (D) args.get(3)));
    }
  }
}
