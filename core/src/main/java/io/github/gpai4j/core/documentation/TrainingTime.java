package io.github.gpai4j.core.documentation;

import io.github.gpai4j.core.Quantities;
import java.math.BigDecimal;
import java.util.List;
import org.jspecify.annotations.Nullable;

/**
 * Training time for the AI Office (MDF-7.1b; Annex XI 1(2)(d) "training time"): the period measured, wall-clock
 * days and hardware days per accelerator, each to at least one significant figure.
 *
 * @param measuredPeriod what period is measured (for example "from start of pre-training to end of
 *     post-training"), or null
 * @param wallClockDays the duration in wall-clock days, or null
 * @param hardwareDays hardware days per accelerator kind, not null
 * @since 0.1.0
 */
public record TrainingTime(
    @Nullable String measuredPeriod, @Nullable BigDecimal wallClockDays, List<HardwareDays> hardwareDays) {

  /**
   * Checks the durations.
   *
   * @param measuredPeriod what period is measured, or null
   * @param wallClockDays the duration in wall-clock days, or null
   * @param hardwareDays hardware days per accelerator kind, not null
   * @throws IllegalArgumentException if the wall-clock days are negative or absurd
   */
  public TrainingTime {
    if (wallClockDays != null) {
      Quantities.requireNonNegative(wallClockDays, "Wall-clock days");
    }
    hardwareDays = hardwareDays == null ? List.of() : List.copyOf(hardwareDays);
  }
}
