package io.github.gpai4j.testkit;

import io.github.gpai4j.testkit.internal.TestIdentity;
import java.lang.reflect.Method;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.SplittableRandom;
import java.util.concurrent.ThreadLocalRandom;
import org.jspecify.annotations.Nullable;

/**
 * Runs a property: generates arguments for a number of tries from one seeded random generator, collects every
 * distinct way the property fails (exception type and where it was thrown), and shrinks each failure's recorded
 * choices (deleting spans, setting spans to their simplest values, binary-searching each choice and groups of
 * equal choices towards their simplest value) until no pass improves or the shrink budget, counted in property
 * evaluations and optionally in time, is spent.
 */
final class Runner {

  /** The system property that fixes the seed, for replaying a failure. */
  public static final String SEED_PROPERTY = "gpai4j.seed";

  /**
   * The system property that scales every property's tries: {@code -Dgpai4j.tries=10000} runs ten times the
   * declared tries ({@code withTries} or the default), as the default is {@value #DEFAULT_TRIES}.
   */
  public static final String TRIES_PROPERTY = "gpai4j.tries";

  /** The system property with a tries multiplier, such as {@code 0.1} or {@code 10}. */
  public static final String MULTIPLIER_PROPERTY = "gpai4j.triesMultiplier";

  /** The system property choosing a profile: {@code local} (the default), {@code ci} or {@code quick}. */
  public static final String PROFILE_PROPERTY = "gpai4j.profile";

  /**
   * The system property that logs summaries of passing runs ({@code summary}, the default) or not
   * ({@code none}).
   */
  public static final String REPORT_PROPERTY = "gpai4j.report";

  /** The default number of tries when neither the property nor the system property sets one. */
  public static final int DEFAULT_TRIES = 1000;

  /** The default shrink budget, in property evaluations. */
  public static final int DEFAULT_MAX_SHRINKS = 5_000;

  /** The default maximum ratio of discarded to checked tries. */
  public static final int DEFAULT_MAX_DISCARD_RATIO = 5;

  /** The most distinct failures one run reports. */
  static final int MAX_DISTINCT_FAILURES = 8;

  /** How many more tries a run makes after its first failure, looking for other ways to fail. */
  static final int TRIES_AFTER_FIRST_FAILURE = 200;

  private static final int[] CHUNK_SIZES = {8, 4, 3, 2, 1};
  private static final String UNKNOWN_TEST = "(unknown test)";

  /**
   * Where summaries of passing runs go: the platform logger {@code io.github.gpai4j.testkit}, at INFO, so the host
   * decides (by default the JDK prints it on the console).
   */
  private static final System.Logger REPORT_LOGGER = System.getLogger("io.github.gpai4j.testkit");

  /** A property under test, over a list of arguments. */
  @FunctionalInterface
  public interface Body {
    /**
     * Evaluates the property for arguments.
     *
     * @param arguments the generated arguments
     * @throws Throwable if the property fails
     */
    void evaluate(List<@Nullable Object> arguments) throws Throwable;
  }

  /** The failure of a predicate that returned {@code false}. */
  public static final class Falsified extends RuntimeException {
    private static final long serialVersionUID = 1L;

    /** Creates the signal. */
    public Falsified() {
      super("the property returned false", null, false, false);
    }
  }

  /**
   * A declared minimum share of tries carrying a label.
   *
   * @param label the label
   * @param minPercent the minimum percentage
   */
  record Coverage(String label, double minPercent) {}

