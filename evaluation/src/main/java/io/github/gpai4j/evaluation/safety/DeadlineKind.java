package io.github.gpai4j.evaluation.safety;

import io.github.gpai4j.core.Instrument;
import io.github.gpai4j.core.LegalBasis;
import java.util.List;
import java.util.Locale;
import java.util.ResourceBundle;

/**
 * The kinds of deadline that the Safety and Security documents of the GPAI Code of Practice carry, each with the
 * provision that sets it and a label in English and French ({@code deadlines.properties} next to this class), plus
 * {@link #OBLIGATION} for the Chapter&nbsp;V obligations of a model profile.
 *
 * @since 0.3.0
 */
public enum DeadlineKind {
  /** Measure 9.3: the initial report of a serious incident, 2, 5, 10 or 15 days after awareness. */
  INCIDENT_INITIAL_REPORT("9.3"),
  /** Measure 9.3: an intermediate report, four weeks after the previous report while unresolved. */
  INCIDENT_INTERMEDIATE_REPORT("9.3"),
  /** Measure 9.3: the final report, 60 days after resolution. */
  INCIDENT_FINAL_REPORT("9.3"),
  /** Measure 9.4: the incident documentation is kept five years from the later of documentation and incident. */
  INCIDENT_RETENTION("9.4"),
  /** Measure 7.7: the Model Report confirmed, and the AI Office given access, by placing on the market. */
  MODEL_REPORT_ACCESS("7.7"),
  /** Measure 7.7: the AI Office given access to a confirmed update within five business days. */
  MODEL_REPORT_UPDATE_ACCESS("7.7"),
  /** Measure 7.6: an updated Model Report of one of the most capable models every six months. */
  MODEL_REPORT_SIX_MONTHLY_UPDATE("7.6"),
  /** Measure 1.1: the Framework confirmed four weeks after notification and two weeks before placement. */
  FRAMEWORK_CONFIRMATION("1.1"),
  /** Measure 1.4: the AI Office given unredacted access to the Framework within five business days. */
  FRAMEWORK_ACCESS("1.4"),
  /** Measure 1.4: the AI Office given unredacted access to a Framework update within five business days. */
  FRAMEWORK_UPDATE_ACCESS("1.4"),
  /** Measure 1.3: a Framework assessment every 12 months from placing on the market. */
  FRAMEWORK_ASSESSMENT("1.3"),
  /** An obligation of Chapter V of Regulation (EU) 2024/1689 derived from a model profile. */
  OBLIGATION("");

  private final String measure;

  DeadlineKind(String measure) {
    this.measure = measure;
  }

  /**
   * Returns the provision that sets deadlines of this kind; none for {@link #OBLIGATION}, whose bases come with it.
   *
   * @return the provisions, possibly empty
   */
  public List<LegalBasis> legalBases() {
    return measure.isEmpty() ? List.of()
        : List.of(LegalBasis.measure(Instrument.COP_SAFETY_AND_SECURITY, measure));
  }

  /**
   * Returns the label of this kind.
   *
   * @param locale English ({@link Locale#ROOT} or {@link Locale#ENGLISH}) or French, not null
   * @return the label
   */
  public String label(Locale locale) {
    java.util.Objects.requireNonNull(locale, "locale");
    return ResourceBundle.getBundle("io.github.gpai4j.evaluation.safety.deadlines", locale).getString(name());
  }
}
