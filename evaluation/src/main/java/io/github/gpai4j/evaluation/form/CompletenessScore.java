package io.github.gpai4j.evaluation.form;

import static java.util.Objects.requireNonNull;

import io.github.gpai4j.core.Recipient;
import io.github.gpai4j.core.documentation.MdfItem;
import io.github.gpai4j.core.form.FormItem;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.List;
import java.util.Locale;

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
   * Returns the share of required items answered as a decimal rounded half-even to four places, without trailing
   * zeros ({@code 0.6667}, {@code 0.5}, {@code 1}); the same on every Java version, unlike the text of a
   * {@code double}.
   *
   * @return the ratio
   * @since 0.2.0
   */
  public BigDecimal ratioDecimal() {
    if (required == 0) {
      return BigDecimal.ONE;
    }
    BigDecimal r = BigDecimal.valueOf(filled).divide(BigDecimal.valueOf(required), 4, RoundingMode.HALF_EVEN)
        .stripTrailingZeros();
    return r.scale() < 0 ? r.setScale(0) : r;
  }

  /**
   * Returns a deterministic JSON object for this score, to sit next to a report's JSON ({@code
   * io.github.gpai4j.core.validation.ValidationReport#toJson}): {@code recipient} (the constant name, such as
   * {@code AI_OFFICE}), {@code filled}, {@code required}, {@code ratio} ({@link #ratioDecimal()}), {@code complete}
   * and {@code missingItems} (the ids in form order), in that order, with two-space indentation, {@code \n} line
   * ends and no trailing newline.
   *
   * @return the JSON text
   * @since 0.2.0
   */
  public String toJson() {
    StringBuilder sb = new StringBuilder(128 + 16 * missingItems.size());
    appendJson(sb, "");
    return sb.toString();
  }

  /**
   * Returns a deterministic JSON array of scores, one object per score as {@link #toJson()} writes it, in the order
   * given (one per recipient, in {@link Recipient} order, is what callers usually pass).
   *
   * @param scores the scores, not null
   * @return the JSON text, {@code []} for no scores
   * @throws NullPointerException if the list or a score is null
   * @since 0.2.0
   */
  public static String toJson(List<CompletenessScore> scores) {
    requireNonNull(scores, "scores");
    if (scores.isEmpty()) {
      return "[]";
    }
    StringBuilder sb = new StringBuilder(256 * scores.size());
    sb.append('[');
    for (int i = 0; i < scores.size(); i++) {
      sb.append(i == 0 ? "\n  " : ",\n  ");
      requireNonNull(scores.get(i), "score").appendJson(sb, "  ");
    }
    return sb.append("\n]").toString();
  }

  private void appendJson(StringBuilder sb, String indent) {
    String in = "\n" + indent + "  ";
    sb.append('{');
    sb.append(in).append("\"recipient\": \"").append(recipient.name()).append("\",");
    sb.append(in).append("\"filled\": ").append(filled).append(',');
    sb.append(in).append("\"required\": ").append(required).append(',');
    sb.append(in).append("\"ratio\": ").append(ratioDecimal().toPlainString()).append(',');
    sb.append(in).append("\"complete\": ").append(isComplete()).append(',');
    sb.append(in).append("\"missingItems\": [");
    for (int i = 0; i < missingItems.size(); i++) {
      sb.append(i == 0 ? "" : ",").append(in).append("  ");
      string(sb, missingItems.get(i).id());
    }
    if (!missingItems.isEmpty()) {
      sb.append(in);
    }
    sb.append(']');
    sb.append('\n').append(indent).append('}');
  }

  /** Writes a JSON string; item ids come from form tables, but are escaped all the same. */
  private static void string(StringBuilder sb, String s) {
    sb.append('"');
    for (int i = 0; i < s.length(); i++) {
      char c = s.charAt(i);
      if (c == '"' || c == '\\') {
        sb.append('\\').append(c);
      } else if (c < 0x20 || c == '\u2028' || c == '\u2029' || Character.isSurrogate(c)) {
        sb.append(String.format(Locale.ROOT, "\\u%04x", (int) c));
      } else {
        sb.append(c);
      }
    }
    sb.append('"');
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