  /**
   * The runner's settings.
   *
   * @param tries the declared number of tries, or null for the default
   * @param seed the seed, or null to take it from {@value #SEED_PROPERTY}, the failure database or at random
   * @param maxShrinks the shrink budget in property evaluations
   * @param shrinkTime the shrink budget in time, or null for none
   * @param maxDiscardRatio the most discarded tries per checked try
   * @param coverage the declared label coverage
   * @param formatters the per-type formatters for failure messages
   */
  record Settings(
      @Nullable Integer tries, @Nullable Long seed, int maxShrinks, @Nullable Duration shrinkTime,
      int maxDiscardRatio, List<Coverage> coverage, List<Formatting.TypeFormatter> formatters) {

    /** The default settings. */
    static final Settings DEFAULT =
        new Settings(null, null, DEFAULT_MAX_SHRINKS, null, DEFAULT_MAX_DISCARD_RATIO, List.of(), List.of());

    Settings {
      if (tries != null && tries < 1) {
        throw new IllegalArgumentException("A property needs at least 1 try, was " + tries);
      }
      if (maxShrinks < 0) {
        throw new IllegalArgumentException("The shrink budget must not be negative, was " + maxShrinks);
      }
      if (shrinkTime != null && shrinkTime.isNegative()) {
        throw new IllegalArgumentException("The shrink time budget must not be negative, was " + shrinkTime);
      }
      if (maxDiscardRatio < 0) {
        throw new IllegalArgumentException("The discard ratio must not be negative, was " + maxDiscardRatio);
      }
      coverage = List.copyOf(coverage);
      formatters = List.copyOf(formatters);
    }

    Settings withTries(int newTries) {
      return new Settings(newTries, seed, maxShrinks, shrinkTime, maxDiscardRatio, coverage, formatters);
    }

    Settings withSeed(long newSeed) {
      return new Settings(tries, newSeed, maxShrinks, shrinkTime, maxDiscardRatio, coverage, formatters);
    }

    Settings withMaxShrinks(int newMaxShrinks) {
      return new Settings(tries, seed, newMaxShrinks, shrinkTime, maxDiscardRatio, coverage, formatters);
    }

    Settings withShrinkTime(Duration newShrinkTime) {
      return new Settings(tries, seed, maxShrinks, newShrinkTime, maxDiscardRatio, coverage, formatters);
    }

    Settings withMaxDiscardRatio(int ratio) {
      return new Settings(tries, seed, maxShrinks, shrinkTime, ratio, coverage, formatters);
    }

    Settings withCoverage(Coverage more) {
      List<Coverage> all = new ArrayList<>(coverage);
      all.add(more);
      return new Settings(tries, seed, maxShrinks, shrinkTime, maxDiscardRatio, all, formatters);
    }

    Settings withFormatter(Formatting.TypeFormatter more) {
      List<Formatting.TypeFormatter> all = new ArrayList<>(formatters);
      all.add(more);
      return new Settings(tries, seed, maxShrinks, shrinkTime, maxDiscardRatio, coverage, all);
    }
  }

  /** A failure found while running, before it is shrunk. */
  private record Found(Recording recording, List<@Nullable Object> arguments, Throwable failure, int tryNumber) {}

  private final Settings settings;
  private final List<Gen<?>> gens;
  private final Body body;
  private final Formatting formatting;

  /**
   * Creates a runner.
   *
   * @param settings the settings
   * @param gens the argument generators, in parameter order
   * @param body the property
   */
  Runner(Settings settings, List<Gen<?>> gens, Body body) {
    this.settings = settings;
    this.gens = List.copyOf(gens);
    this.body = body;
    this.formatting = new Formatting(settings.formatters());
  }

