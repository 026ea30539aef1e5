/**
 * Checks between the documents a provider keeps about one model under Art.&nbsp;53(1) of Regulation (EU) 2024/1689:
 * the Model Documentation Form (points (a) and (b)), the copyright policy (point (c)) and the public summary of
 * training content (point (d)) name the same provider and models, the same crawlers, and the same sources of
 * training data. Each mismatch is reported in one document with the location of the same fact in the other as a
 * {@link io.github.gpai4j.core.validation.RelatedLocation}. Start with
 * {@link io.github.gpai4j.evaluation.crossdoc.CrossDocumentValidator#create()}.
 */
@GpaiStyle
@NullMarked
package io.github.gpai4j.evaluation.crossdoc;

import io.github.gpai4j.core.GpaiStyle;
import org.jspecify.annotations.NullMarked;
