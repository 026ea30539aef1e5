package io.github.gpai4j.testkit.junit;

import io.github.gpai4j.testkit.internal.TestIdentity;
import java.util.Optional;
import org.jspecify.annotations.Nullable;
import org.junit.platform.engine.TestExecutionResult;
import org.junit.platform.engine.TestSource;
import org.junit.platform.engine.support.descriptor.MethodSource;
import org.junit.platform.launcher.TestExecutionListener;
import org.junit.platform.launcher.TestIdentifier;
import org.junit.platform.launcher.TestPlan;

/**
 * Tells the property runner which test the JUnit Platform is running on each thread: the class the engine runs
 * the method on ({@code Outer$Inner} for a {@code @Nested} class, the concrete subclass for a method inherited from
 * an abstract class) and the method, from the test's {@link MethodSource} (or, for dynamic tests, its nearest
 * ancestor's). On the class path (as Surefire runs tests by default in this project, and as most builds do) the
 * launcher registers it automatically through {@link java.util.ServiceLoader} and {@code META-INF/services};
 * nothing needs to be configured. The module descriptor does not declare it with {@code provides}, so that the
 * testkit module resolves without JUnit; where the listener is not registered, failure messages say that the
 * test is unknown and print no {@code -Dtest} command.
 *
 * @since 0.1.0
 */
@SuppressWarnings("exports") // JUnit is optional: the launcher that loads this class has JUnit on the path
public final class TestIdentityListener implements TestExecutionListener {
  private volatile @Nullable TestPlan plan;

  /** Creates the listener; the launcher does this. */
  public TestIdentityListener() {}

  @Override
  public void testPlanExecutionStarted(TestPlan testPlan) {
    plan = testPlan;
  }

  @Override
  public void executionStarted(TestIdentifier testIdentifier) {
    if (!testIdentifier.isTest()) {
      return;
    }
    MethodSource source = methodSource(testIdentifier);
    if (source != null) {
      TestIdentity.started(source.getClassName(), source.getMethodName(), testIdentifier.getUniqueId(),
          testIdentifier.getDisplayName());
    }
  }

  @Override
  public void executionFinished(TestIdentifier testIdentifier, TestExecutionResult testExecutionResult) {
    if (testIdentifier.isTest()) {
      TestIdentity.finished(testIdentifier.getUniqueId());
    }
  }

  private @Nullable MethodSource methodSource(TestIdentifier identifier) {
    TestIdentifier current = identifier;
    while (current != null) {
      Optional<TestSource> source = current.getSource();
      if (source.isPresent() && source.get() instanceof MethodSource) {
        return (MethodSource) source.get();
      }
      TestPlan known = plan;
      current = known == null ? null : known.getParent(current).orElse(null);
    }
    return null;
  }
}