  /**
   * Runs the property.
   *
   * @return the report of the passing run
   * @throws PropertyFailure if the property fails for some arguments, discards too many or misses its coverage
   * @throws FilterExhaustedException if a generator's filter rejects all its tries
   * @throws GenerationException if a generator throws
   */
  PropertyReport run() {
    long started = System.nanoTime();
    TestIdentity.Running test = TestIdentity.current();
    int ordinal = test == null ? 0 : test.ordinal().incrementAndGet();
    String property = test == null ? UNKNOWN_TEST : simpleName(test.className()) + "#" + test.methodName();
    FailureDatabase database = test == null ? null : FailureDatabase.configured();
    String key = test == null ? null : FailureDatabase.fileName(simpleName(test.className()) + "#"
        + test.methodName() + "-" + Integer.toHexString(test.uniqueId().hashCode()) + "-" + ordinal);
    String seedOrigin;
    long seed;
    Long stored = database == null || key == null ? null : database.seed(key);
    String fromSystem = System.getProperty(SEED_PROPERTY);
    if (settings.seed() != null) {
      seed = settings.seed();
      seedOrigin = "withSeed";
    } else if (fromSystem != null && !fromSystem.isBlank()) {
      seed = parseSeed(fromSystem);
      seedOrigin = "-D" + SEED_PROPERTY;
    } else if (stored != null) {
      seed = stored;
      seedOrigin = "failure database: the seed that failed last time";
    } else {
      seed = ThreadLocalRandom.current().nextLong();
      seedOrigin = "random";
    }
    Replay replay = replay(test, seed);
    int tries = resolveTries(settings.tries());
    SplittableRandom random = new SplittableRandom(seed);
    Map<String, Found> found = new LinkedHashMap<>();
    Statistics statistics = new Statistics();
    int valid = 0;
    int discarded = 0;
    long maxDiscards = (long) settings.maxDiscardRatio() * tries;
    int attempt = 0;
    int lastValid = tries;
    while (valid < lastValid && found.size() < MAX_DISTINCT_FAILURES) {
      attempt++;
      Choices choices = Choices.random(random);
      List<@Nullable Object> arguments = generateTry(choices, seed, attempt, replay);
      statistics.open();
      Throwable failure = null;
      try {
        failure = evaluate(arguments);
      } finally {
        statistics.close(!isDiscard(failure));
      }
      if (isDiscard(failure)) {
        discarded++;
        if (discarded > maxDiscards) {
          throw new PropertyFailure("Property " + property + " discarded " + discarded + " tries (assumptions not "
              + "met) for " + valid + " checked, more than the maximum ratio of " + settings.maxDiscardRatio()
              + " per try, with seed " + seed + "; generate values that meet the assumption directly, or raise "
              + "withMaxDiscardRatio\n  Replay: " + replay.line, seed, List.of(), replay.command);
        }
        continue;
      }
      valid++;
      if (failure != null) {
        if (found.isEmpty()) {
          lastValid = Math.min(tries, valid + TRIES_AFTER_FIRST_FAILURE);
        }
        found.putIfAbsent(kindOf(failure), new Found(choices.recording(), arguments, failure, attempt));
      }
    }
    if (!found.isEmpty()) {
      if (database != null && key != null) {
        database.storeSeed(key, property, seed);
      }
      throw shrinkAndReport(seed, found, replay, database, key);
    }
    PropertyReport report = new PropertyReport(property, seed, seedOrigin, valid, discarded,
        Duration.ofNanos(System.nanoTime() - started), statistics.counts());
    checkCoverage(report, replay);
    if (database != null && key != null && stored != null) {
      database.forget(key);
    }
    if (!"none".equalsIgnoreCase(System.getProperty(REPORT_PROPERTY, "summary").strip())) {
      REPORT_LOGGER.log(System.Logger.Level.INFO, report.summary());
    }
    return report;
  }

  private void checkCoverage(PropertyReport report, Replay replay) {
    List<String> missed = new ArrayList<>();
    for (Coverage coverage : settings.coverage()) {
      double percent = report.percent(coverage.label());
      if (percent < coverage.minPercent()) {
        missed.add(String.format(Locale.ROOT, "\"%s\" on %.2f %% of the tries, required at least %s %%",
            coverage.label(), percent, stripZeros(coverage.minPercent())));
      }
    }
    if (!missed.isEmpty()) {
      throw new PropertyFailure("Property " + report.property() + " held but missed its declared coverage with seed "
          + report.seed() + ":\n  " + String.join("\n  ", missed) + "\n  Distribution:\n"
          + report.summary().lines().skip(1).reduce("", (a, b) -> a + b + "\n")
          + "  Replay: " + replay.line, report.seed(), List.of(), replay.command);
    }
  }

  private static String stripZeros(double value) {
    return value == Math.rint(value) ? Long.toString((long) value) : Double.toString(value);
  }

