package io.github.gpai4j.core.documentation;

import io.github.gpai4j.core.form.FormValue;
import org.jspecify.annotations.Nullable;

/**
 * Training time for national competent authorities (MDF-7.1a): the period measured and one of the form's ranges.
 *
 * @param measuredPeriod what period is measured, or null
 * @param range the range, or null
 * @since 0.1.0
 */
public record TrainingTimeEstimate(@Nullable String measuredPeriod, @Nullable TrainingTimeRange range)
    implements FormValue {

  /**
   * Returns whether the estimate answers MDF-7.1a: it names a range.
   *
   * @return true if answered
   * @since 0.2.0
   */
  @Override
  public boolean isAnswered() {
    return range != null;
  }
}
