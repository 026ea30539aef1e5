/**
 * Forms as data: the table of a document type's form version ({@link io.github.gpai4j.core.form.FormTable}, one
 * row per item with its recipients, legal bases, {@code N/A} allowance, precision and JSON Pointer), its labels in
 * English and French, the one policy that says whether an item is answered
 * ({@link io.github.gpai4j.core.form.Answers}), the binding of item ids to accessors
 * ({@link io.github.gpai4j.core.form.Form}) and the registry of document types
 * ({@link io.github.gpai4j.core.form.DocumentTypes}). Generic code reads these tables; no item fact is restated in
 * Java.
 */
@NullMarked
package io.github.gpai4j.core.form;

import org.jspecify.annotations.NullMarked;
