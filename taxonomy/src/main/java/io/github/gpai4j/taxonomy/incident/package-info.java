/**
 * Serious-incident reports of the Safety and Security chapter of the GPAI Code of Practice (Commitment 9,
 * Art.&nbsp;55(1)(c) of Regulation (EU) 2024/1689): the report shaped like the Commission's template for serious
 * incidents of GPAI models with systemic risk, the severity categories of Measure 9.3 with their initial-report
 * periods, and the dates each report was submitted. The deadline arithmetic and the rules live in
 * {@code gpai4j-evaluation} ({@code IncidentDeadlines}, {@code SeriousIncidentRules}).
 */
@GpaiStyle
@NullMarked
package io.github.gpai4j.taxonomy.incident;

import io.github.gpai4j.core.GpaiStyle;
import org.jspecify.annotations.NullMarked;
