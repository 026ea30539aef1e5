package io.github.gpai4j.core;

import static java.util.Objects.requireNonNull;

/**
 * Who receives an item of GPAI model documentation, as ticked in the Code of Practice's Model Documentation Form.
 *
 * <p>Items for the AI Office and national competent authorities implement Art.&nbsp;53(1)(a) and Annex XI of
 * Regulation (EU) 2024/1689 and are handed over only on request; items for downstream providers implement
 * Art.&nbsp;53(1)(b) and Annex XII and are made available proactively. The form routes nothing to the public; the
 * documents a provider publishes (the summary of training content, Art.&nbsp;53(1)(d), and the copyright policy's
 * public parts, Art.&nbsp;53(1)(c)) go to {@link #PUBLIC}, which a table must tick explicitly: metadata items do not
 * reach the public of their own accord ({@link io.github.gpai4j.core.form.FormItem#recipients()}).
 *
 * @since 0.1.0
 */
public enum Recipient {
  /** The AI Office, i.e.&nbsp;the Commission (Art.&nbsp;3(47)). */
  AI_OFFICE("AIO"),
  /** A national competent authority (Art.&nbsp;3(48)); reaches it through an AI Office request. */
  NATIONAL_COMPETENT_AUTHORITY("NCA"),
  /** A provider of an AI system that integrates the model (Art.&nbsp;3(68)). */
  DOWNSTREAM_PROVIDER("DP"),
  /**
   * The public: anyone, including rightsholders, for what the provider publishes, such as the summary of the
   * content used for training (Art.&nbsp;53(1)(d)).
   *
   * @since 0.3.0
   */
  PUBLIC("PUB");

  /** The recipients of documentation handed over rather than published: AI Office, authorities, downstream. */
  private static final java.util.Set<Recipient> HANDED_OVER =
      java.util.Collections.unmodifiableSet(java.util.EnumSet.of(AI_OFFICE, NATIONAL_COMPETENT_AUTHORITY,
          DOWNSTREAM_PROVIDER));

  private final String abbreviation;

  Recipient(String abbreviation) {
    this.abbreviation = abbreviation;
  }

  /**
   * Returns the abbreviation the Code of Practice uses for this recipient ({@code AIO}, {@code NCA}, {@code DP}).
   *
   * @return the abbreviation, never null
   */
  public String abbreviation() {
    return abbreviation;
  }

  /**
   * Returns the recipients of documentation that a provider hands over rather than publishes (Art.&nbsp;53(1)(a)
   * and (b)): the AI Office, national competent authorities and downstream providers, in declaration order.
   *
   * @return the recipients, unmodifiable
   * @since 0.3.0
   */
  public static java.util.Set<Recipient> handedOver() {
    return HANDED_OVER;
  }

  /**
   * Parses a recipient from its constant name or abbreviation, ignoring case and treating {@code -} as {@code _}.
   *
   * @param text the text, not null
   * @return the recipient
   * @throws IllegalArgumentException if the text names no recipient
   */
  public static Recipient parse(String text) {
    requireNonNull(text, "text");
    String t = text.trim().replace('-', '_');
    for (Recipient r : values()) {
      if (r.name().equalsIgnoreCase(t) || r.abbreviation.equalsIgnoreCase(t)) {
        return r;
      }
    }
    throw new IllegalArgumentException(
        "Unknown recipient '" + text + "'; expected one of AI_OFFICE (AIO), NATIONAL_COMPETENT_AUTHORITY (NCA),"
            + " DOWNSTREAM_PROVIDER (DP), PUBLIC (PUB)");
  }
}
