/**
 * The rules of the public summary of training content (Art.&nbsp;53(1)(d) of Regulation (EU) 2024/1689, on the
 * Commission's template C(2025) 5235): the template's conditional requirements (from its form table), the sizes
 * and types of content per modality, dates that agree, the list of top crawled domain names of footnote 16
 * ({@link io.github.gpai4j.evaluation.summary.TopDomainRule}), and the six-monthly update while training
 * continues. Start with {@link io.github.gpai4j.evaluation.summary.TrainingContentSummaryValidator#create()}; the
 * explainable quality score is {@link io.github.gpai4j.evaluation.summary.SummaryQuality}.
 */
@GpaiStyle
@NullMarked
package io.github.gpai4j.evaluation.summary;

import io.github.gpai4j.core.GpaiStyle;
import org.jspecify.annotations.NullMarked;
