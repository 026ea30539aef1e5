/**
 * Implementation details of the taxonomy module (label loading, nearest-code suggestions); not exported and not
 * API.
 */
@NullMarked
package io.github.gpai4j.taxonomy.internal;

import org.jspecify.annotations.NullMarked;
