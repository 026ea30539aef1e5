/**
 * Systemic-risk vocabulary of the General-Purpose AI Code of Practice: the taxonomy of the final Safety and Security
 * chapter (Appendix 1, 10 July 2025) and of the first draft (Measure 6, 14 November 2024) as versioned enums with
 * stable codes, English and French labels, legal bases and provenance flags; lookup by code ({@link
 * io.github.gpai4j.taxonomy.Taxonomy}); the mapping between the two versions ({@link
 * io.github.gpai4j.taxonomy.TaxonomyMapping}). The records of assessment, evaluation and mitigation, and their
 * validators, live in the sub-packages.
 */
@NullMarked
package io.github.gpai4j.taxonomy;

import org.jspecify.annotations.NullMarked;
