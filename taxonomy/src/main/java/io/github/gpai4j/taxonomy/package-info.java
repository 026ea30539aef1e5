/**
 * Systemic-risk vocabulary of the General-Purpose AI Code of Practice, first draft (November 2024) and final Safety and Security chapter (July 2025), with the mapping between them.
 */
@NullMarked
package io.github.gpai4j.taxonomy;

import org.jspecify.annotations.NullMarked;
