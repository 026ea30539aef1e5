package io.github.gpai4j.core.form;

import static java.util.Objects.requireNonNull;

import io.github.gpai4j.core.LegalBasis;
import io.github.gpai4j.core.Recipient;
import java.util.Collections;
import java.util.EnumSet;
import java.util.List;
import java.util.OptionalInt;
import java.util.Set;

/**
 * One row of a {@link FormTable}: an item of a form version with everything the form says about it. Labels are
 * not here: they live in the form's label bundles, keyed by {@link #id()} ({@link FormTable#label}).
 *
 * <p>Two recipient sets are kept apart because they can differ: {@link #formRecipients()} are the boxes the form
 * ticks, {@link #statuteRecipients()} those the statute requires the information for (the Model Documentation
 * Form ticks only downstream providers for MDF-4.4, but Annex XI 1(2)(a) makes the same information part of the
 * technical documentation for the AI Office and national competent authorities). {@link #recipients()} is their
 * union: who receives the item in a recipient view and for whom a missing answer is reported. A
 * {@linkplain #metadata() metadata} item (a header item such as the date of the last update) has no recipient boxes:
 * the form requires it of the document as a whole, so it goes to every recipient of handed-over documentation
 * ({@link Recipient#handedOver()}) and its findings cite the form, not the statute. It does not reach
 * {@link Recipient#PUBLIC} of its own accord: a published document's table ticks {@code PUB} on its header items.
 *
 * @param id the stable item id, such as {@code MDF-2.5a}, not blank
 * @param section the code of the section the item belongs to, such as {@code MODEL_PROPERTIES}, not blank
 * @param formRecipients the recipients the form ticks, possibly empty
 * @param statuteRecipients the recipients the statute requires the information for, possibly empty
 * @param legalBases the provisions the item serves (Annex items), in table order, possibly empty
 * @param pointer the JSON Pointer (RFC 6901) of the item in a document, starting with {@code /}
 * @param notApplicableAllowed whether the form offers {@code N/A} as an answer
 * @param conditional whether the item is asked only "if any" or "where available", so that an explicit "none"
 *     answers it
 * @param recommendedWords the word count the form recommends, 0 if it gives none
 * @param precision how precisely the form asks for the item's figures, not null
 * @param routingConfirmed whether the recipients were cross-checked against a second reading of the form; false
 *     where the routing is UNCONFIRMED
 * @param metadata whether the item is document metadata required by the form rather than an item of the statute
 * @param mapsTo for an item of an older form version, the ids of the items of the current version it became;
 *     empty if it has no counterpart or the table is the current version
 * @param perVariant whether a document for a model family may answer the item once per model variant (parameter
 *     counts, compute, training time, energy, data points): the table's optional {@code variant} column
 * @since 0.2.0
 */
