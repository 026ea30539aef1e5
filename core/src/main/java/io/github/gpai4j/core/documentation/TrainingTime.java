package io.github.gpai4j.core.documentation;

import java.util.ArrayList;
import io.github.gpai4j.core.validation.JsonPointer;
import io.github.gpai4j.core.form.FormValue;
import io.github.gpai4j.core.form.Figure;
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
    @Nullable String measuredPeriod, @Nullable BigDecimal wallClockDays, List<HardwareDays> hardwareDays) implements FormValue {

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

  /**
   * Returns whether the training time answers MDF-7.1b: it gives wall-clock days or hardware days.
   *
   * @return true if answered
   * @since 0.2.0
   */
  @Override
  public boolean isAnswered() {
    return wallClockDays != null || !hardwareDays.isEmpty();
  }

  /**
   * Returns the wall-clock days at {@code /wallClockDays} and each accelerator's days at
   * {@code /hardwareDays/<i>/days}.
   *
   * @return the figures
   * @since 0.2.0
   */
  @Override
  public List<Figure> figures() {
    List<Figure> out = new ArrayList<>(1 + hardwareDays.size());
    if (wallClockDays != null) {
      out.add(new Figure(JsonPointer.of("wallClockDays"), wallClockDays));
    }
    for (int i = 0; i < hardwareDays.size(); i++) {
      out.add(new Figure(JsonPointer.of("hardwareDays").append(i).append("days"), hardwareDays.get(i).days()));
    }
    return out;
  }
}
