package io.github.gpai4j.core.validation;

import static java.util.Objects.requireNonNull;

import io.github.gpai4j.core.LegalBasis;
import io.github.gpai4j.core.Recipient;
import java.text.MessageFormat;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;

/**
 * One problem a validator found in a document, citing the law: the {@link Rule} that found it (stable id,
 * severity, legal bases, message key), where it is as a JSON Pointer (RFC 6901), the recipients of
 * documentation concerned (Art.&nbsp;53(1)(a)-(b) of Regulation (EU) 2024/1689) and the message arguments.
 *
 * <p>The message is rendered per call for a locale ({@link #message(Locale)}). Arguments are document values or
 * values derived from them; they are inserted as quoted text and never become template text, so a document
 * cannot change what a message says around its own values.
 *
 * <p>Findings order by location, severity (errors first), rule id, arguments, then recipients; this is the
 * order of a {@link ValidationReport}.
 *
 * @param rule the rule that produced the finding, not null
 * @param location where in the document the problem is, not null
 * @param recipients the recipients concerned, sorted in {@link Recipient} order, without duplicates
 * @param arguments the message arguments in template order, not null
 * @param related where the finding also points in other documents (a mismatch between documents is located in
 *     each of them); empty for a finding about one document
 * @since 0.1.0
 */
public record Finding(Rule rule, JsonPointer location, List<Recipient> recipients, List<String> arguments,
    List<RelatedLocation> related) implements Comparable<Finding> {

  /** The longest argument, in characters, that a rendered message shows before cutting it with an ellipsis. */
  public static final int MAX_ARGUMENT_LENGTH = 200;

  private static final Comparator<List<String>> ARGUMENTS_ORDER = (a, b) -> {
    for (int i = 0; i < Math.min(a.size(), b.size()); i++) {
      int c = a.get(i).compareTo(b.get(i));
      if (c != 0) {
        return c;
      }
    }
    return Integer.compare(a.size(), b.size());
  };

  private static final Comparator<List<Recipient>> RECIPIENTS_ORDER = (a, b) -> {
    for (int i = 0; i < Math.min(a.size(), b.size()); i++) {
      int c = a.get(i).compareTo(b.get(i));
      if (c != 0) {
        return c;
      }
    }
    return Integer.compare(a.size(), b.size());
  };

  private static final Comparator<Finding> ORDER = Comparator.comparing(Finding::location)
      .thenComparing(Finding::severity)
      .thenComparing(Finding::ruleId)
      .thenComparing(Finding::arguments, ARGUMENTS_ORDER)
      .thenComparing(Finding::recipients, RECIPIENTS_ORDER)
      .thenComparing(f -> f.rule().messageKey());

  /**
   * Checks and copies the components.
   *
   * @param rule the rule
   * @param location the location
   * @param recipients the recipients concerned
   * @param arguments the message arguments
   * @param related the locations in other documents
   * @throws NullPointerException if any component or element is null
   */
  public Finding {
    requireNonNull(rule, "rule");
    requireNonNull(location, "location");
    recipients = Rule.normalise(recipients);
    arguments = List.copyOf(requireNonNull(arguments, "arguments"));
    related = List.copyOf(requireNonNull(related, "related"));
  }

  /**
   * Returns a finding about one document, without related locations (the form of findings before 0.3.0).
   *
   * @param rule the rule, not null
   * @param location the location, not null
   * @param recipients the recipients concerned, not null
   * @param arguments the message arguments, not null
   * @throws NullPointerException if any argument or element is null
   */
  public Finding(Rule rule, JsonPointer location, List<Recipient> recipients, List<String> arguments) {
    this(rule, location, recipients, arguments, List.of());
  }

  /**
   * Returns a copy of this finding that also points to locations in other documents.
   *
   * @param locations the related locations, not null
   * @return the copy
   * @since 0.3.0
   */
  public Finding withRelated(List<RelatedLocation> locations) {
    return new Finding(rule, location, recipients, arguments, requireNonNull(locations, "locations"));
  }

  /**
   * Returns the stable id of the rule that produced this finding.
   *
   * @return the rule id
   */
  public String ruleId() {
    return rule.id();
  }

  /**
   * Returns the severity of this finding.
   *
   * @return the severity
   */
  public Severity severity() {
    return rule.severity();
  }

  /**
   * Returns the legal provisions the finding rests on.
   *
   * @return the legal bases, not empty
   */
  public List<LegalBasis> legalBases() {
    return rule.legalBases();
  }

  /**
   * Returns the key of the message template.
   *
   * @return the message key
   */
  public String messageKey() {
    return rule.messageKey();
  }

  /**
   * Returns whether this finding concerns a recipient: it names the recipient, or it names none (a finding about
   * the document as a whole concerns every recipient).
   *
   * @param recipient the recipient, not null
   * @return true if the finding concerns the recipient
   */
  public boolean concerns(Recipient recipient) {
    requireNonNull(recipient, "recipient");
    return recipients.isEmpty() || recipients.contains(recipient);
  }

  /**
   * Renders the message in the language of a locale (English or French; English for any other language). Each
   * argument appears quoted (“…” in English, « … » in French), with control and bidirectional-formatting
   * characters shown as {@code \\uXXXX} escapes and anything beyond {@value #MAX_ARGUMENT_LENGTH} characters cut.
   *
   * @param locale the locale, not null
   * @return the message, never null
   * @throws java.util.MissingResourceException if the rule's message source has no template for its key
   */
  public String message(Locale locale) {
    requireNonNull(locale, "locale");
    String template = rule.messages().template(rule.messageKey(), locale);
    Object[] quoted = new Object[arguments.size()];
    for (int i = 0; i < quoted.length; i++) {
      quoted[i] = Rendering.quote(arguments.get(i), locale);
    }
    return new MessageFormat(template, MessageSource.bundleLocale(locale)).format(quoted);
  }

  /**
   * Orders by location, severity (errors first), rule id, arguments, recipients and message key.
   *
   * @param other the other finding, not null
   */
  @Override
  public int compareTo(Finding other) {
    requireNonNull(other, "other");
    return ORDER.compare(this, other);
  }

  /** Returns a short English form for debugging: severity, rule id, location and arguments. */
  @Override
  public String toString() {
    return severity() + " " + ruleId() + " at '" + location + "' " + arguments;
  }
}
