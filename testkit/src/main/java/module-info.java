/**
 * Seeded, shrinking generators and a property runner for testing gpai4j and code built on it; the engine
 * (choice recording, replay and shrinking) is package-private. The JUnit integration is optional.
 */
module io.github.gpai4j.testkit {
  requires transitive io.github.gpai4j.evaluation;
  requires static transitive org.immutables.value.annotations;
  requires static transitive org.jspecify;
  requires static transitive org.junit.platform.launcher;
  requires static transitive org.junit.jupiter.params;

  exports io.github.gpai4j.testkit;
  exports io.github.gpai4j.testkit.domain;
  exports io.github.gpai4j.testkit.junit;
  exports io.github.gpai4j.testkit.stateful;

  provides org.junit.platform.launcher.TestExecutionListener
      with io.github.gpai4j.testkit.junit.TestIdentityListener;
}
