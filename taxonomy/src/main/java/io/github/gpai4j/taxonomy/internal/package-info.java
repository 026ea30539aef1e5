/**
 * Implementation details of the taxonomy module (label loading, nearest-code suggestions, the rule factory and
 * message bundle of the record validators); not exported and not API.
 */
@NullMarked
package io.github.gpai4j.taxonomy.internal;

import org.jspecify.annotations.NullMarked;
