package io.github.gpai4j.core.form;

import static java.util.Objects.requireNonNull;

import io.github.gpai4j.core.validation.Finding;
import io.github.gpai4j.core.validation.JsonPointer;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * Orders findings as the form reads: findings about the document as a whole (at the root) first, then by the item
 * they are located in, in table order (section by section), the document's own answer before each
 * {@linkplain io.github.gpai4j.core.form.FormItem#perVariant() variant's} ({@code /variants/<i>/...}, in variant
 * order), then findings at places that are not items (for example the Annex XI section 2 material or a variant's
 * name), in JSON Pointer order. Ties keep the report's default order (location, severity, rule id).
 *
 * <p>Instances are immutable and thread-safe; ranking a location costs a few hash look-ups.
 *
 * @since 0.3.0
 */
public final class FormOrder implements Comparator<Finding> {

  private static final String VARIANTS = "variants";

  private final Map<JsonPointer, Integer> itemIndex = new HashMap<>();
  private final List<FormItem> items;
  private final int maxDepth;

  private FormOrder(FormTable table) {
    int depth = 0;
    this.items = table.items();
    for (int i = 0; i < items.size(); i++) {
      JsonPointer p = JsonPointer.parse(items.get(i).pointer());
      itemIndex.putIfAbsent(p, i);
      depth = Math.max(depth, p.segments().size());
    }
    this.maxDepth = depth;
  }

  /**
   * Returns the order of a form table.
   *
   * @param table the table, not null
   * @return the order
   */
  public static FormOrder of(FormTable table) {
    return new FormOrder(requireNonNull(table, "table"));
  }

  @Override
  public int compare(Finding a, Finding b) {
    requireNonNull(a, "a");
    requireNonNull(b, "b");
    long ra = rank(a.location());
    long rb = rank(b.location());
    return ra != rb ? Long.compare(ra, rb) : a.compareTo(b);
  }

  /**
   * Returns the rank of a location: the root, then items (by item, then variant), then everything else.
   *
   * @param location the location, not null
   * @return a number that orders locations as described above
   */
  public long rank(JsonPointer location) {
    requireNonNull(location, "location");
    List<String> segments = location.segments();
    if (segments.isEmpty()) {
      return 0;
    }
    int variant = variant(segments);
    int item = index(variant == 0 ? segments : segments.subList(2, segments.size()));
    return item < 0 ? Long.MAX_VALUE // not an item: after the items, in the default order
        : 1 + (long) item * 1_000_000L + Math.min(variant, 999_999);
  }

  /**
   * Returns the item a location lies in: the item whose JSON Pointer is the longest prefix of the location, in the
   * document or in a variant ({@code /variants/<i>/...}).
   *
   * @param location the location, not null
   * @return the item, or empty for a location outside every item
   */
  public java.util.Optional<FormItem> itemAt(JsonPointer location) {
    requireNonNull(location, "location");
    List<String> segments = location.segments();
    int item = index(variant(segments) == 0 ? segments : segments.subList(2, segments.size()));
    return item < 0 ? java.util.Optional.empty() : java.util.Optional.of(items.get(item));
  }

  /** The variant a location lies in, counted from 1; 0 for the document itself. */
  private static int variant(List<String> segments) {
    if (segments.size() > 2 && segments.get(0).equals(VARIANTS) && isIndex(segments.get(1))) {
      return segments.get(1).length() > 6 ? 999_999 : Integer.parseInt(segments.get(1)) + 1;
    }
    return 0;
  }

  /** The table index of the item whose pointer is the longest prefix of the segments, or -1. */
  private int index(List<String> segments) {
    for (int k = Math.min(segments.size(), maxDepth); k >= 1; k--) {
      Integer item = itemIndex.get(new JsonPointer(segments.subList(0, k)));
      if (item != null) {
        return item;
      }
    }
    return -1;
  }

  private static boolean isIndex(String s) {
    if (s.isEmpty() || s.length() > 1 && s.charAt(0) == '0') {
      return false;
    }
    for (int i = 0; i < s.length(); i++) {
      if (s.charAt(i) < '0' || s.charAt(i) > '9') {
        return false;
      }
    }
    return true;
  }
}
