/**
 * Validators by document type: {@link io.github.gpai4j.evaluation.registry.DocumentValidators} gives the validator
 * of any document the {@linkplain io.github.gpai4j.core.form.DocumentTypes registry} knows, so that the command
 * line, the conformance tests and the testkit dispatch without naming the types.
 */
@NullMarked
package io.github.gpai4j.evaluation.registry;

import org.jspecify.annotations.NullMarked;
