package io.github.gpai4j.testkit;

import static java.util.Objects.requireNonNull;


import io.github.gpai4j.testkit.Runner.Settings;
import java.util.List;
import java.util.function.BiPredicate;
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
 * {@code x -> assertTrue(...)}, which fits both a predicate and a consumer. Assumptions (JUnit's
 * {@code assumeTrue}) are not supported inside a property: they count as failures; use {@link Gen#filter} to
 * discard arguments.
 *
 * <p><b>Seeds and replay.</b> A run draws every try from one random generator seeded by, in order:
 * {@code withSeed(long)}, the system property {@code gpai4j.seed}, or a random seed. The failure message prints the
 * seed and the replay line ({@code mvn -Dgpai4j.seed=<seed> -Dtest=<Class#method> test}); the same seed gives the
 * same tries, the same first failure and the same shrunk counterexample. The number of tries is
 * {@code withTries(int)}, else the system property {@code gpai4j.tries}, else 100.
 *
 * <p><b>Shrinking</b> is integrated (see {@link Gen}) and bounded by a count of property evaluations
 * ({@code withMaxShrinks(int)}, default 5,000), never by a clock, so results do not depend on machine speed. A
 * shrink is kept only if the property fails with the same exception class as the original failure.
 *
 * <p>A property object is immutable; {@code with...} methods return new ones.
 *
 * @since 0.1.0
 */
public final class Property {
  private Property() {}

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
  public static final class ForAll1<A extends @Nullable Object> {
    private final List<Gen<?>> gens;
    private final Settings settings;

    private ForAll1(List<Gen<?>> gens, Settings settings) {
      this.gens = gens;
      this.settings = settings;
    }

    /**
     * Returns this property with a number of tries (generated arguments checked before it passes).
     *
     * @param tries the tries, at least 1
     * @return the configured property
     * @throws IllegalArgumentException if {@code tries < 1}
     */
    public ForAll1<A> withTries(int tries) {
      return new ForAll1<>(gens, settings.withTries(tries));
    }

    /**
     * Returns this property with a fixed seed, which takes precedence over the system property
     * {@code gpai4j.seed}.
     *
     * @param seed the seed
     * @return the configured property
     */
    public ForAll1<A> withSeed(long seed) {
      return new ForAll1<>(gens, settings.withSeed(seed));
    }

    /**
     * Returns this property with a shrink budget: the most property evaluations spent shrinking a failure.
     *
     * @param maxShrinks the budget, not negative; 0 reports the first counterexample unshrunk
     * @return the configured property
     * @throws IllegalArgumentException if the budget is negative
     */
    public ForAll1<A> withMaxShrinks(int maxShrinks) {
      return new ForAll1<>(gens, settings.withMaxShrinks(maxShrinks));
    }

    /**
     * Checks that a predicate holds for all generated arguments.
     *
     * @param property the predicate, not null
     * @throws PropertyFailure if it returns {@code false} or throws for some arguments
     * @throws FilterExhaustedException if a generator's filter rejects all its tries
     */
    @SuppressWarnings("unchecked")
    public void check(Predicate<? super A> property) {
      requireNonNull(property, "property");
      new Runner(settings, gens, args -> {
        if (!property.test((A) args.get(0))) {
          throw new Runner.Falsified();
        }
      }).run();
    }

    /**
     * Checks that assertions pass for all generated arguments.
     *
     * @param property the assertions, not null
     * @throws PropertyFailure if they throw for some arguments
     * @throws FilterExhaustedException if a generator's filter rejects all its tries
     */
    @SuppressWarnings("unchecked")
    public void checkAssert(Assertion<? super A> property) {
      requireNonNull(property, "property");
      new Runner(settings, gens, args -> property.accept((A) args.get(0))).run();
    }
  }

  /**
   * A property over 2 arguments, ready to configure and check.
   *
   * @param <A> the type of argument 1
   * @param <B> the type of argument 2
   * @since 0.1.0
   */
  public static final class ForAll2<A extends @Nullable Object, B extends @Nullable Object> {
    private final List<Gen<?>> gens;
    private final Settings settings;

    private ForAll2(List<Gen<?>> gens, Settings settings) {
      this.gens = gens;
      this.settings = settings;
    }

    /**
     * Returns this property with a number of tries (generated arguments checked before it passes).
     *
     * @param tries the tries, at least 1
     * @return the configured property
     * @throws IllegalArgumentException if {@code tries < 1}
     */
    public ForAll2<A, B> withTries(int tries) {
      return new ForAll2<>(gens, settings.withTries(tries));
    }

    /**
     * Returns this property with a fixed seed, which takes precedence over the system property
     * {@code gpai4j.seed}.
     *
     * @param seed the seed
     * @return the configured property
     */
    public ForAll2<A, B> withSeed(long seed) {
      return new ForAll2<>(gens, settings.withSeed(seed));
    }

    /**
     * Returns this property with a shrink budget: the most property evaluations spent shrinking a failure.
     *
     * @param maxShrinks the budget, not negative; 0 reports the first counterexample unshrunk
     * @return the configured property
     * @throws IllegalArgumentException if the budget is negative
     */
    public ForAll2<A, B> withMaxShrinks(int maxShrinks) {
      return new ForAll2<>(gens, settings.withMaxShrinks(maxShrinks));
    }

    /**
     * Checks that a predicate holds for all generated arguments.
     *
     * @param property the predicate, not null
     * @throws PropertyFailure if it returns {@code false} or throws for some arguments
     * @throws FilterExhaustedException if a generator's filter rejects all its tries
     */
    @SuppressWarnings("unchecked")
    public void check(BiPredicate<? super A, ? super B> property) {
      requireNonNull(property, "property");
      new Runner(settings, gens, args -> {
        if (!property.test((A) args.get(0), (B) args.get(1))) {
          throw new Runner.Falsified();
        }
      }).run();
    }

    /**
     * Checks that assertions pass for all generated arguments.
     *
     * @param property the assertions, not null
     * @throws PropertyFailure if they throw for some arguments
     * @throws FilterExhaustedException if a generator's filter rejects all its tries
     */
    @SuppressWarnings("unchecked")
    public void checkAssert(Assertion2<? super A, ? super B> property) {
      requireNonNull(property, "property");
      new Runner(settings, gens, args -> property.accept((A) args.get(0), (B) args.get(1))).run();
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
  public static final class ForAll3<
      A extends @Nullable Object,
      B extends @Nullable Object,
      C extends @Nullable Object> {
    private final List<Gen<?>> gens;
    private final Settings settings;

    private ForAll3(List<Gen<?>> gens, Settings settings) {
      this.gens = gens;
      this.settings = settings;
    }

    /**
     * Returns this property with a number of tries (generated arguments checked before it passes).
     *
     * @param tries the tries, at least 1
     * @return the configured property
     * @throws IllegalArgumentException if {@code tries < 1}
     */
    public ForAll3<A, B, C> withTries(int tries) {
      return new ForAll3<>(gens, settings.withTries(tries));
    }

    /**
     * Returns this property with a fixed seed, which takes precedence over the system property
     * {@code gpai4j.seed}.
     *
     * @param seed the seed
     * @return the configured property
     */
    public ForAll3<A, B, C> withSeed(long seed) {
      return new ForAll3<>(gens, settings.withSeed(seed));
    }

    /**
     * Returns this property with a shrink budget: the most property evaluations spent shrinking a failure.
     *
     * @param maxShrinks the budget, not negative; 0 reports the first counterexample unshrunk
     * @return the configured property
     * @throws IllegalArgumentException if the budget is negative
     */
    public ForAll3<A, B, C> withMaxShrinks(int maxShrinks) {
      return new ForAll3<>(gens, settings.withMaxShrinks(maxShrinks));
    }

    /**
     * Checks that a predicate holds for all generated arguments.
     *
     * @param property the predicate, not null
     * @throws PropertyFailure if it returns {@code false} or throws for some arguments
     * @throws FilterExhaustedException if a generator's filter rejects all its tries
     */
    @SuppressWarnings("unchecked")
    public void check(Predicate3<? super A, ? super B, ? super C> property) {
      requireNonNull(property, "property");
      new Runner(settings, gens, args -> {
        if (!property.test((A) args.get(0), (B) args.get(1), (C) args.get(2))) {
          throw new Runner.Falsified();
        }
      }).run();
    }

    /**
     * Checks that assertions pass for all generated arguments.
     *
     * @param property the assertions, not null
     * @throws PropertyFailure if they throw for some arguments
     * @throws FilterExhaustedException if a generator's filter rejects all its tries
     */
    @SuppressWarnings("unchecked")
    public void checkAssert(Assertion3<? super A, ? super B, ? super C> property) {
      requireNonNull(property, "property");
      new Runner(settings, gens, args -> property.accept((A) args.get(0), (B) args.get(1), (C) args.get(2))).run();
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
  public static final class ForAll4<
      A extends @Nullable Object,
      B extends @Nullable Object,
      C extends @Nullable Object,
      D extends @Nullable Object> {
    private final List<Gen<?>> gens;
    private final Settings settings;

    private ForAll4(List<Gen<?>> gens, Settings settings) {
      this.gens = gens;
      this.settings = settings;
    }

    /**
     * Returns this property with a number of tries (generated arguments checked before it passes).
     *
     * @param tries the tries, at least 1
     * @return the configured property
     * @throws IllegalArgumentException if {@code tries < 1}
     */
    public ForAll4<A, B, C, D> withTries(int tries) {
      return new ForAll4<>(gens, settings.withTries(tries));
    }

    /**
     * Returns this property with a fixed seed, which takes precedence over the system property
     * {@code gpai4j.seed}.
     *
     * @param seed the seed
     * @return the configured property
     */
    public ForAll4<A, B, C, D> withSeed(long seed) {
      return new ForAll4<>(gens, settings.withSeed(seed));
    }

    /**
     * Returns this property with a shrink budget: the most property evaluations spent shrinking a failure.
     *
     * @param maxShrinks the budget, not negative; 0 reports the first counterexample unshrunk
     * @return the configured property
     * @throws IllegalArgumentException if the budget is negative
     */
    public ForAll4<A, B, C, D> withMaxShrinks(int maxShrinks) {
      return new ForAll4<>(gens, settings.withMaxShrinks(maxShrinks));
    }

    /**
     * Checks that a predicate holds for all generated arguments.
     *
     * @param property the predicate, not null
     * @throws PropertyFailure if it returns {@code false} or throws for some arguments
     * @throws FilterExhaustedException if a generator's filter rejects all its tries
     */
    @SuppressWarnings("unchecked")
    public void check(Predicate4<? super A, ? super B, ? super C, ? super D> property) {
      requireNonNull(property, "property");
      new Runner(settings, gens, args -> {
        if (!property.test((A) args.get(0), (B) args.get(1), (C) args.get(2), (D) args.get(3))) {
          throw new Runner.Falsified();
        }
      }).run();
    }

    /**
     * Checks that assertions pass for all generated arguments.
     *
     * @param property the assertions, not null
     * @throws PropertyFailure if they throw for some arguments
     * @throws FilterExhaustedException if a generator's filter rejects all its tries
     */
    @SuppressWarnings("unchecked")
    public void checkAssert(Assertion4<? super A, ? super B, ? super C, ? super D> property) {
      requireNonNull(property, "property");
      new Runner(settings, gens, args ->
          property.accept((A) args.get(0), (B) args.get(1), (C) args.get(2), (D) args.get(3))).run();
    }
  }

}
