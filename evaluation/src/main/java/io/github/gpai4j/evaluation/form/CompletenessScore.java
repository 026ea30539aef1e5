package io.github.gpai4j.evaluation.form;

import static java.util.Objects.requireNonNull;

import io.github.gpai4j.core.Recipient;
import io.github.gpai4j.core.documentation.MdfItem;
import io.github.gpai4j.core.form.FormItem;
import java.util.List;

/**
 * How complete a document is for one recipient: the items of its form that go to that recipient (for the Model
 * Documentation Form, Art.&nbsp;53(1)(a) with Annex XI for the AI Office and national competent authorities,
 * Art.&nbsp;53(1)(b) with Annex XII for downstream providers) that are answered, out of all such items, with the
 * missing ones listed.
 *
 * <p>An item counts as answered when the one answered policy says so
 * ({@link io.github.gpai4j.core.form.Form#isFilled}): present, not blank or empty (for a conditional item, present),
 * and not an {@code N/A} the form does not allow. The set of required items depends only on the recipient, so
 * adding an answer never lowers the score. The score says nothing about precision or consistency: read the
 * validation report for those.
 *
 * @param recipient the recipient, not null
 * @param filled the number of required items answered, between 0 and {@code required}
 * @param required the number of items that go to the recipient, not negative
 * @param missingItems the required items not answered, in form order; {@code required - filled} of them
 * @since 0.1.0
 */
public record CompletenessScore(Recipient recipient, int filled, int required, List<FormItem> missingItems) {

  /**
   * Checks the counts.
   *
   * @param recipient the recipient
   * @param filled the number answered
   * @param required the number required
   * @param missingItems the items missing
   * @throws NullPointerException if the recipient or list is null
   * @throws IllegalArgumentException if the counts are inconsistent with each other or with the list
   */
  public CompletenessScore {
    requireNonNull(recipient, "recipient");
    missingItems = List.copyOf(missingItems);
    if (required < 0 || filled < 0 || filled > required) {
      throw new IllegalArgumentException("Need 0 <= filled <= required, was " + filled + "/" + required);
    }
    if (missingItems.size() != required - filled) {
      throw new IllegalArgumentException(
          "Missing items (" + missingItems.size() + ") must equal required - filled (" + (required - filled) + ")");
    }
  }

  /**
   * Returns how complete a document is for a recipient under its form: the items that go to the recipient that are
   * {@linkplain io.github.gpai4j.core.form.Form#isFilled filled}, out of all such items.
   *
   * @param form the document's form, not null
   * @param document the document, not null
   * @param recipient the recipient, not null
   * @param <D> the document type
   * @return the score
   * @since 0.2.0
   */
  public static <D> CompletenessScore of(io.github.gpai4j.core.form.Form<D> form, D document, Recipient recipient) {
    requireNonNull(form, "form");
    int required = form.table().fieldsFor(requireNonNull(recipient, "recipient")).size();
    List<FormItem> missing = form.missing(requireNonNull(document, "document"), recipient);
    return new CompletenessScore(recipient, required - missing.size(), required, missing);
  }

  /**
   * Returns the missing items of a Model Documentation Form (final version) as {@link MdfItem}s, in form order;
   * items of other forms are left out.
   *
   * @return the missing Model Documentation Form items
   */
  public List<MdfItem> missing() {
    return missingItems.stream().filter(i -> i.id().startsWith("MDF-")).map(i -> MdfItem.byId(i.id())).toList();
  }

  /**
   * Returns the ids of the missing items, in form order.
   *
   * @return the ids
   * @since 0.2.0
   */
  public List<String> missingIds() {
    return missingItems.stream().map(FormItem::id).toList();
  }

  /**
   * Returns the share of required items answered, from 0 to 1; 1 when nothing is required.
   *
   * @return filled / required
   */
  public double ratio() {
    return required == 0 ? 1.0 : (double) filled / required;
  }

  /**
   * Returns whether every required item is answered.
   *
   * @return true if nothing is missing
   */
  public boolean isComplete() {
    return missingItems.isEmpty();
  }
}
