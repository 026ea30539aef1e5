package io.github.gpai4j.core.copyright;

import io.github.gpai4j.core.form.FormValue;

/**
 * The answer of an item whose measure the policy explicitly justifies not implementing, or of a follow-up item
 * the Code does not ask (no crawler, no search engine, not open source): it counts as answered and is never
 * {@code N/A}.
 */
enum Justified implements FormValue {
  /** The measure is justified. */
  BY_JUSTIFICATION,
  /** The item is not asked. */
  NOT_ASKED;

  @Override
  public boolean isAnswered() {
    return true;
  }
}
