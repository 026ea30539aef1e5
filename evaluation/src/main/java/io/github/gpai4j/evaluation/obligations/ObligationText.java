package io.github.gpai4j.evaluation.obligations;

import static java.util.Objects.requireNonNull;

import io.github.gpai4j.core.LegalBasis;
import io.github.gpai4j.core.Recipient;
import io.github.gpai4j.evaluation.classification.Reason;
import java.util.stream.Collectors;

/**
 * Renders an {@link ObligationSchedule} as plain English text for a terminal or a log: each obligation with its
 * status, legal bases, dates, recipients, periods and reason trace. The layout is stable and deterministic; parse
 * the JSON form, not this text.
 *
 * @since 0.1.0
 */
public final class ObligationText {

  private ObligationText() {}

  /**
   * Renders an obligation schedule.
   *
   * @param schedule the schedule, not null
   * @return the text, lines separated by {@code \n}, ending with a newline
   * @throws NullPointerException if the schedule is null
   */
  public static String render(ObligationSchedule schedule) {
    requireNonNull(schedule, "schedule");
    StringBuilder sb = new StringBuilder(4096);
    sb.append("Obligations of ").append(schedule.modelName() == null ? "unnamed model" : schedule.modelName());
    if (schedule.providerName() != null) {
      sb.append(" by ").append(schedule.providerName());
    }
    sb.append(" as of ").append(schedule.asOf()).append(" (rule set ").append(schedule.ruleSetId()).append(")\n");
    sb.append("Fines: ").append(schedule.fineMaximum().describe()).append('\n');
    for (Obligation o : schedule.obligations()) {
      sb.append('\n').append(o.id().legalBasis().citation()).append(' ').append(o.id().title()).append(": ")
          .append(o.status()).append('\n');
      sb.append("  legal basis: ")
          .append(o.legalBases().stream().map(LegalBasis::citation).collect(Collectors.joining("; ")))
          .append('\n');
      if (o.effectiveDate() != null || o.dueDate() != null || o.enforceableFrom() != null) {
        sb.append("  dates:");
        if (o.effectiveDate() != null) {
          sb.append(" effective ").append(o.effectiveDate());
        }
        if (o.dueDate() != null) {
          sb.append(" due ").append(o.dueDate());
        }
        if (o.extendedDueDate() != null) {
          sb.append(" (extended to ").append(o.extendedDueDate()).append(", Regulation No 1182/71 Art. 3(4))");
        }
        if (o.enforceableFrom() != null) {
          sb.append(" enforceable from ").append(o.enforceableFrom());
        }
        sb.append('\n');
      }
      if (!o.recipients().isEmpty() || o.published()) {
        sb.append("  recipients: ")
            .append(o.recipients().stream().map(Recipient::abbreviation).collect(Collectors.joining(", ")));
        if (o.published()) {
          sb.append(o.recipients().isEmpty() ? "" : ", ").append("public");
        }
        sb.append('\n');
      }
      if (o.retainUntil() != null) {
        sb.append("  retain until: ").append(o.retainUntil()).append('\n');
      }
      if (o.responsePeriod() != null) {
        sb.append("  answer requests within: ").append(o.responsePeriod()).append('\n');
      }
      if (o.updateInterval() != null) {
        sb.append("  update at least every: ").append(o.updateInterval()).append('\n');
      }
      for (Reason r : o.reasons()) {
        sb.append("  - ").append(r.legalBasis().citation()).append(" [").append(r.code()).append("] ")
            .append(r.text()).append('\n');
      }
    }
    return sb.toString();
  }
}
