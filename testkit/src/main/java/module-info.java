/**
 * Seeded, shrinking generators and a property runner for testing gpai4j and code built on it; the engine
 * (choice recording, replay and shrinking) is package-private. The JUnit integration is optional: the module
 * resolves without JUnit (non-transitive {@code requires static}). Its test-identity listener is registered for
 * the class path in {@code META-INF/services} and not with {@code provides}, which would make the JUnit Platform
 * launcher a mandatory module.
 *
 * <p>Start with {@link io.github.gpai4j.testkit.Property#forAll(io.github.gpai4j.testkit.Gen)} and the generators
 * of {@link io.github.gpai4j.testkit.domain.DocumentationGens}. The module reads core and taxonomy only; the
 * validators that judge the generated documents are in {@code io.github.gpai4j.evaluation}, which a test adds itself.
 */
module io.github.gpai4j.testkit {
  requires transitive io.github.gpai4j.taxonomy;
  requires static org.immutables.value.annotations;
  requires static transitive org.jspecify;
  requires static org.junit.platform.launcher;
  requires static org.junit.jupiter.params;

  exports io.github.gpai4j.testkit;
  exports io.github.gpai4j.testkit.domain;
  exports io.github.gpai4j.testkit.junit;
  exports io.github.gpai4j.testkit.stateful;
}
