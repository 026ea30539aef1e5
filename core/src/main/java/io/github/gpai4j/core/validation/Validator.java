package io.github.gpai4j.core.validation;

import java.util.List;

/**
 * Checks a document against rules that implement Regulation (EU) 2024/1689 and the instruments under it, and
 * reports what it finds as a {@link ValidationReport}.
 *
 * <p>Implementations are pure and thread-safe: one instance may validate many documents at once. They never
 * throw because of what a document says (a half-filled draft is a legal value and yields findings); they throw
 * {@link NullPointerException} for a null argument. Their cost is linear in the size of the document.
 *
 * @param <T> the type of document validated
 * @since 0.1.0
 */
public interface Validator<T> {

  /**
   * Validates a document, collecting every finding.
   *
   * @param document the document, not null
   * @return the report, never null
   * @throws NullPointerException if the document is null
   */
  default ValidationReport validate(T document) {
    return validate(document, ValidationOptions.defaults());
  }

  /**
   * Validates a document with options, such as stopping at the first error.
   *
   * @param document the document, not null
   * @param options how to run, not null
   * @return the report, never null
   * @throws NullPointerException if an argument is null
   */
  ValidationReport validate(T document, ValidationOptions options);

  /**
   * Returns the rules this validator applies, ordered by rule id, so that they can be listed and cited.
   *
   * @return the rules, never null
   */
  List<Rule> rules();
}