  private List<@Nullable Object> generateTry(Choices choices, long seed, int attempt, Replay replay) {
    try {
      return generate(choices);
    } catch (FilterExhaustedException e) {
      throw e.withRun(seed, attempt);
    } catch (Invalid e) {
      throw new GenerationException(seed, attempt, replay.line, e);
    } catch (VirtualMachineError e) {
      throw e;
    } catch (RuntimeException | Error e) {
      throw new GenerationException(seed, attempt, replay.line, e);
    }
  }

  private static long parseSeed(String fromSystem) {
    try {
      return Long.parseLong(fromSystem.strip());
    } catch (NumberFormatException e) {
      throw new IllegalArgumentException(
          "System property " + SEED_PROPERTY + " must be a whole number (a long), was \"" + fromSystem + "\"", e);
    }
  }

  /**
   * Returns the tries a property runs: the declared tries (or {@value #DEFAULT_TRIES}) times the multiplier of the
   * profile, of {@value #TRIES_PROPERTY} (its value divided by {@value #DEFAULT_TRIES}) and of
   * {@value #MULTIPLIER_PROPERTY}; at least 1.
   */
  static int resolveTries(@Nullable Integer declared) {
    double multiplier = profileMultiplier();
    String fromSystem = System.getProperty(TRIES_PROPERTY);
    if (fromSystem != null && !fromSystem.isBlank()) {
      int tries;
      try {
        tries = Integer.parseInt(fromSystem.strip());
      } catch (NumberFormatException e) {
        tries = 0;
      }
      if (tries < 1) {
        throw new IllegalArgumentException(
            "System property " + TRIES_PROPERTY + " must be a whole number >= 1, was \"" + fromSystem + "\"");
      }
      multiplier *= (double) tries / DEFAULT_TRIES;
    }
    String factor = System.getProperty(MULTIPLIER_PROPERTY);
    if (factor != null && !factor.isBlank()) {
      double parsed;
      try {
        parsed = Double.parseDouble(factor.strip());
      } catch (NumberFormatException e) {
        parsed = -1;
      }
      if (!(parsed > 0) || Double.isInfinite(parsed)) {
        throw new IllegalArgumentException(
            "System property " + MULTIPLIER_PROPERTY + " must be a positive number, was \"" + factor + "\"");
      }
      multiplier *= parsed;
    }
    double tries = (declared == null ? DEFAULT_TRIES : declared) * multiplier;
    return (int) Math.max(1, Math.min(Integer.MAX_VALUE, Math.ceil(tries - 1e-9)));
  }

  private static double profileMultiplier() {
    String profile = System.getProperty(PROFILE_PROPERTY, "local").strip().toLowerCase(Locale.ROOT);
    switch (profile) {
      case "":
      case "local":
        return 1;
      case "ci":
        return 4;
      case "quick":
        return 0.1;
      default:
        throw new IllegalArgumentException("System property " + PROFILE_PROPERTY
            + " must be local, ci or quick, was \"" + profile + "\"");
    }
  }

  private List<@Nullable Object> generate(Choices choices) {
    List<@Nullable Object> arguments = new ArrayList<>(gens.size());
    for (Gen<?> gen : gens) {
      arguments.add(gen.generate(choices));
    }
    return Collections.unmodifiableList(arguments);
  }

  private @Nullable Throwable evaluate(List<@Nullable Object> arguments) {
    try {
      body.evaluate(arguments);
      return null;
    } catch (VirtualMachineError e) {
      throw e;
    } catch (Throwable e) {
      return e;
    }
  }

  private static boolean isDiscard(@Nullable Throwable failure) {
    return failure instanceof Discarded
        || failure != null && failure.getClass().getName().equals("org.opentest4j.TestAbortedException");
  }

