package io.github.gpai4j.evaluation.obligations;

import static java.util.Objects.requireNonNull;

import io.github.gpai4j.core.LegalBasis;
import io.github.gpai4j.core.Recipient;
import io.github.gpai4j.core.validation.MessageSource;
import io.github.gpai4j.evaluation.classification.ClassificationText;
import io.github.gpai4j.evaluation.rules.FineMaximum;
import java.text.MessageFormat;
import java.time.Period;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.ResourceBundle;
import java.util.stream.Collectors;

/**
 * Renders an {@link ObligationSchedule} as plain text for a terminal or a log, in English or French: the maximum fine
 * of Art.&nbsp;101(1), then each obligation with its title, status in words, legal bases, dates, recipients, periods in
 * days, months or years, and reason trace. The layout is stable and deterministic; parse the JSON form, not this
 * text.
 *
 * @since 0.1.0
 */
public final class ObligationText {

  private static final MessageSource LABELS = MessageSource.ofBundle(
      locale -> ResourceBundle.getBundle("io.github.gpai4j.evaluation.obligations.labels", locale));

  private ObligationText() {}

  /**
   * Renders an obligation schedule in English.
   *
   * @param schedule the schedule, not null
   * @return the text, lines separated by {@code \n}, ending with a newline
   * @throws NullPointerException if the schedule is null
   */
  public static String render(ObligationSchedule schedule) {
    return render(schedule, Locale.ENGLISH);
  }

  /**
   * Renders an obligation schedule in a language: French for a French locale, English otherwise.
   *
   * @param schedule the schedule, not null
   * @param locale the locale, not null
   * @return the text, lines separated by {@code \n}, ending with a newline
   * @throws NullPointerException if an argument is null
   * @since 0.1.0
   */
  public static String render(ObligationSchedule schedule, Locale locale) {
    requireNonNull(schedule, "schedule");
    requireNonNull(locale, "locale");
    StringBuilder sb = new StringBuilder(4096);
    String model = schedule.modelName() == null ? f(locale, "unnamedModel") : schedule.modelName();
    sb.append(schedule.providerName() == null
        ? f(locale, "header", model, schedule.asOf(), schedule.ruleSetId())
        : f(locale, "header.provider", model, schedule.providerName(), schedule.asOf(), schedule.ruleSetId()))
        .append('\n');
    FineMaximum fine = schedule.fineMaximum();
    sb.append(f(locale, "fines", fine.turnoverPercent().toPlainString(), fine.fixedAmountEur().toPlainString(),
        fine.legalBasis().citation(), fine.applicableFrom())).append('\n');
    for (Obligation o : schedule.obligations()) {
      sb.append('\n').append(o.id().legalBasis().citation()).append(' ')
          .append(f(locale, "ObligationId." + o.id().name())).append(": ")
          .append(f(locale, "ObligationStatus." + o.status().name())).append('\n');
      sb.append(f(locale, "legalBasis",
          o.legalBases().stream().map(LegalBasis::citation).collect(Collectors.joining("; ")))).append('\n');
      if (o.effectiveDate() != null || o.dueDate() != null || o.enforceableFrom() != null) {
        sb.append(f(locale, "dates"));
        if (o.effectiveDate() != null) {
          sb.append(f(locale, "effective", o.effectiveDate()));
        }
        if (o.dueDate() != null) {
          sb.append(f(locale, "due", o.dueDate()));
        }
        if (o.extendedDueDate() != null) {
          sb.append(f(locale, "extended", o.extendedDueDate()));
        }
        if (o.enforceableFrom() != null) {
          sb.append(f(locale, "enforceable", o.enforceableFrom()));
        }
        sb.append('\n');
      }
      if (!o.recipients().isEmpty() || o.published()) {
        List<String> to = new ArrayList<>(o.recipients().stream().map(Recipient::abbreviation).toList());
        if (o.published()) {
          to.add(f(locale, "public"));
        }
        sb.append(f(locale, "recipients", String.join(", ", to))).append('\n');
      }
      if (o.retainUntil() != null) {
        sb.append(f(locale, "retain", o.retainUntil())).append('\n');
      }
      if (o.responsePeriod() != null) {
        sb.append(f(locale, "response", period(o.responsePeriod(), locale))).append('\n');
      }
      if (o.updateInterval() != null) {
        sb.append(f(locale, "update", period(o.updateInterval(), locale))).append('\n');
      }
      ClassificationText.reasons(sb, o.reasons(), locale);
    }
    return sb.toString();
  }

  /** Names a period in words: "14 days", "6 months", "10 years", or their parts joined. */
  static String period(Period p, Locale locale) {
    List<String> parts = new ArrayList<>();
    if (p.getYears() != 0) {
      parts.add(f(locale, "years", p.getYears()));
    }
    if (p.getMonths() != 0) {
      parts.add(f(locale, "months", p.getMonths()));
    }
    if (p.getDays() != 0 || parts.isEmpty()) {
      parts.add(f(locale, "days", p.getDays()));
    }
    return String.join(" ", parts);
  }

  private static String f(Locale locale, String key, Object... args) {
    return new MessageFormat(LABELS.template(key, locale), Locale.ROOT)
        .format(Arrays.stream(args).map(String::valueOf).toArray());
  }
}
