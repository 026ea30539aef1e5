package io.github.gpai4j.core.form;

import static java.util.Objects.requireNonNull;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * How the items of one form version became the items of another, both ways, as the source table's {@code mapsTo}
 * column states it: for each source item, the target items it became; for each target item, the source items it
 * came from. An item with no counterpart maps to an empty list and is listed by {@link #unmappedInSource()} or
 * {@link #unmappedInTarget()}: "unmapped" is an explicit answer, never a missing one.
 *
 * @since 0.2.0
 */
public final class FormMapping {

  private final FormTable source;
  private final FormTable target;
  private final Map<String, List<String>> forward = new LinkedHashMap<>();
  private final Map<String, List<String>> backward = new LinkedHashMap<>();

  private FormMapping(FormTable source, FormTable target) {
    this.source = source;
    this.target = target;
    for (FormItem t : target.items()) {
      backward.put(t.id(), new ArrayList<>());
    }
    for (FormItem s : source.items()) {
      for (String id : s.mapsTo()) {
        if (target.find(id).isEmpty()) {
          throw new IllegalArgumentException("Item " + s.id() + " of " + source + " maps to " + id + ", which "
              + target + " does not have");
        }
        backward.get(id).add(s.id());
      }
      forward.put(s.id(), s.mapsTo());
    }
    backward.replaceAll((k, v) -> List.copyOf(v));
  }

  /**
   * Returns the mapping from an older form version to a newer one.
   *
   * @param source the table whose {@code mapsTo} column names the target's items, not null
   * @param target the table it maps to, not null
   * @return the mapping
   * @throws IllegalArgumentException if a source item maps to an item the target does not have
   */
  public static FormMapping between(FormTable source, FormTable target) {
    return new FormMapping(requireNonNull(source, "source"), requireNonNull(target, "target"));
  }

  /**
   * Returns the target items a source item became, in the source row's order.
   *
   * @param sourceId a source item id, not null
   * @return the target ids, empty if the item has no counterpart
   * @throws IllegalArgumentException if the source has no such item
   */
  public List<String> forward(String sourceId) {
    return forward.get(source.item(sourceId).id());
  }

  /**
   * Returns the source items a target item came from, in source order.
   *
   * @param targetId a target item id, not null
   * @return the source ids, empty if the item is new in the target
   * @throws IllegalArgumentException if the target has no such item
   */
  public List<String> backward(String targetId) {
    return backward.get(target.item(targetId).id());
  }

  /**
   * Returns the source items with no counterpart in the target, in source order.
   *
   * @return the ids
   */
  public List<String> unmappedInSource() {
    return forward.entrySet().stream().filter(e -> e.getValue().isEmpty()).map(Map.Entry::getKey).toList();
  }

  /**
   * Returns the target items with no counterpart in the source, in target order.
   *
   * @return the ids
   */
  public List<String> unmappedInTarget() {
    return backward.entrySet().stream().filter(e -> e.getValue().isEmpty()).map(Map.Entry::getKey).toList();
  }
}
