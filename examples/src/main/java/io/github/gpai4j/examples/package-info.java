/**
 * Runnable examples of gpai4j, one per user story, each compiled and run by a test; {@link
 * io.github.gpai4j.examples.Main} keeps the examples jar runnable by handing over to the command line.
 */
@NullMarked
package io.github.gpai4j.examples;

import org.jspecify.annotations.NullMarked;