  /**
   * Names a failure by its exception type and the first stack frame outside the testkit, the JDK and assertion
   * libraries (where the test or the code under test threw), so that two bugs failing at two places stay apart.
   */
  static String kindOf(Throwable failure) {
    if (failure instanceof Falsified) {
      return "the property returned false";
    }
    for (StackTraceElement frame : failure.getStackTrace()) {
      String type = frame.getClassName();
      if (isLibrary(type) || isEngine(type)) {
        continue;
      }
      return failure.getClass().getName() + " at " + type + "." + frame.getMethodName() + "("
          + frame.getFileName() + ":" + frame.getLineNumber() + ")";
    }
    return failure.getClass().getName();
  }

  private static boolean isLibrary(String type) {
    for (String prefix : List.of("java.", "javax.", "jdk.", "sun.", "com.sun.", "org.junit.", "org.opentest4j.",
        "org.assertj.", "org.hamcrest.", "com.google.common.truth.")) {
      if (type.startsWith(prefix)) {
        return true;
      }
    }
    return false;
  }

  static boolean isEngine(String className) {
    for (String engine : List.of("Runner", "Choices", "Recording", "Invalid", "Property", "Gen", "Gens",
        "DescribedGen", "Statistics", "ReportAssertions", "stateful.StateMachine", "stateful.CommandSequence", "stateful.StatefulFailure")) {
      String name = "io.github.gpai4j.testkit." + engine;
      if (className.equals(name) || className.startsWith(name + "$")) {
        return true;
      }
    }
    return false;
  }

  /** The replay line of a failure and the command in it, if the test is known. */
  record Replay(String line, @Nullable String command) {}

  /**
   * Builds the replay line from the test the engine says is running: {@code Outer$Inner#method} for a nested
   * class, the concrete class for an inherited method; if the test is unknown, or its class or method cannot be
   * found, the line says so instead of printing a command that would select nothing.
   */
  static Replay replay(TestIdentity.@Nullable Running test, long seed) {
    String seedOption = "-D" + SEED_PROPERTY + "=" + seed;
    if (test == null) {
      String why = TestIdentity.adapterActive()
          ? "the test engine reported no test for this thread (a thread the test did not start, such as a pool "
              + "thread created before it)"
          : "no test engine adapter reported the running test (on the JUnit Platform the testkit's listener does "
              + "this when gpai4j-testkit and junit-platform-launcher are on the test class path)";
      return new Replay(seedOption + "  (no -Dtest command: " + why + "; re-run the same test with this seed)",
          null);
    }
    String problem = checkSelectable(test);
    if (problem != null) {
      return new Replay(seedOption + "  (no -Dtest command: " + problem + ")", null);
    }
    String selector = simpleName(test.className()) + "#" + test.methodName();
    if (selector.contains("$")) {
      selector = "'" + selector + "'";
    }
    String command = "mvn " + seedOption + " -Dtest=" + selector + " test";
    return new Replay(seedOption + "  (" + command + ")", command);
  }

  private static @Nullable String checkSelectable(TestIdentity.Running test) {
    Class<?> type;
    try {
      ClassLoader loader = Thread.currentThread().getContextClassLoader();
      type = Class.forName(test.className(), false, loader == null ? Runner.class.getClassLoader() : loader);
    } catch (ClassNotFoundException | LinkageError e) {
      try {
        type = Class.forName(test.className(), false, Runner.class.getClassLoader());
      } catch (ClassNotFoundException | LinkageError again) {
        return "the test class " + test.className() + " the engine reported cannot be loaded";
      }
    }
    for (Class<?> c = type; c != null; c = c.getSuperclass()) {
      for (Method method : c.getDeclaredMethods()) {
        if (method.getName().equals(test.methodName())) {
          return null;
        }
      }
    }
    for (Class<?> c : type.getInterfaces()) {
      for (Method method : c.getMethods()) {
        if (method.getName().equals(test.methodName())) {
          return null;
        }
      }
    }
    return "the engine reported method " + test.methodName() + " of " + test.className()
        + ", which that class neither declares nor inherits";
  }

  /** The binary name without the package: {@code Outer$Inner}. */
  static String simpleName(String className) {
    return className.substring(className.lastIndexOf('.') + 1);
  }

