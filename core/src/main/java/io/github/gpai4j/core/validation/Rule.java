package io.github.gpai4j.core.validation;

import static java.util.Objects.requireNonNull;

import io.github.gpai4j.core.LegalBasis;
import io.github.gpai4j.core.Recipient;
import java.util.Collection;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * A check a validator performs, described so that it can be listed and cited: a stable id, the severity of what
 * it finds, the legal provisions it implements (at least one, because every finding cites the law), the
 * recipients of documentation concerned (Art.&nbsp;53(1)(a) and (b) of Regulation (EU) 2024/1689 address the AI
 * Office, national competent authorities and downstream providers), the key of its message template and a
 * one-line description in English.
 *
 * <p>A rule id never changes once released; a changed check gets a new id. Ids are made of letters, digits,
 * {@code .}, {@code _} and {@code -}, such as {@code MDF-REQ-2.5a}.
 *
 * <p>Rules compare equal when all components are equal, including the message source, so a module should keep
 * one message source instance and one instance per rule.
 *
 * @param id the stable rule id, not null
 * @param severity the severity of every finding of this rule, not null
 * @param legalBases the provisions implemented, not empty, in the order given
 * @param recipients the recipients concerned, sorted in {@link Recipient} order, without duplicates; empty if the
 *     rule concerns the document as a whole
 * @param messageKey the key of the message template in {@code messages}, not blank
 * @param description what the rule checks, one English sentence, not blank
 * @param messages where {@code messageKey} is resolved, not null
 * @since 0.1.0
 */
public record Rule(
    String id,
    Severity severity,
    List<LegalBasis> legalBases,
    List<Recipient> recipients,
    String messageKey,
    String description,
    MessageSource messages) {

  private static final Pattern ID = Pattern.compile("[A-Za-z0-9][A-Za-z0-9._-]*");

  /**
   * Checks and normalises the components.
   *
   * @param id the rule id
   * @param severity the severity
   * @param legalBases the legal bases
   * @param recipients the recipients
   * @param messageKey the message key
   * @param description the description
   * @param messages the message source
   * @throws NullPointerException if any component or element is null
   * @throws IllegalArgumentException if the id is malformed, no legal basis is given, or the message key or
   *     description is blank
   */
  public Rule {
    requireNonNull(id, "id");
    requireNonNull(severity, "severity");
    requireNonNull(messageKey, "messageKey");
    requireNonNull(description, "description");
    requireNonNull(messages, "messages");
    requireNonNull(legalBases, "legalBases");
    requireNonNull(recipients, "recipients");
    if (!ID.matcher(id).matches()) {
      throw new IllegalArgumentException(
          "A rule id is made of letters, digits, '.', '_' and '-', was '" + id + "'");
    }
    legalBases = List.copyOf(legalBases);
    if (legalBases.isEmpty()) {
      throw new IllegalArgumentException("Rule " + id + " must cite at least one legal basis");
    }
    recipients = normalise(recipients);
    if (messageKey.isBlank()) {
      throw new IllegalArgumentException("Rule " + id + " needs a message key");
    }
    if (description.isBlank()) {
      throw new IllegalArgumentException("Rule " + id + " needs a description");
    }
  }

  /**
   * Returns a finding of this rule for all of the rule's recipients.
   *
   * @param location where in the document the problem is, not null
   * @param arguments the message arguments (document values are quoted when rendered), not null
   * @return the finding
   */
  public Finding finding(JsonPointer location, String... arguments) {
    requireNonNull(location, "location");
    requireNonNull(arguments, "arguments");
    return new Finding(this, location, recipients, List.of(arguments));
  }

  /**
   * Returns a finding of this rule that concerns only some recipients, such as a required item missing for the
   * national competent authorities only.
   *
   * @param location where in the document the problem is, not null
   * @param recipients the recipients concerned, not null
   * @param arguments the message arguments, not null
   * @return the finding
   */
  public Finding finding(JsonPointer location, Collection<Recipient> recipients, String... arguments) {
    requireNonNull(location, "location");
    requireNonNull(recipients, "recipients");
    requireNonNull(arguments, "arguments");
    return new Finding(this, location, List.copyOf(recipients), List.of(arguments));
  }

  static List<Recipient> normalise(Collection<Recipient> recipients) {
    requireNonNull(recipients, "recipients");
    if (recipients.isEmpty()) {
      return List.of();
    }
    Set<Recipient> set = EnumSet.noneOf(Recipient.class);
    for (Recipient r : recipients) {
      set.add(requireNonNull(r, "recipient"));
    }
    return List.copyOf(set);
  }
}
