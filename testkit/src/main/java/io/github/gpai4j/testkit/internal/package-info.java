/**
 * Not API: the recording and replaying choice source, the shrinker and the property runner behind
 * {@code io.github.gpai4j.testkit}; these types may change in any release.
 */
@NullMarked
package io.github.gpai4j.testkit.internal;

import org.jspecify.annotations.NullMarked;
