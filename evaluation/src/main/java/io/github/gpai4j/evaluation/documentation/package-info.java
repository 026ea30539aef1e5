/**
 * Rules that judge a Model Documentation Form (GPAI Code of Practice, Transparency chapter, Measure 1.1) against
 * Art.&nbsp;53(1)(a)-(b) and Annexes XI and XII of Regulation (EU) 2024/1689: completeness per recipient, {@code N/A}
 * where the form allows it, precision of figures, consistency between items, recommended word counts and, for
 * models with systemic risk, the Annex XI section 2 material; plus a completeness score per recipient.
 */
@NullMarked
package io.github.gpai4j.evaluation.documentation;

import org.jspecify.annotations.NullMarked;
