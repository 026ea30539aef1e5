/**
 * The Safety and Security Model Report of the GPAI Code of Practice (Commitment 7, Measures 7.1 to 7.7; Art.&nbsp;55(1)(a)
 * and (b) of Regulation (EU) 2024/1689): the model's description and behaviour, the reasons for proceeding, the
 * documentation of systemic risk identification, analysis and mitigation (reusing the records of
 * {@link io.github.gpai4j.taxonomy.risk.SystemicRiskRecords}) with input and output samples of each evaluation,
 * external reports, material changes, updates and their notification dates. Rules live in {@code gpai4j-evaluation}
 * ({@code ModelReportRules}).
 */
@GpaiStyle
@NullMarked
package io.github.gpai4j.taxonomy.report;

import io.github.gpai4j.core.GpaiStyle;
import org.jspecify.annotations.NullMarked;