  private PropertyFailure shrinkAndReport(long seed, Map<String, Found> found, Replay replay,
      @Nullable FailureDatabase database, @Nullable String key) {
    List<String> order = new ArrayList<>(found.keySet());
    List<Counterexample> results = new ArrayList<>();
    Set<String> shrunk = new HashSet<>();
    for (int i = 0; i < order.size(); i++) {
      String kind = order.get(i);
      if (!shrunk.add(kind)) {
        continue;
      }
      Found first = found.get(kind);
      Shrinker shrinker = new Shrinker(first, kind, found, order);
      shrinker.shrink();
      List<java.nio.file.Path> files = database == null || key == null
          ? List.of() : database.writeDocuments(key, results.size() + 1, shrinker.arguments);
      Throwable cause = shrinker.failure instanceof Falsified ? null : shrinker.failure;
      results.add(new Counterexample(kind, cause, shrinker.arguments, first.arguments(), first.tryNumber(),
          shrinker.steps, files));
      shrinkerStats.put(kind, shrinker.evaluations);
    }
    return new PropertyFailure(report(seed, results, replay), seed, results, replay.command);
  }

  private final Map<String, Integer> shrinkerStats = new HashMap<>();

  private String report(long seed, List<Counterexample> failures, Replay replay) {
    StringBuilder text = new StringBuilder();
    Counterexample first = failures.get(0);
    if (failures.size() == 1) {
      text.append("Property failed after ").append(first.tryNumber())
          .append(first.tryNumber() == 1 ? " try" : " tries").append(" with seed ").append(seed).append('\n');
      appendFailure(text, first, "  ");
    } else {
      text.append("Property failed in ").append(failures.size()).append(" distinct ways with seed ").append(seed)
          .append(" (first after ").append(first.tryNumber()).append(first.tryNumber() == 1 ? " try" : " tries")
          .append("); each is shrunk and reported on its own\n");
      for (int i = 0; i < failures.size(); i++) {
        text.append("  Failure ").append(i + 1).append(" of ").append(failures.size()).append(": ")
            .append(failures.get(i).failureKind()).append('\n');
        appendFailure(text, failures.get(i), "    ");
      }
    }
    text.append("  Replay: ").append(replay.line);
    return text.toString();
  }

  private void appendFailure(StringBuilder text, Counterexample failure, String indent) {
    text.append(indent).append("Shrunk counterexample: ").append(formatting.show(failure.arguments(), gens))
        .append("  (").append(failure.shrinkSteps()).append(" shrink steps, ")
        .append(shrinkerStats.getOrDefault(failure.failureKind(), 0)).append(" evaluations)\n");
    for (java.nio.file.Path file : failure.files()) {
      text.append(indent).append("Written as JSON (gpai4j validate reads it): ").append(file).append('\n');
    }
    text.append(indent).append("Original counterexample (try ").append(failure.tryNumber()).append("): ")
        .append(formatting.show(failure.originalArguments(), gens)).append('\n');
    Throwable cause = failure.cause();
    text.append(indent).append("Cause: ").append(cause == null ? "the property returned false"
        : describe(cause).replace("\n", "\n" + indent + "  ")).append('\n');
  }

  private static String describe(Throwable cause) {
    String message = cause.getMessage();
    return cause.getClass().getName() + (message == null ? "" : ": " + message.strip());
  }

  /** Shrinks one failing example by replaying simpler choice sequences that fail the same way. */
  private final class Shrinker {
    private Recording current;
    private List<@Nullable Object> arguments;
    private Throwable failure;
    private final String kind;
    private final int tryNumber;
    private final Map<String, Found> found;
    private final List<String> order;
    private final Set<Key> seen = new HashSet<>();
    private final long deadline;
    private int steps;
    private int evaluations;

    Shrinker(Found first, String kind, Map<String, Found> found, List<String> order) {
      this.current = first.recording();
      this.arguments = first.arguments();
      this.failure = first.failure();
      this.kind = kind;
      this.tryNumber = first.tryNumber();
      this.found = found;
      this.order = order;
      Duration time = settings.shrinkTime();
      this.deadline = time == null ? 0 : System.nanoTime() + Math.max(1, time.toNanos());
      seen.add(new Key(current.values()));
    }

