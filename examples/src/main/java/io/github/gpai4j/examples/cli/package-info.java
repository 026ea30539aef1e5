/**
 * The gpai4j command-line front end over the bundled sample documents.
 */
@NullMarked
package io.github.gpai4j.examples.cli;

import org.jspecify.annotations.NullMarked;
