/**
 * Classification of a model under Chapter V of Regulation (EU) 2024/1689: whether it is a GPAI model (Commission
 * guidelines, section 2.1), whether it carries systemic risk (Arts.&nbsp;51-52), whether the open-source exemption of
 * Arts.&nbsp;53(2) and 54(6) applies, whether a downstream modifier becomes its provider (guidelines, section 3.2), and
 * the Art.&nbsp;52 dates; every answer carries a reason trace with legal bases, and unknown facts stay unknown.
 */
@NullMarked
@GpaiStyle
package io.github.gpai4j.evaluation.classification;

import io.github.gpai4j.core.GpaiStyle;
import org.jspecify.annotations.NullMarked;