public record FormItem(
    String id,
    String section,
    Set<Recipient> formRecipients,
    Set<Recipient> statuteRecipients,
    List<LegalBasis> legalBases,
    String pointer,
    boolean notApplicableAllowed,
    boolean conditional,
    int recommendedWords,
    Precision precision,
    boolean routingConfirmed,
    boolean metadata,
    List<String> mapsTo,
    boolean perVariant) {

  /**
   * Checks and copies the components.
   *
   * @param id the id
   * @param section the section code
   * @param formRecipients the ticked recipients
   * @param statuteRecipients the statutory recipients
   * @param legalBases the provisions served
   * @param pointer the JSON Pointer
   * @param notApplicableAllowed whether N/A is allowed
   * @param conditional whether the item is conditional
   * @param recommendedWords the recommended words
   * @param precision the precision
   * @param routingConfirmed whether the routing is confirmed
   * @param metadata whether the item is document metadata
   * @param mapsTo the counterparts in the current version
   * @param perVariant whether the item may be answered per model variant
   * @throws NullPointerException if a component is null
   * @throws IllegalArgumentException if the id or section is blank, the pointer does not start with {@code /},
   *     the word count is negative, or a non-metadata item has no recipient
   */
  public FormItem {
    requireNonNull(id, "id");
    requireNonNull(section, "section");
    requireNonNull(pointer, "pointer");
    requireNonNull(precision, "precision");
    requireNonNull(formRecipients, "formRecipients");
    requireNonNull(statuteRecipients, "statuteRecipients");
    requireNonNull(legalBases, "legalBases");
    requireNonNull(mapsTo, "mapsTo");
    if (id.isBlank() || section.isBlank()) {
      throw new IllegalArgumentException("A form item needs an id and a section, was '" + id + "'/'" + section + "'");
    }
    if (!pointer.startsWith("/")) {
      throw new IllegalArgumentException("Item " + id + ": a JSON Pointer starts with '/', was '" + pointer + "'");
    }
    if (recommendedWords < 0) {
      throw new IllegalArgumentException("Item " + id + ": recommended words cannot be negative");
    }
    formRecipients = copy(formRecipients);
    statuteRecipients = copy(statuteRecipients);
    legalBases = List.copyOf(legalBases);
    mapsTo = List.copyOf(mapsTo);
    if (!metadata && formRecipients.isEmpty() && statuteRecipients.isEmpty()) {
      throw new IllegalArgumentException("Item " + id + " has no recipient; only metadata items have none");
    }
  }

  /**
   * Returns an item that is answered once for the whole document (not {@linkplain #perVariant() per variant}).
   *
   * @param id the id
   * @param section the section code
   * @param formRecipients the ticked recipients
   * @param statuteRecipients the statutory recipients
   * @param legalBases the provisions served
   * @param pointer the JSON Pointer
   * @param notApplicableAllowed whether N/A is allowed
   * @param conditional whether the item is conditional
   * @param recommendedWords the recommended words
   * @param precision the precision
   * @param routingConfirmed whether the routing is confirmed
   * @param metadata whether the item is document metadata
   * @param mapsTo the counterparts in the current version
   */
  public FormItem(String id, String section, Set<Recipient> formRecipients, Set<Recipient> statuteRecipients,
      List<LegalBasis> legalBases, String pointer, boolean notApplicableAllowed, boolean conditional,
      int recommendedWords, Precision precision, boolean routingConfirmed, boolean metadata, List<String> mapsTo) {
    this(id, section, formRecipients, statuteRecipients, legalBases, pointer, notApplicableAllowed, conditional,
        recommendedWords, precision, routingConfirmed, metadata, mapsTo, false);
  }

  private static Set<Recipient> copy(Set<Recipient> recipients) {
    requireNonNull(recipients, "recipients");
    return recipients.isEmpty() ? Set.of() : Collections.unmodifiableSet(EnumSet.copyOf(recipients));
  }

  /**
   * Returns who receives the item: every recipient of handed-over documentation ({@link Recipient#handedOver()})
   * for a metadata item, else the union of the recipients the
   * form ticks and those the statute requires, in {@link Recipient} order.
   *
   * @return the recipients, never empty
   */
  public Set<Recipient> recipients() {
    if (metadata) {
      return Recipient.handedOver();
    }
    EnumSet<Recipient> all = EnumSet.noneOf(Recipient.class);
    all.addAll(formRecipients);
    all.addAll(statuteRecipients);
    return Collections.unmodifiableSet(all);
  }

  /**
   * Returns whether the item goes to a recipient ({@link #recipients()}).
   *
   * @param recipient the recipient, not null
   * @return true if the recipient receives the item
   */
  public boolean isFor(Recipient recipient) {
    requireNonNull(recipient, "recipient");
    return metadata && Recipient.handedOver().contains(recipient) || formRecipients.contains(recipient)
        || statuteRecipients.contains(recipient);
  }

  /**
   * Returns the recommended word count, where the form gives one. It is guidance, not a limit.
   *
   * @return the recommended words, or empty
   */
  public OptionalInt recommendedWordCount() {
    return recommendedWords > 0 ? OptionalInt.of(recommendedWords) : OptionalInt.empty();
  }
}
