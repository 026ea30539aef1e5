package io.github.gpai4j.core.summary;

import io.github.gpai4j.core.form.FormValue;

/**
 * The answer of a follow-up item whose question was answered no (a data source not used, a provider established
 * in the Union): the template does not ask the item, so it counts as answered and is never {@code N/A}.
 */
enum NotAsked implements FormValue {
  /** The one value. */
  INSTANCE;

  @Override
  public boolean isAnswered() {
    return true;
  }

  @Override
  public String toString() {
    return "not asked";
  }
}
