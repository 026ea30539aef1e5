/**
 * The Model Documentation Form of the GPAI Code of Practice (Transparency chapter, final, 10 July 2025), which
 * collects what Art.&nbsp;53(1)(a)-(b) and Annexes XI and XII of Regulation (EU) 2024/1689 require, as typed immutable
 * values ({@link io.github.gpai4j.core.documentation.ModelDocumentation}), with the catalogue of its 47 items
 * ({@link io.github.gpai4j.core.documentation.MdfItem}) and recipient views. Drafts are legal values: any item may
 * be missing, and validators in the {@code evaluation} module say what is.
 */
@GpaiStyle
@NullMarked
package io.github.gpai4j.core.documentation;

import io.github.gpai4j.core.GpaiStyle;
import org.jspecify.annotations.NullMarked;
