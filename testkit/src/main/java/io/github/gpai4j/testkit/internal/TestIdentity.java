package io.github.gpai4j.testkit.internal;

import static java.util.Objects.requireNonNull;

import java.util.ArrayDeque;
import java.util.Deque;
import java.util.concurrent.atomic.AtomicInteger;
import org.jspecify.annotations.Nullable;

/**
 * Which test is running, as a test engine reports it: a stack per thread (a test may launch another engine run, as
 * the testkit's own tests do), inherited by the threads a test starts, so that a property checked on such a thread
 * still names its test. A thread that inherited nothing (a pool thread created before the test) knows no test, and
 * the runner then says so rather than guess. Not API.
 */
public final class TestIdentity {

  /**
   * A running test.
   *
   * @param className the binary name of the class the engine runs the test method on (for a {@code @Nested} class
   *     {@code Outer$Inner}, for an inherited method the concrete subclass), not null
   * @param methodName the test method's name, not null
   * @param uniqueId the engine's unique id of the test (differs between invocations of a parameterized test)
   * @param displayName the engine's display name
   * @param ordinal counts the properties checked so far in this test
   */
  public record Running(
      String className, String methodName, String uniqueId, String displayName, AtomicInteger ordinal) {
    /**
     * Checks the identity.
     *
     * @param className the class, not null
     * @param methodName the method, not null
     * @param uniqueId the unique id, not null
     * @param displayName the display name, not null
     * @param ordinal the property counter, not null
     */
    public Running {
      requireNonNull(className, "className");
      requireNonNull(methodName, "methodName");
      requireNonNull(uniqueId, "uniqueId");
      requireNonNull(displayName, "displayName");
      requireNonNull(ordinal, "ordinal");
    }
  }

  private static final InheritableThreadLocal<Deque<Running>> STACK = new InheritableThreadLocal<>() {
    @Override
    protected Deque<Running> initialValue() {
      return new ArrayDeque<>();
    }

    @Override
    protected Deque<Running> childValue(Deque<Running> parent) {
      return new ArrayDeque<>(parent);
    }
  };
  private static volatile boolean reported;

  private TestIdentity() {}

  /**
   * Records that a test started on the current thread.
   *
   * @param className the class the engine runs the method on
   * @param methodName the method
   * @param uniqueId the engine's unique id
   * @param displayName the display name
   */
  public static void started(String className, String methodName, String uniqueId, String displayName) {
    Running running = new Running(className, methodName, uniqueId, displayName, new AtomicInteger());
    STACK.get().push(running);
    reported = true;
  }

  /**
   * Records that a test finished (on the thread it ran on).
   *
   * @param uniqueId the engine's unique id of the test
   */
  public static void finished(String uniqueId) {
    Deque<Running> stack = STACK.get();
    stack.removeIf(r -> r.uniqueId().equals(uniqueId));
  }

  /**
   * Returns whether an engine adapter ever reported a test in this JVM.
   *
   * @return whether the adapter is active
   */
  public static boolean adapterActive() {
    return reported;
  }

  /**
   * Returns the test running on this thread, or that started this thread.
   *
   * @return the test, or null if the engine reported none for this thread
   */
  public static @Nullable Running current() {
    return STACK.get().peek();
  }
}
