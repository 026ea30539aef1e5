/**
 * The obligations of a GPAI model provider under Chapter V of Regulation (EU) 2024/1689 (Arts.&nbsp;52(1), 53(1)(a)-(d),
 * 54 and 55(1)(a)-(d)), derived from a model profile as of a date: whether each applies, is exempt or does not
 * apply, with its legal basis, effective date, due date, recipients and related periods.
 */
@NullMarked
package io.github.gpai4j.evaluation.obligations;

import org.jspecify.annotations.NullMarked;
