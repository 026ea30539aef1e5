/**
 * Mitigation vocabulary and records of the Safety and Security chapter of the GPAI Code of Practice: safety
 * mitigations (Commitment 5, Measure 5.1), security mitigations with the Security Goal and the objectives and
 * listed measures of Appendix 4 (Commitment 6), and the governance commitments (Commitments 1 and 7 to 10), with
 * validators of Security Goals and mitigations ({@code MitigationRules} (module {@code gpai4j-evaluation})).
 */
@GpaiStyle
@NullMarked
package io.github.gpai4j.taxonomy.mitigation;

import io.github.gpai4j.core.GpaiStyle;
import org.jspecify.annotations.NullMarked;
