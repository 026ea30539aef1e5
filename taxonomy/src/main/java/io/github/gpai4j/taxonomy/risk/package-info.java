/**
 * Records of systemic risk assessment under the Safety and Security chapter of the GPAI Code of Practice: the
 * systemic risks a provider identifies (Commitment 2) with their scenarios, the acceptance criteria and systemic
 * risk tiers of Measure 4.1, and the acceptance determination with its decision to proceed (Measure 4.2), plus
 * validators that report, as findings citing the Code, what it still requires ({@code SystemicRiskRules}
 * (module {@code gpai4j-evaluation})).
 */
@GpaiStyle
@NullMarked
package io.github.gpai4j.taxonomy.risk;

import io.github.gpai4j.core.GpaiStyle;
import org.jspecify.annotations.NullMarked;
