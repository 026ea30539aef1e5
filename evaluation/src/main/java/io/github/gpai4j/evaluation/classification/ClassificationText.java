package io.github.gpai4j.evaluation.classification;

import static java.util.Objects.requireNonNull;

import java.time.LocalDate;
import java.util.List;
import java.util.Locale;
import org.jspecify.annotations.Nullable;

/**
 * Renders a {@link Classification} as plain text for a terminal or a log, in English or French: each decision with
 * its status named in words, its dates and its reason trace (legal basis, stable code, explanation). The layout is
 * stable and deterministic; parse the JSON form, not this text.
 *
 * @since 0.1.0
 */
public final class ClassificationText {

  private ClassificationText() {}

  /**
   * Renders a classification in English.
   *
   * @param c the classification, not null
   * @return the text, lines separated by {@code \n}, ending with a newline
   * @throws NullPointerException if the classification is null
   */
  public static String render(Classification c) {
    return render(c, Locale.ENGLISH);
  }

  /**
   * Renders a classification in a language: French for a French locale, English otherwise.
   *
   * @param c the classification, not null
   * @param locale the locale, not null
   * @return the text, lines separated by {@code \n}, ending with a newline
   * @throws NullPointerException if an argument is null
   * @since 0.1.0
   */
  public static String render(Classification c, Locale locale) {
    requireNonNull(c, "classification");
    requireNonNull(locale, "locale");
    StringBuilder sb = new StringBuilder(2048);
    String model = c.modelName() == null ? label("unnamedModel", locale) : c.modelName();
    sb.append(c.providerName() == null
        ? format("label.header", locale, model, c.asOf(), c.ruleSetId())
        : format("label.header.provider", locale, model, c.providerName(), c.asOf(), c.ruleSetId())).append('\n');

    GpaiModelAssessment g = c.gpaiModel();
    sb.append('\n').append(format("label.gpai", locale, name(g.status(), locale),
        name(g.indicativeCriterionMet(), locale))).append('\n');
    reasons(sb, g.reasons(), locale);

    SystemicRiskAssessment s = c.systemicRisk();
    sb.append('\n').append(format("label.systemic", locale, name(s.status(), locale)));
    if (s.since() != null) {
      sb.append(format("label.since", locale, s.since()));
    }
    sb.append(format("label.reach", locale, name(s.reachPresumed(), locale))).append('\n');
    reasons(sb, s.reasons(), locale);

    OpenSourceAssessment o = c.openSourceExemption();
    sb.append('\n').append(format("label.openSource", locale, name(o.status(), locale))).append('\n');
    reasons(sb, o.reasons(), locale);
    for (ExemptionBlocker b : o.blockers()) {
      sb.append("  ! ").append(label(b.definite() ? "blocker.fails" : "blocker.unknown", locale)).append(": ")
          .append(name(b.condition(), locale)).append(" (").append(b.legalBasis().citation()).append("): ")
          .append(b.text(locale)).append('\n');
    }

    ModifierAssessment m = c.downstreamModifier();
    sb.append('\n').append(format("label.modifier", locale, name(m.status(), locale)));
    if (m.reference() != null) {
      String ref = name(m.reference(), locale) + (m.referenceFlop() != null ? ", " + m.referenceFlop() + " FLOP" : "");
      sb.append(format("label.reference", locale, ref));
    }
    sb.append('\n');
    reasons(sb, m.reasons(), locale);

    NotificationAssessment n = c.notification();
    sb.append('\n').append(format("label.notification", locale, name(n.status(), locale)));
    date(sb, "label.trigger", n.trigger(), locale);
    date(sb, "label.due", n.dueDate(), locale);
    date(sb, "label.extended", n.extendedDueDate(), locale);
    date(sb, "label.notified", n.notifiedOn(), locale);
    sb.append('\n');
    reasons(sb, n.reasons(), locale);

    ReassessmentAssessment r = c.reassessment();
    sb.append('\n').append(format("label.reassessment", locale, r.earliestRequest() == null
        ? label("reassessment.none", locale) : format("label.reassessment.earliest", locale, r.earliestRequest())))
        .append('\n');
    reasons(sb, r.reasons(), locale);
    return sb.toString();
  }

  /**
   * Returns the name of a status or fact in words, as the text renderings show it.
   *
   * @param constant a status, fact, condition or reference constant of this package, not null
   * @param locale the locale, not null
   * @return the name, such as {@code presumed} or {@code présumé}
   * @throws java.util.MissingResourceException if the constant has no name
   * @since 0.1.0
   */
  public static String name(Enum<?> constant, Locale locale) {
    return ReasonMessages.label("label." + constant.getDeclaringClass().getSimpleName() + "." + constant.name(),
        locale);
  }

  /**
   * Appends reason lines: citation, stable code, explanation in the locale's language.
   *
   * @param sb the text so far, not null
   * @param reasons the reasons, not null
   * @param locale the locale, not null
   */
  public static void reasons(StringBuilder sb, List<Reason> reasons, Locale locale) {
    for (Reason r : reasons) {
      sb.append("  - ").append(r.legalBasis().citation()).append(" [").append(r.code()).append("] ")
          .append(r.text(locale)).append('\n');
    }
  }

  private static void date(StringBuilder sb, String key, @Nullable LocalDate date, Locale locale) {
    if (date != null) {
      sb.append(format(key, locale, date));
    }
  }

  private static String label(String key, Locale locale) {
    return ReasonMessages.label("label." + key, locale);
  }

  private static String format(String key, Locale locale, Object... args) {
    return ReasonMessages.format(key, locale, java.util.Arrays.stream(args).map(String::valueOf).toList());
  }
}
