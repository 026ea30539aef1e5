/**
 * Validation API: findings that cite the law (rule id, severity, JSON Pointer, legal basis, localised message), immutable reports and the {@code Validator} contract.
 */
@NullMarked
package io.github.gpai4j.core.validation;

import org.jspecify.annotations.NullMarked;
