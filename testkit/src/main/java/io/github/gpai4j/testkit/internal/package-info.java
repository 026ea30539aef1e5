/**
 * Not API: the bridge through which a test engine adapter (such as the JUnit Platform listener in
 * {@code io.github.gpai4j.testkit.junit}) tells the property runner which test is running on a thread, so that a
 * failure can name the exact test that replays it.
 */
@NullMarked
package io.github.gpai4j.testkit.internal;

import org.jspecify.annotations.NullMarked;
