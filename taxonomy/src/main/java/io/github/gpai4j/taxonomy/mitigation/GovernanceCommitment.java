package io.github.gpai4j.taxonomy.mitigation;

import com.fasterxml.jackson.annotation.JsonValue;
import io.github.gpai4j.core.Instrument;
import io.github.gpai4j.core.LegalBasis;
import io.github.gpai4j.taxonomy.Term;
import java.util.List;

/**
 * The governance commitments of the Safety and Security chapter: with the safety (Commitment 5) and security
 * (Commitment 6) mitigations they make up the chapter's "systemic risk mitigations" (glossary), namely Commitments
 * 1 and 7 to 10.
 *
 * @since 0.1.0
 */
public enum GovernanceCommitment implements Term {
  /** Commitment 1: create, implement, update and notify a Safety and Security Framework (Measures 1.1-1.4). */
  SAFETY_AND_SECURITY_FRAMEWORK("1", "1.1", "1.2", "1.3", "1.4"),
  /** Commitment 7: Safety and Security Model Reports (Measures 7.1-7.7). */
  MODEL_REPORTS("7", "7.1", "7.2", "7.3", "7.4", "7.5", "7.6", "7.7"),
  /** Commitment 8: systemic risk responsibility allocation, resources and risk culture (Measures 8.1-8.3). */
  RESPONSIBILITY_ALLOCATION("8", "8.1", "8.2", "8.3"),
  /** Commitment 9: serious incident reporting (Measures 9.1-9.4). */
  SERIOUS_INCIDENT_REPORTING("9", "9.1", "9.2", "9.3", "9.4"),
  /** Commitment 10: additional documentation and public transparency (Measures 10.1-10.2). */
  DOCUMENTATION_AND_TRANSPARENCY("10", "10.1", "10.2");

  private final String commitment;
  private final List<String> measures;

  GovernanceCommitment(String commitment, String... measures) {
    this.commitment = commitment;
    this.measures = List.of(measures);
  }

  @JsonValue
  @Override
  public String code() {
    return "GOVERNANCE." + name();
  }

  @Override
  public LegalBasis legalBasis() {
    return LegalBasis.commitment(Instrument.COP_SAFETY_AND_SECURITY, commitment);
  }

  /**
   * Returns the measures of this commitment in order.
   *
   * @return an unmodifiable list, never null
   */
  public List<LegalBasis> measures() {
    return measures.stream().map(m -> LegalBasis.measure(Instrument.COP_SAFETY_AND_SECURITY, m)).toList();
  }
}
