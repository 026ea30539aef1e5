/**
 * Stateful (command-sequence) property testing: a {@link io.github.gpai4j.testkit.stateful.StateMachine} generates
 * sequences of {@link io.github.gpai4j.testkit.stateful.Command}s whose preconditions hold against a model state,
 * runs them against the system under test, checks postconditions and invariants after each, and shrinks a failing
 * sequence to the fewest, simplest commands that still fail; for pipelines that update documentation over
 * versions.
 */
@NullMarked
package io.github.gpai4j.testkit.stateful;

import org.jspecify.annotations.NullMarked;