    void shrink() {
      boolean improved = true;
      while (improved && budgetLeft()) {
        Recording before = current;
        deleteChunks();
        simplifyChunks();
        minimizeChoices();
        lowerEqualValuesTogether();
        redistribute();
        improved = current != before;
      }
    }

    private boolean budgetLeft() {
      return evaluations < settings.maxShrinks() && (deadline == 0 || System.nanoTime() - deadline < 0);
    }

    /**
     * Replays a candidate; keeps it if it is simpler and fails the same way. A candidate failing another way is
     * remembered as a new distinct failure, to be shrunk on its own.
     */
    private boolean attempt(long[] candidate) {
      if (!budgetLeft()) {
        return false;
      }
      Choices choices = Choices.replay(candidate);
      List<@Nullable Object> replayed;
      try {
        replayed = generate(choices);
      } catch (RuntimeException e) {
        return false;
      }
      Recording recording = choices.recording();
      if (!recording.isSimplerThan(current) || !seen.add(new Key(recording.values()))) {
        return false;
      }
      evaluations++;
      Throwable result = evaluate(replayed);
      if (result == null || isDiscard(result)) {
        return false;
      }
      String resultKind = kindOf(result);
      if (!resultKind.equals(kind)) {
        if (!found.containsKey(resultKind) && found.size() < MAX_DISTINCT_FAILURES) {
          found.put(resultKind, new Found(recording, replayed, result, tryNumber));
          order.add(resultKind);
        }
        return false;
      }
      current = recording;
      arguments = replayed;
      failure = result;
      steps++;
      return true;
    }

    /**
     * Lowers groups of equal choices together (binary search towards their common simplest value), so that
     * properties such as "no two elements are equal" shrink to {@code [0, 0]} rather than {@code [7, 7]}.
     */
    private void lowerEqualValuesTogether() {
      Map<String, List<Integer>> groups = new LinkedHashMap<>();
      for (int i = 0; i < current.length(); i++) {
        if (current.value(i) != current.simplest(i)) {
          groups.computeIfAbsent(current.value(i) + "/" + current.simplest(i), k -> new ArrayList<>()).add(i);
        }
      }
      int tried = 0;
      for (List<Integer> group : groups.values()) {
        if (group.size() < 2 || !budgetLeft()) {
          continue;
        }
        List<List<Integer>> subsets = new ArrayList<>();
        subsets.add(group);
        for (int a = 0; a < group.size() && subsets.size() < 40; a++) {
          for (int b = a + 1; b < group.size() && subsets.size() < 40; b++) {
            if (group.size() > 2) {
              subsets.add(List.of(group.get(a), group.get(b)));
            }
          }
        }
        for (List<Integer> subset : subsets) {
          if (tried++ > 200 || !budgetLeft() || !sameGroup(subset, current.value(subset.get(0)))) {
            break;
          }
          if (lowerTogether(subset)) {
            break;
          }
        }
      }
    }

    /** Binary-searches a set of equal choices towards their simplest value; whether anything was lowered. */
    private boolean lowerTogether(List<Integer> subset) {
      int first = subset.get(0);
      long value = current.value(first);
      long target = current.simplest(first);
      if (attempt(withAll(subset, target))) {
        return true;
      }
      boolean lowered = false;
      long passing = target;
      long failing = value;
      while (budgetLeft() && Recording.distance(failing, passing) > 1) {
        long middle = passing + (failing - passing) / 2;
        if (attempt(withAll(subset, middle))) {
          lowered = true;
          failing = middle;
          if (!sameGroup(subset, middle)) {
            break;
          }
        } else {
          passing = middle;
        }
      }
      return lowered;
    }

    private boolean sameGroup(List<Integer> group, long value) {
      for (int index : group) {
        if (index >= current.length() || current.value(index) != value) {
          return false;
        }
      }
      return true;
    }

