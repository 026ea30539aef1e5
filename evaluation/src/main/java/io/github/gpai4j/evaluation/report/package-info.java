/**
 * Reports for machines and people: a validation report with completeness per recipient as one JSON document, and
 * a filled form rendered as a self-contained XHTML page for one recipient of documentation under Art.&nbsp;53(1)(a)
 * and (b) of Regulation (EU) 2024/1689, with the gaps marked, completeness drawn per section and recipient and the
 * model's obligations drawn on a dated timeline, as static SVG (no script, no external resource).
 */
@NullMarked
package io.github.gpai4j.evaluation.report;

import org.jspecify.annotations.NullMarked;
