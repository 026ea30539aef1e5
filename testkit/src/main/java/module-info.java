/**
 * Seeded, shrinking generators and a property runner for testing gpai4j and code built on it; the engine
 * (choice recording, replay and shrinking) is package-private.
 *
 * <p>Start with {@link io.github.gpai4j.testkit.Property#forAll(io.github.gpai4j.testkit.Gen)} and the generators
 * of {@link io.github.gpai4j.testkit.domain.DocumentationGens}.
 */
module io.github.gpai4j.testkit {
  requires transitive io.github.gpai4j.evaluation;
  requires static org.immutables.value.annotations;
  requires static transitive org.jspecify;

  exports io.github.gpai4j.testkit;
  exports io.github.gpai4j.testkit.domain;
}
