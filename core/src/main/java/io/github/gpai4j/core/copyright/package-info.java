/**
 * The copyright policy of a provider of general-purpose AI models (Art.&nbsp;53(1)(c) of Regulation (EU) 2024/1689),
 * as the General-Purpose AI Code of Practice's Copyright chapter details it in Measures 1.1 to 1.5: one policy
 * document covering the provider's models, internal responsibilities, crawlers that honour robots.txt (RFC 9309) and
 * other machine-readable reservations of rights under Art.&nbsp;4(3) of Directive (EU) 2019/790, no circumvention of
 * technological measures, exclusion of infringing websites, safeguards against infringing outputs, a prohibition of
 * infringing uses, a point of contact and a complaint mechanism. Start with
 * {@link io.github.gpai4j.core.copyright.CopyrightPolicy#builder()}; the form table is
 * {@link io.github.gpai4j.core.copyright.CopyrightPolicies#CODE_2025_07}. Drafts are legal values.
 */
@GpaiStyle
@NullMarked
package io.github.gpai4j.core.copyright;

import io.github.gpai4j.core.GpaiStyle;
import org.jspecify.annotations.NullMarked;
