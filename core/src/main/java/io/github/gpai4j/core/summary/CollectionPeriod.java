package io.github.gpai4j.core.summary;

import io.github.gpai4j.core.form.FormValue;
import java.time.YearMonth;
import org.jspecify.annotations.Nullable;

/**
 * The period during which crawled data was collected, by month as the template asks ("from MM/YYYY to MM/YYYY",
 * section 2.3). Either end may be missing in a draft, and a period that ends before it starts is a legal value
 * that a validator reports.
 *
 * @param from the first month of collection, or null if not given
 * @param to the last month of collection, or null if not given
 * @since 0.3.0
 */
public record CollectionPeriod(@Nullable YearMonth from, @Nullable YearMonth to) implements FormValue {

  /**
   * Returns whether both months are given.
   *
   * @return true if both ends are given
   */
  public boolean isComplete() {
    return from != null && to != null;
  }

  /**
   * Returns whether this value answers its template item: {@link #isComplete()}.
   *
   * @return true if complete
   */
  @Override
  public boolean isAnswered() {
    return isComplete();
  }
}
