/**
 * Jackson plumbing behind {@link io.github.gpai4j.core.json.Gpai4jJson}; not API, not exported.
 */
@NullMarked
package io.github.gpai4j.core.internal.json;

import org.jspecify.annotations.NullMarked;
