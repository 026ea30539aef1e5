/**
 * JMH benchmarks for reading, validating and classifying documents.
 */
@NullMarked
package io.github.gpai4j.benchmarks;

import org.jspecify.annotations.NullMarked;
