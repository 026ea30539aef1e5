/**
 * JSON reading and writing of gpai4j documents ({@link io.github.gpai4j.core.json.Gpai4jJson}), with typed,
 * located errors ({@link io.github.gpai4j.core.json.DocumentReadException}) and configurable limits.
 */
@NullMarked
package io.github.gpai4j.core.json;

import org.jspecify.annotations.NullMarked;
