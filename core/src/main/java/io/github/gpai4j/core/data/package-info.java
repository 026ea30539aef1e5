/**
 * Vocabulary shared by every document that describes training data: the Model Documentation Form's data section
 * (MDF-6.2, Annex XI 1(2)(c), Annex XII 2(c)) and the public summary of training content (Art.&nbsp;53(1)(d), the
 * Commission's template, section 2). A {@link io.github.gpai4j.core.data.Dataset} is written once and can be
 * listed by both.
 */
@GpaiStyle
@NullMarked
package io.github.gpai4j.core.data;

import io.github.gpai4j.core.GpaiStyle;
import org.jspecify.annotations.NullMarked;
