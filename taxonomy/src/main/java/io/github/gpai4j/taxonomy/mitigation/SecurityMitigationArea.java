package io.github.gpai4j.taxonomy.mitigation;

import com.fasterxml.jackson.annotation.JsonValue;
import io.github.gpai4j.core.Instrument;
import io.github.gpai4j.core.LegalBasis;
import io.github.gpai4j.taxonomy.Term;
import java.util.Arrays;
import java.util.List;

/**
 * The five areas of security mitigation of Appendix 4 of the Safety and Security chapter, each a list of
 * mitigation objectives ({@link SecurityObjective}) that the signatory's security mitigations achieve to meet its
 * Security Goal (Measure 6.2).
 *
 * @since 0.1.0
 */
public enum SecurityMitigationArea implements Term {
  /** Appendix 4.1: general security mitigations. */
  GENERAL("4.1"),
  /** Appendix 4.2: protection of unreleased model parameters. */
  UNRELEASED_PARAMETERS("4.2"),
  /** Appendix 4.3: hardening interface-access to unreleased model parameters. */
  INTERFACE_ACCESS("4.3"),
  /** Appendix 4.4: insider threats, including model self-exfiltration and sabotage. */
  INSIDER_THREATS("4.4"),
  /** Appendix 4.5: security assurance. */
  SECURITY_ASSURANCE("4.5");

  private final String appendix;

  SecurityMitigationArea(String appendix) {
    this.appendix = appendix;
  }

  @JsonValue
  @Override
  public String code() {
    return "SECURITY.AREA." + name();
  }

  @Override
  public LegalBasis legalBasis() {
    return LegalBasis.appendix(Instrument.COP_SAFETY_AND_SECURITY, appendix);
  }

  /**
   * Returns the number of the appendix section, such as {@code "4.2"}.
   *
   * @return the appendix number, never null
   */
  public String appendixNumber() {
    return appendix;
  }

  /**
   * Returns the objectives of this area in the order of the appendix.
   *
   * @return an unmodifiable list, never null
   */
  public List<SecurityObjective> objectives() {
    return Arrays.stream(SecurityObjective.values()).filter(o -> o.area() == this).toList();
  }
}
