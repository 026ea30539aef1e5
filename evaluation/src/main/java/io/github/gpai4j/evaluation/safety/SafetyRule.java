package io.github.gpai4j.evaluation.safety;

import io.github.gpai4j.core.LegalBasis;
import io.github.gpai4j.core.Recipient;
import io.github.gpai4j.core.validation.MessageSource;
import io.github.gpai4j.core.validation.Rule;
import io.github.gpai4j.core.validation.Severity;
import java.util.List;
import java.util.ResourceBundle;

/**
 * Creates the rules of the taxonomy module's record validators, all sharing one message source: the bundle
 * {@code messages.properties} (English) and {@code messages_fr.properties} (French) next to this class, keyed by
 * rule id.
 *
 * <p>Not API. Every rule concerns the AI Office: the records it checks belong in the Safety and Security Framework
 * and Model Reports, which signatories give the AI Office (Commitments 1 and 7; Measure 7.7).
 */
public final class SafetyRule {

  /** The base name of the message bundle. */
  public static final String BASE_NAME = "io.github.gpai4j.evaluation.safety.messages";

  /** The source; the lambda runs in this module so that the bundle is found on the module path too. */
  public static final MessageSource MESSAGES =
      MessageSource.ofBundle(locale -> ResourceBundle.getBundle(BASE_NAME, locale));

  private static final List<Recipient> AI_OFFICE = List.of(Recipient.AI_OFFICE);

  private SafetyRule() {}

  /**
   * Returns a rule whose message key is its id.
   *
   * @param id the stable rule id, not null
   * @param severity the severity, not null
   * @param description one English sentence saying what the rule checks, not blank
   * @param legalBases the provisions implemented, at least one
   * @return the rule
   */
  public static Rule of(String id, Severity severity, String description, LegalBasis... legalBases) {
    return new Rule(id, severity, List.of(legalBases), AI_OFFICE, id, description, MESSAGES);
  }
}
