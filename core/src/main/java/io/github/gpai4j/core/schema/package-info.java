/**
 * JSON Schema 2020-12 for every registered document type and version, generated from the Java types as the JSON
 * codec sees them and from the form tables: start with {@link io.github.gpai4j.core.schema.JsonSchemas#of}.
 */
@NullMarked
package io.github.gpai4j.core.schema;

import org.jspecify.annotations.NullMarked;
