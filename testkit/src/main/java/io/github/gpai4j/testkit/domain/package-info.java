/**
 * Generators of gpai4j's documents for property tests: Model Documentation Forms valid by construction (zero
 * findings under the Model Documentation rules of Art.&nbsp;53(1)(a)-(b) and Annexes XI-XII), drafts, model profiles
 * for Art.&nbsp;51 classification, the Code of Practice's Safety and Security records, and rule-tagged mutants that
 * each break exactly one rule.
 */
@NullMarked
package io.github.gpai4j.testkit.domain;

import org.jspecify.annotations.NullMarked;
