/**
 * Shared kernel of gpai4j: legal references ({@link io.github.gpai4j.core.LegalBasis}), the recipients of documentation under Art.&nbsp;53(1)(a)-(b) of Regulation (EU) 2024/1689, quantities that carry their unit and significant figures, and the form's {@code N/A} answer ({@link io.github.gpai4j.core.Applicable}).
 */
@NullMarked
package io.github.gpai4j.core;

import org.jspecify.annotations.NullMarked;
