/**
 * Optional JUnit integration of the testkit: the JUnit Platform listener that tells the property runner which test
 * is running (so a failure prints a command that re-runs exactly that test), and {@link
 * io.github.gpai4j.testkit.junit.GenSource} to feed generators to a {@code @ParameterizedTest}. Needs
 * {@code junit-platform-launcher} and {@code junit-jupiter-params} on the test class path; the rest of the testkit
 * does not.
 */
@NullMarked
package io.github.gpai4j.testkit.junit;

import org.jspecify.annotations.NullMarked;
