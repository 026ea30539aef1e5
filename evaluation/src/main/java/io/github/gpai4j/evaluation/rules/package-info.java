/**
 * The versioned rule set of Chapter V of Regulation (EU) 2024/1689: every threshold, fraction, period and date
 * that classification and obligation derivation use, in one immutable value named after the texts it implements.
 */
@NullMarked
@GpaiStyle
package io.github.gpai4j.evaluation.rules;

import io.github.gpai4j.core.GpaiStyle;
import org.jspecify.annotations.NullMarked;
