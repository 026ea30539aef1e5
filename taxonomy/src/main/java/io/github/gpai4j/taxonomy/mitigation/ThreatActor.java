package io.github.gpai4j.taxonomy.mitigation;

import com.fasterxml.jackson.annotation.JsonValue;
import io.github.gpai4j.core.Instrument;
import io.github.gpai4j.core.LegalBasis;
import io.github.gpai4j.taxonomy.Term;

/**
 * The kinds of threat actor a Security Goal names under Measure 6.1 of the Safety and Security chapter: it
 * includes at least non-state external threats and insider threats, and other actors the signatory expects.
 *
 * @since 0.1.0
 */
public enum ThreatActor implements Term {
  /**
   * Non-state external threats; the chapter's glossary sizes them as roughly ten experienced cybersecurity
   * professionals working for several months with a budget of up to EUR 1 million and major attack
   * infrastructure, but without prior access to the target.
   */
  NON_STATE_EXTERNAL,
  /**
   * Insider threats: humans, AI models or AI systems with access to sensitive resources, including model
   * self-exfiltration, and accidental leakage.
   */
  INSIDER,
  /** Any other threat actor the signatory expects, such as state actors; describe it in the Security Goal. */
  OTHER;

  @JsonValue
  @Override
  public String code() {
    return "SECURITY.THREAT_ACTOR." + name();
  }

  @Override
  public LegalBasis legalBasis() {
    return LegalBasis.measure(Instrument.COP_SAFETY_AND_SECURITY, "6.1");
  }
}
