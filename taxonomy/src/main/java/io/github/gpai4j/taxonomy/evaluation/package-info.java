/**
 * Records of model evaluations under the Safety and Security chapter of the GPAI Code of Practice: the methods of
 * Measure 3.2, internal and independent external evaluators, elicitation (Appendix 3.2), the rigour, mitigation
 * effectiveness and resources of Appendix 3.1, 3.3 and 3.4, and the results reported in the Model Report (Measure
 * 7.3(1)(e)), with a validator of Appendix 3 ({@code EvaluationRules}
 * (module {@code gpai4j-evaluation})).
 */
@GpaiStyle
@NullMarked
package io.github.gpai4j.taxonomy.evaluation;

import io.github.gpai4j.core.GpaiStyle;
import org.jspecify.annotations.NullMarked;
