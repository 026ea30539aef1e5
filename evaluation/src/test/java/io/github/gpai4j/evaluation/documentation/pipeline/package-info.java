/**
 * A documentation pipeline as a user team would write one (training-run configuration to Model Documentation
 * Form), with two bugs planted the way teams make them, and the tests that show the testkit finds both.
 */
@NullMarked
package io.github.gpai4j.evaluation.documentation.pipeline;

import org.jspecify.annotations.NullMarked;
