/**
 * Judges a provider's Safety and Security records (the taxonomy module describes them): systemic risks, scenarios,
 * acceptance criteria and determinations, mitigations, security goals and model evaluations, checked against the
 * final Code of Practice's Safety and Security chapter (Measures 2.1, 2.2, 4.1, 4.2, 6.1 and Appendix 3) with
 * {@code TAX-*} findings of the same shape as every other finding.
 */
@NullMarked
package io.github.gpai4j.evaluation.safety;

import org.jspecify.annotations.NullMarked;