    private long[] withAll(List<Integer> indices, long value) {
      long[] candidate = current.values();
      for (int index : indices) {
        candidate[index] = value;
      }
      return candidate;
    }

    private void deleteChunks() {
      for (int size : CHUNK_SIZES) {
        int start = 0;
        while (start + size <= current.length() && budgetLeft()) {
          long[] values = current.values();
          long[] candidate = new long[values.length - size];
          System.arraycopy(values, 0, candidate, 0, start);
          System.arraycopy(values, start + size, candidate, start, values.length - start - size);
          if (!attempt(candidate)) {
            start++;
          }
        }
      }
    }

    private void simplifyChunks() {
      for (int size : CHUNK_SIZES) {
        for (int start = 0; start + size <= current.length() && budgetLeft(); start++) {
          long[] candidate = current.values();
          boolean changed = false;
          for (int i = start; i < start + size; i++) {
            changed |= candidate[i] != current.simplest(i);
            candidate[i] = current.simplest(i);
          }
          if (changed) {
            attempt(candidate);
          }
        }
      }
    }

    private void minimizeChoices() {
      for (int i = 0; i < current.length() && budgetLeft(); i++) {
        long target = current.simplest(i);
        long value = current.value(i);
        if (value == target || attempt(with(i, target))) {
          continue;
        }
        if (value < target && value != Long.MIN_VALUE) {
          long mirrored = target + (target - value);
          if (mirrored <= current.max(i) && attempt(with(i, mirrored))) {
            value = mirrored;
          }
        }
        // binary search between the simplest value (known to pass) and the current one (known to fail)
        long passing = target;
        while (i < current.length() && budgetLeft()) {
          long failing = current.value(i);
          if (!between(failing, passing, value)) {
            break;
          }
          value = failing;
          long gap = failing - passing;
          if (gap == 1 || gap == -1) {
            break;
          }
          long middle = passing + gap / 2;
          if (!attempt(with(i, middle))) {
            passing = middle;
          }
        }
      }
    }

    /**
     * Moves the distance of a choice from its simplest value onto one of the next few choices (as much as that
     * choice's range allows), so that properties of a sum, such as {@code a + b >= 100}, shrink to
     * {@code (0, 100)} rather than stopping at {@code (100, 0)}.
     */
    private void redistribute() {
      for (int i = 0; i < current.length() && budgetLeft(); i++) {
        for (int j = i + 1; j < Math.min(current.length(), i + 1 + CHUNK_SIZES[0]) && budgetLeft(); j++) {
          long target = current.simplest(i);
          long value = current.value(i);
          if (value == target) {
            break;
          }
          long room = value > target ? current.max(j) - current.value(j) : current.value(j) - current.min(j);
          long distance = value > target ? value - target : target - value;
          long moved = room < 0 ? distance : Math.min(distance, room);
          if (moved <= 0) {
            continue;
          }
          long[] candidate = current.values();
          candidate[i] = value > target ? value - moved : value + moved;
          candidate[j] = value > target ? current.value(j) + moved : current.value(j) - moved;
          attempt(candidate);
        }
      }
    }

    /** Whether a value lies on the same side of the passing value as, and not beyond, the previous value. */
    private boolean between(long candidate, long passing, long previous) {
      return previous > passing ? candidate > passing && candidate <= previous
          : candidate < passing && candidate >= previous;
    }

    private long[] with(int index, long value) {
      long[] candidate = current.values();
      candidate[index] = value;
      return candidate;
    }
  }

  /** A choice sequence as a hash key. */
  private static final class Key {
    private final long[] values;
    private final int hash;

    Key(long[] values) {
      this.values = values;
      this.hash = java.util.Arrays.hashCode(values);
    }

    @Override
    public boolean equals(@Nullable Object other) {
      return other instanceof Key && java.util.Arrays.equals(values, ((Key) other).values);
    }

    @Override
    public int hashCode() {
      return hash;
    }
  }
}
