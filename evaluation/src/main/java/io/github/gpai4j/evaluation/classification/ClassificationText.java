package io.github.gpai4j.evaluation.classification;

import static java.util.Objects.requireNonNull;

import java.time.LocalDate;
import java.util.List;
import org.jspecify.annotations.Nullable;

/**
 * Renders a {@link Classification} as plain English text for a terminal or a log: each decision with its status,
 * dates and reason trace (code, legal basis, explanation). The layout is stable and deterministic; parse the JSON
 * form, not this text.
 *
 * @since 0.1.0
 */
public final class ClassificationText {

  private ClassificationText() {}

  /**
   * Renders a classification.
   *
   * @param c the classification, not null
   * @return the text, lines separated by {@code \n}, ending with a newline
   * @throws NullPointerException if the classification is null
   */
  public static String render(Classification c) {
    requireNonNull(c, "classification");
    StringBuilder sb = new StringBuilder(2048);
    sb.append("Classification of ").append(name(c.modelName(), "unnamed model"));
    if (c.providerName() != null) {
      sb.append(" by ").append(c.providerName());
    }
    sb.append(" as of ").append(c.asOf()).append(" (rule set ").append(c.ruleSetId()).append(")\n");

    GpaiModelAssessment g = c.gpaiModel();
    sb.append("\nGPAI model: ").append(g.status())
        .append(" (indicative criterion met: ").append(g.indicativeCriterionMet()).append(")\n");
    reasons(sb, g.reasons());

    SystemicRiskAssessment s = c.systemicRisk();
    sb.append("\nSystemic risk: ").append(s.status());
    date(sb, " since ", s.since());
    sb.append(" (reach presumed: ").append(s.reachPresumed()).append(")\n");
    reasons(sb, s.reasons());

    OpenSourceAssessment o = c.openSourceExemption();
    sb.append("\nOpen-source exemption (Art. 53(2), 54(6)): ").append(o.status()).append('\n');
    reasons(sb, o.reasons());
    for (ExemptionBlocker b : o.blockers()) {
      sb.append("  ! ").append(b.definite() ? "fails" : "unknown").append(' ').append(b.condition()).append(" (")
          .append(b.legalBasis().citation()).append("): ").append(b.text()).append('\n');
    }

    ModifierAssessment m = c.downstreamModifier();
    sb.append("\nDownstream modifier: ").append(m.status());
    if (m.reference() != null) {
      sb.append(" (reference ").append(m.reference());
      if (m.referenceFlop() != null) {
        sb.append(' ').append(m.referenceFlop()).append(" FLOP");
      }
      sb.append(')');
    }
    sb.append('\n');
    reasons(sb, m.reasons());

    NotificationAssessment n = c.notification();
    sb.append("\nNotification (Art. 52(1)): ").append(n.status());
    date(sb, "; trigger ", n.trigger());
    date(sb, "; due ", n.dueDate());
    date(sb, " (extended to ", n.extendedDueDate());
    if (n.extendedDueDate() != null) {
      sb.append(", Regulation No 1182/71 Art. 3(4))");
    }
    date(sb, "; notified ", n.notifiedOn());
    sb.append('\n');
    reasons(sb, n.reasons());

    ReassessmentAssessment r = c.reassessment();
    sb.append("\nReassessment (Art. 52(5)): ")
        .append(r.earliestRequest() == null ? "not applicable" : "earliest request " + r.earliestRequest())
        .append('\n');
    reasons(sb, r.reasons());
    return sb.toString();
  }

  static void reasons(StringBuilder sb, List<Reason> reasons) {
    for (Reason r : reasons) {
      sb.append("  - ").append(r.legalBasis().citation()).append(" [").append(r.code()).append("] ")
          .append(r.text()).append('\n');
    }
  }

  private static void date(StringBuilder sb, String label, @Nullable LocalDate date) {
    if (date != null) {
      sb.append(label).append(date);
    }
  }

  private static String name(@Nullable String name, String fallback) {
    return name == null ? fallback : name;
  }
}
