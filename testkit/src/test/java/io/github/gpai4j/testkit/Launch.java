package io.github.gpai4j.testkit;

import static org.junit.platform.engine.discovery.DiscoverySelectors.selectMethod;

import java.util.ArrayList;
import java.util.List;
import org.jspecify.annotations.Nullable;
import org.junit.platform.engine.TestExecutionResult;
import org.junit.platform.launcher.Launcher;
import org.junit.platform.launcher.LauncherDiscoveryRequest;
import org.junit.platform.launcher.TestExecutionListener;
import org.junit.platform.launcher.TestIdentifier;
import org.junit.platform.launcher.core.LauncherDiscoveryRequestBuilder;
import org.junit.platform.launcher.core.LauncherFactory;

/** Runs test methods through the JUnit Platform launcher, as Surefire does, and records what ran. */
final class Launch {

  /** One finished test: its identifier and result. */
  record Ran(TestIdentifier test, TestExecutionResult result) {
    @Nullable Throwable failure() {
      return result.getThrowable().orElse(null);
    }
  }

  private Launch() {}

  /**
   * Runs the tests a method selector selects.
   *
   * @param selector {@code fully.qualified.Class#method}, with {@code $} for nested classes
   * @return the tests that ran (containers left out)
   */
  static List<Ran> run(String selector) {
    LauncherDiscoveryRequest request =
        LauncherDiscoveryRequestBuilder.request().selectors(selectMethod(selector)).build();
    List<Ran> ran = new ArrayList<>();
    Launcher launcher = LauncherFactory.create();
    launcher.execute(request, new TestExecutionListener() {
      @Override
      public void executionFinished(TestIdentifier test, TestExecutionResult result) {
        if (test.isTest()) {
          ran.add(new Ran(test, result));
        }
      }
    });
    return ran;
  }
}
