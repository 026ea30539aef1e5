/**
 * Everything that judges a document or a model: rule sets, classification under Art.&nbsp;51 of Regulation (EU) 2024/1689 and the obligations of Chapter V with their dates.
 */
@NullMarked
package io.github.gpai4j.evaluation;

import org.jspecify.annotations.NullMarked;
