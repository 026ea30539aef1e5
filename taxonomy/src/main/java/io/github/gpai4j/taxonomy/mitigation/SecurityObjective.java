package io.github.gpai4j.taxonomy.mitigation;

import com.fasterxml.jackson.annotation.JsonValue;
import io.github.gpai4j.core.Instrument;
import io.github.gpai4j.core.LegalBasis;
import io.github.gpai4j.taxonomy.Term;
import io.github.gpai4j.taxonomy.internal.Labels;
import java.util.Locale;

/**
 * The security mitigation objectives of Appendix 4.1 to 4.5 of the Safety and Security chapter, each with the
 * measure the appendix lists for it (its point "(a)", see {@link #listedMeasure()}).
 *
 * <p>Under Measure 6.2 a signatory implements mitigations that achieve every objective; it may depart from a
 * listed measure only with alternative measures that achieve the same objective, and the Model Report justifies
 * the departure (Measure 7.3(3)). {@link #label(Locale)} names the objective and {@link #description()} explains
 * it; the listed measure is a separate text.
 *
 * @since 0.1.0
 */
public enum SecurityObjective implements Term {
  /** Appendix 4.1(1). */
  PREVENT_UNAUTHORISED_NETWORK_ACCESS(SecurityMitigationArea.GENERAL, "1"),
  /** Appendix 4.1(2). */
  REDUCE_SOCIAL_ENGINEERING(SecurityMitigationArea.GENERAL, "2"),
  /** Appendix 4.1(3). */
  REDUCE_MALWARE_AND_PORTABLE_DEVICE_MISUSE(SecurityMitigationArea.GENERAL, "3"),
  /** Appendix 4.1(4). */
  REDUCE_VULNERABILITY_EXPLOITATION(SecurityMitigationArea.GENERAL, "4"),
  /** Appendix 4.2(1). */
  ACCOUNT_FOR_ALL_PARAMETER_COPIES(SecurityMitigationArea.UNRELEASED_PARAMETERS, "1"),
  /** Appendix 4.2(2). */
  PREVENT_COPYING_TO_UNMANAGED_DEVICES(SecurityMitigationArea.UNRELEASED_PARAMETERS, "2"),
  /** Appendix 4.2(3). */
  PROTECT_PARAMETERS_IN_TRANSIT_AND_AT_REST(SecurityMitigationArea.UNRELEASED_PARAMETERS, "3"),
  /** Appendix 4.2(4). */
  PROTECT_PARAMETERS_IN_TEMPORARY_STORAGE(SecurityMitigationArea.UNRELEASED_PARAMETERS, "4"),
  /** Appendix 4.2(5). */
  PROTECT_PARAMETERS_IN_USE(SecurityMitigationArea.UNRELEASED_PARAMETERS, "5"),
  /** Appendix 4.2(6). */
  PREVENT_UNAUTHORISED_PHYSICAL_ACCESS(SecurityMitigationArea.UNRELEASED_PARAMETERS, "6"),
  /** Appendix 4.3(1). */
  PREVENT_UNNECESSARY_INTERFACE_ACCESS(SecurityMitigationArea.INTERFACE_ACCESS, "1"),
  /** Appendix 4.3(2). */
  REDUCE_INTERFACE_EXPLOITATION_AND_LEAKAGE(SecurityMitigationArea.INTERFACE_ACCESS, "2"),
  /** Appendix 4.3(3). */
  REDUCE_PARAMETER_EXFILTRATION(SecurityMitigationArea.INTERFACE_ACCESS, "3"),
  /** Appendix 4.3(4). */
  REDUCE_INSIDER_AND_COMPROMISED_ACCOUNT_RISK(SecurityMitigationArea.INTERFACE_ACCESS, "4"),
  /** Appendix 4.4(1). */
  PROTECT_AGAINST_INSIDERS_SEEKING_ACCESS(SecurityMitigationArea.INSIDER_THREATS, "1"),
  /** Appendix 4.4(2). */
  INSIDER_THREAT_AWARENESS(SecurityMitigationArea.INSIDER_THREATS, "2"),
  /** Appendix 4.4(3). */
  REDUCE_MODEL_SELF_EXFILTRATION(SecurityMitigationArea.INSIDER_THREATS, "3"),
  /** Appendix 4.4(4). */
  REDUCE_SABOTAGE_OF_TRAINING_AND_USE(SecurityMitigationArea.INSIDER_THREATS, "4"),
  /** Appendix 4.5(1). */
  INDEPENDENT_EXTERNAL_VALIDATION(SecurityMitigationArea.SECURITY_ASSURANCE, "1"),
  /** Appendix 4.5(2). */
  VALIDATE_ACCESS_MANAGEMENT_AND_FIND_GAPS(SecurityMitigationArea.SECURITY_ASSURANCE, "2"),
  /** Appendix 4.5(3). */
  VALIDATE_NETWORK_SOFTWARE_INTEGRITY(SecurityMitigationArea.SECURITY_ASSURANCE, "3"),
  /** Appendix 4.5(4). */
  VALIDATE_INSIDER_THREAT_MITIGATIONS(SecurityMitigationArea.SECURITY_ASSURANCE, "4"),
  /** Appendix 4.5(5). */
  FACILITATE_SECURITY_ISSUE_REPORTING(SecurityMitigationArea.SECURITY_ASSURANCE, "5"),
  /** Appendix 4.5(6). */
  DETECT_SUSPICIOUS_ACTIVITY(SecurityMitigationArea.SECURITY_ASSURANCE, "6"),
  /** Appendix 4.5(7). */
  RESPOND_TO_MALICIOUS_ACTIVITY(SecurityMitigationArea.SECURITY_ASSURANCE, "7");

  private final SecurityMitigationArea area;
  private final String item;

  SecurityObjective(SecurityMitigationArea area, String item) {
    this.area = area;
    this.item = item;
  }

  @JsonValue
  @Override
  public String code() {
    return "SECURITY.OBJECTIVE." + name();
  }

  @Override
  public LegalBasis legalBasis() {
    return LegalBasis.appendix(Instrument.COP_SAFETY_AND_SECURITY, area.appendixNumber(), item);
  }

  /**
   * Returns the area of Appendix 4 this objective belongs to.
   *
   * @return the area, never null
   */
  public SecurityMitigationArea area() {
    return area;
  }

  /**
   * Returns the provision of the measure the appendix lists for this objective, its point "(a)".
   *
   * @return the legal basis, never null
   */
  public LegalBasis listedMeasureBasis() {
    return LegalBasis.appendix(Instrument.COP_SAFETY_AND_SECURITY, area.appendixNumber(), item, "a");
  }

  /**
   * Returns the measure the appendix lists for this objective, in gpai4j's words (English).
   *
   * @return the listed measure, never null
   */
  public String listedMeasure() {
    return Labels.message(code() + ".measure", Locale.ENGLISH);
  }
}
