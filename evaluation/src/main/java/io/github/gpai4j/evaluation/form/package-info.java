/**
 * The catalogue validator: the completeness, {@code N/A}, precision and word-count rules of any form, derived from
 * its {@link io.github.gpai4j.core.form.FormTable} ({@link io.github.gpai4j.evaluation.form.FormRules}), applied
 * with the form's cross-item checks ({@link io.github.gpai4j.evaluation.form.CrossCheck}) by
 * {@link io.github.gpai4j.evaluation.form.FormValidator}, and completeness per recipient
 * ({@link io.github.gpai4j.evaluation.form.CompletenessScore}).
 */
@NullMarked
package io.github.gpai4j.evaluation.form;

import org.jspecify.annotations.NullMarked;
