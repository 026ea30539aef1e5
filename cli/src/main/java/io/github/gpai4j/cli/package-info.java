/**
 * The gpai4j command line: {@link io.github.gpai4j.cli.Main} validates documents, summarises them, classifies model
 * profiles and lists their obligations, in English or French, as text, Markdown or JSON.
 */
@NullMarked
package io.github.gpai4j.cli;

import org.jspecify.annotations.NullMarked;
