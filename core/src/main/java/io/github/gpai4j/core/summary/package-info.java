/**
 * The public summary of the content used to train a general-purpose AI model (Art.&nbsp;53(1)(d) of Regulation (EU)
 * 2024/1689), on the Commission's template (C(2025) 5235, 24 July 2025): the header with version and last update,
 * section 1 (provider, model, modalities and overall training data), section 2 (the data sources 2.1 to 2.6, each
 * behind its yes/no question, crawled domain names included) and section 3 (data processing). Start with
 * {@link io.github.gpai4j.core.summary.TrainingContentSummary#builder()}; the form table is
 * {@link io.github.gpai4j.core.summary.TrainingContentSummaries#TEMPLATE}. Drafts are legal values: every item may be
 * missing, and validators in {@code io.github.gpai4j.evaluation.summary} say what the template still asks for.
 */
@GpaiStyle
@NullMarked
package io.github.gpai4j.core.summary;

import io.github.gpai4j.core.GpaiStyle;
import org.jspecify.annotations.NullMarked;
