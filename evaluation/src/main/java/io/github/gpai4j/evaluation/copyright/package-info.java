/**
 * The rules of the copyright policy (Art.&nbsp;53(1)(c) of Regulation (EU) 2024/1689, as the Code of Practice's
 * Copyright chapter details it in Measures 1.1 to 1.5): each measure satisfied or explicitly justified, crawlers
 * that follow robots.txt (RFC 9309) and other reservation protocols, an electronic point of contact, a consistent
 * complaint register, and the gaps allowed for models placed before 2&nbsp;August&nbsp;2025. Start with
 * {@link io.github.gpai4j.evaluation.copyright.CopyrightPolicyValidator#create()}.
 */
@GpaiStyle
@NullMarked
package io.github.gpai4j.evaluation.copyright;

import io.github.gpai4j.core.GpaiStyle;
import org.jspecify.annotations.NullMarked;
