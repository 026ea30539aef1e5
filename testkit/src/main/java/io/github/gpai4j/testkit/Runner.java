package io.github.gpai4j.testkit;

import java.lang.reflect.Array;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.SplittableRandom;
import java.util.concurrent.ThreadLocalRandom;
import org.jspecify.annotations.Nullable;

/**
 * Runs a property: generates arguments for a number of tries from one seeded random generator, and on the first
 * failure shrinks the arguments' recorded choices (deleting spans, setting spans to their simplest values,
 * binary-searching each choice towards its simplest value) until no pass improves or the shrink budget, counted in
 * property evaluations, is spent.
 */
final class Runner {

  /** The system property that fixes the seed, for replaying a failure. */
  public static final String SEED_PROPERTY = "gpai4j.seed";

  /** The system property that sets the default number of tries. */
  public static final String TRIES_PROPERTY = "gpai4j.tries";

  /** The default number of tries when neither the property nor the system property sets one. */
  public static final int DEFAULT_TRIES = 100;

  /** The default shrink budget, in property evaluations. */
  public static final int DEFAULT_MAX_SHRINKS = 5_000;

  private static final int MAX_SHOWN_CHARS = 2_000;
  private static final int[] CHUNK_SIZES = {8, 4, 3, 2, 1};

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
   * The runner's settings.
   *
   * @param tries the number of tries, or null for the default
   * @param seed the seed, or null to take it from {@value #SEED_PROPERTY} or at random
   * @param maxShrinks the shrink budget in property evaluations
   */
  public record Settings(@Nullable Integer tries, @Nullable Long seed, int maxShrinks) {

    /** The default settings. */
    public static final Settings DEFAULT = new Settings(null, null, DEFAULT_MAX_SHRINKS);

    /**
     * Checks the settings.
     *
     * @throws IllegalArgumentException if tries is less than 1 or the budget negative
     */
    public Settings {
      if (tries != null && tries < 1) {
        throw new IllegalArgumentException("A property needs at least 1 try, was " + tries);
      }
      if (maxShrinks < 0) {
        throw new IllegalArgumentException("The shrink budget must not be negative, was " + maxShrinks);
      }
    }

    /**
     * Returns these settings with a number of tries.
     *
     * @param newTries the tries
     * @return the settings
     */
    public Settings withTries(int newTries) {
      return new Settings(newTries, seed, maxShrinks);
    }

    /**
     * Returns these settings with a seed.
     *
     * @param newSeed the seed
     * @return the settings
     */
    public Settings withSeed(long newSeed) {
      return new Settings(tries, newSeed, maxShrinks);
    }

    /**
     * Returns these settings with a shrink budget.
     *
     * @param newMaxShrinks the budget
     * @return the settings
     */
    public Settings withMaxShrinks(int newMaxShrinks) {
      return new Settings(tries, seed, newMaxShrinks);
    }
  }

  private final Settings settings;
  private final List<Gen<?>> gens;
  private final Body body;

  /**
   * Creates a runner.
   *
   * @param settings the settings
   * @param gens the argument generators, in parameter order
   * @param body the property
   */
  public Runner(Settings settings, List<Gen<?>> gens, Body body) {
    this.settings = settings;
    this.gens = List.copyOf(gens);
    this.body = body;
  }

  /**
   * Runs the property.
   *
   * @throws PropertyFailure if the property fails for some arguments
   * @throws FilterExhaustedException if a generator's filter rejects all its tries
   */
  public void run() {
    long seed = resolveSeed();
    int tries = resolveTries();
    SplittableRandom random = new SplittableRandom(seed);
    for (int attempt = 1; attempt <= tries; attempt++) {
      Choices choices = Choices.random(random);
      List<@Nullable Object> arguments;
      try {
        arguments = generate(choices);
      } catch (FilterExhaustedException e) {
        throw e.withSeed(seed);
      } catch (Invalid e) {
        throw new IllegalStateException("Generating arguments failed with seed " + seed + ": " + e.getMessage(), e);
      }
      Throwable failure = evaluate(arguments);
      if (failure != null) {
        throw shrinkAndReport(seed, attempt, choices.recording(), arguments, failure);
      }
    }
  }

  private long resolveSeed() {
    if (settings.seed() != null) {
      return settings.seed();
    }
    String fromSystem = System.getProperty(SEED_PROPERTY);
    if (fromSystem != null && !fromSystem.isBlank()) {
      try {
        return Long.parseLong(fromSystem.strip());
      } catch (NumberFormatException e) {
        throw new IllegalArgumentException(
            "System property " + SEED_PROPERTY + " must be a whole number (a long), was \"" + fromSystem + "\"", e);
      }
    }
    return ThreadLocalRandom.current().nextLong();
  }

  private int resolveTries() {
    if (settings.tries() != null) {
      return settings.tries();
    }
    String fromSystem = System.getProperty(TRIES_PROPERTY);
    if (fromSystem != null && !fromSystem.isBlank()) {
      try {
        int tries = Integer.parseInt(fromSystem.strip());
        if (tries >= 1) {
          return tries;
        }
      } catch (NumberFormatException e) {
        // reported below
      }
      throw new IllegalArgumentException(
          "System property " + TRIES_PROPERTY + " must be a whole number >= 1, was \"" + fromSystem + "\"");
    }
    return DEFAULT_TRIES;
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

  private PropertyFailure shrinkAndReport(
      long seed, int attempt, Recording recording, List<@Nullable Object> original, Throwable failure) {
    Shrinker shrinker = new Shrinker(recording, original, failure);
    shrinker.shrink();
    Throwable cause = shrinker.failure instanceof Falsified ? null : shrinker.failure;
    String message = report(seed, attempt, original, shrinker, cause);
    return new PropertyFailure(message, cause, seed, attempt, shrinker.steps, original, shrinker.arguments);
  }

  private String report(
      long seed, int attempt, List<@Nullable Object> original, Shrinker shrinker, @Nullable Throwable cause) {
    String callSite = callSite();
    StringBuilder text = new StringBuilder();
    text.append("Property failed after ").append(attempt).append(attempt == 1 ? " try" : " tries")
        .append(" with seed ").append(seed).append('\n');
    text.append("  Shrunk counterexample: ").append(show(shrinker.arguments))
        .append("  (").append(shrinker.steps).append(" shrink steps, ")
        .append(shrinker.evaluations).append(" evaluations)\n");
    text.append("  Original counterexample: ").append(show(original)).append('\n');
    text.append("  Cause: ").append(cause == null ? "the property returned false" : describe(cause)).append('\n');
    text.append("  Replay: -D").append(SEED_PROPERTY).append('=').append(seed)
        .append("  (mvn -D").append(SEED_PROPERTY).append('=').append(seed)
        .append(" -Dtest=").append(callSite).append(" test)");
    return text.toString();
  }

  private static String describe(Throwable cause) {
    String message = cause.getMessage();
    return cause.getClass().getName() + (message == null ? "" : ": " + truncate(message.strip()));
  }

  /**
   * Names the test that called the runner as {@code SimpleClassName#method}, for the replay line: the outermost
   * frame of the calling class anywhere on the stack, so that a property checked in a helper method of the test
   * class, or in a lambda passed to an assertion, names the test method.
   */
  static String callSite() {
    Optional<StackWalker.StackFrame> caller = StackWalker.getInstance().walk(frames -> {
      StackWalker.StackFrame outermost = null;
      for (StackWalker.StackFrame frame : (Iterable<StackWalker.StackFrame>) frames::iterator) {
        if (outermost == null) {
          if (!isEngine(frame.getClassName())) {
            outermost = frame;
          }
        } else if (outerClass(frame.getClassName()).equals(outerClass(outermost.getClassName()))) {
          outermost = frame;
        }
      }
      return Optional.ofNullable(outermost);
    });
    if (caller.isEmpty()) {
      return "<TestClass#method>";
    }
    String className = caller.get().getClassName();
    String simple = className.substring(className.lastIndexOf('.') + 1);
    int nested = simple.indexOf('$');
    if (nested > 0) {
      simple = simple.substring(0, nested);
    }
    String method = caller.get().getMethodName();
    // a lambda in a test method compiles to lambda$<method>$<n>
    if (method.startsWith("lambda$") && method.lastIndexOf('$') > "lambda$".length()) {
      method = method.substring("lambda$".length(), method.lastIndexOf('$'));
    }
    return simple + "#" + method;
  }

  private static String outerClass(String className) {
    int nested = className.indexOf('$');
    return nested > 0 ? className.substring(0, nested) : className;
  }

  private static boolean isEngine(String className) {
    String property = "io.github.gpai4j.testkit.Property";
    for (String engine : List.of("Runner", "Choices", "Recording", "Invalid")) {
      if (className.equals("io.github.gpai4j.testkit." + engine)
          || className.startsWith("io.github.gpai4j.testkit." + engine + "$")) {
        return true;
      }
    }
    return className.equals(property)
        || className.startsWith(property + "$");
  }

  /**
   * Renders arguments for a failure message: strings quoted, arrays expanded, long texts cut.
   *
   * @param arguments the arguments
   * @return one argument as itself, several as a parenthesised list
   */
  static String show(List<@Nullable Object> arguments) {
    if (arguments.size() == 1) {
      return showOne(arguments.get(0));
    }
    List<String> shown = new ArrayList<>();
    for (Object argument : arguments) {
      shown.add(showOne(argument));
    }
    return "(" + String.join(", ", shown) + ")";
  }

  private static String showOne(@Nullable Object value) {
    if (value == null) {
      return "null";
    }
    if (value instanceof String) {
      return truncate('"' + ((String) value).replace("\\", "\\\\").replace("\"", "\\\"")
          .replace("\n", "\\n").replace("\r", "\\r").replace("\t", "\\t") + '"');
    }
    if (value.getClass().isArray()) {
      List<String> items = new ArrayList<>();
      for (int i = 0; i < Array.getLength(value); i++) {
        items.add(showOne(Array.get(value, i)));
      }
      return truncate("[" + String.join(", ", items) + "]");
    }
    return truncate(String.valueOf(value));
  }

  private static String truncate(String text) {
    return text.length() <= MAX_SHOWN_CHARS
        ? text
        : text.substring(0, MAX_SHOWN_CHARS) + "... (" + text.length() + " characters)";
  }

  /** Shrinks one failing example by replaying simpler choice sequences. */
  private final class Shrinker {
    private Recording current;
    private List<@Nullable Object> arguments;
    private Throwable failure;
    private final Class<?> failureKind;
    private final Set<Key> seen = new HashSet<>();
    private int steps;
    private int evaluations;

    Shrinker(Recording recording, List<@Nullable Object> arguments, Throwable failure) {
      this.current = recording;
      this.arguments = arguments;
      this.failure = failure;
      this.failureKind = failure.getClass();
      seen.add(new Key(recording.values()));
    }

    void shrink() {
      boolean improved = true;
      while (improved && budgetLeft()) {
        Recording before = current;
        deleteChunks();
        simplifyChunks();
        minimizeChoices();
        redistribute();
        improved = current != before;
      }
    }

    private boolean budgetLeft() {
      return evaluations < settings.maxShrinks();
    }

    /** Replays a candidate; keeps it if it is simpler and fails the same way. */
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
      if (result == null || result.getClass() != failureKind) {
        return false;
      }
      current = recording;
      arguments = replayed;
      failure = result;
      steps++;
      return true;
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
