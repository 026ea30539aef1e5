/**
 * Engine-neutral property-testing kit: seeded generators with integrated shrinking, a JUnit-friendly runner, and domain generators with rule-tagged mutants.
 */
@NullMarked
package io.github.gpai4j.testkit;

import org.jspecify.annotations.NullMarked;
