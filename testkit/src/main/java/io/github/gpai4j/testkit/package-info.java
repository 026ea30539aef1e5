/**
 * Engine-neutral property testing for gpai4j: seeded, reproducible generators ({@link io.github.gpai4j.testkit.Gen},
 * {@link io.github.gpai4j.testkit.Gens}) with integrated shrinking, generators biased towards the edges of the
 * GPAI rules ({@link io.github.gpai4j.testkit.LawEdges}), and a runner usable from plain JUnit
 * ({@link io.github.gpai4j.testkit.Property}) that reports a minimal counterexample with its seed.
 */
@NullMarked
package io.github.gpai4j.testkit;

import org.jspecify.annotations.NullMarked;
