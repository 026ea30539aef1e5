package io.github.gpai4j.testkit;

import io.github.gpai4j.core.Document;
import io.github.gpai4j.core.json.Gpai4jJson;
import java.lang.reflect.Array;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import org.jspecify.annotations.Nullable;
import tools.jackson.databind.JsonNode;

/**
 * Renders counterexamples for failure messages, never cutting a value: a generator's {@link Gen#describedAs}
 * description first, then the first per-type formatter that applies, then documents as their gpai4j JSON (or as
 * the JSON Pointers where they differ from the simplest document their generator makes), strings quoted and
 * escaped, arrays and collections element by element, anything else by {@code toString()}.
 */
final class Formatting {
  private static final Gpai4jJson JSON = Gpai4jJson.strict();

  /** A formatter for values of one type. */
  record TypeFormatter(Class<?> type, Function<Object, String> format) {}

  private final List<TypeFormatter> formatters;

  Formatting(List<TypeFormatter> formatters) {
    this.formatters = List.copyOf(formatters);
  }

  /**
   * Renders arguments: one argument as itself, several as a parenthesised list.
   *
   * @param arguments the arguments
   * @param gens their generators, for descriptions and simplest documents
   * @return the text
   */
  String show(List<@Nullable Object> arguments, List<Gen<?>> gens) {
    List<String> shown = new ArrayList<>();
    for (int i = 0; i < arguments.size(); i++) {
      shown.add(showArgument(arguments.get(i), i < gens.size() ? gens.get(i) : null));
    }
    return shown.size() == 1 ? shown.get(0) : "(" + String.join(", ", shown) + ")";
  }

  @SuppressWarnings("unchecked")
  private String showArgument(@Nullable Object value, @Nullable Gen<?> gen) {
    if (gen instanceof DescribedGen && value != null) {
      return ((DescribedGen<Object>) gen).describe(value);
    }
    if (value instanceof Document && gen != null && !hasFormatter(value)) {
      String diff = diffAgainstSimplest((Document) value, gen);
      if (diff != null) {
        return diff;
      }
    }
    return show(value);
  }

  private boolean hasFormatter(Object value) {
    for (TypeFormatter formatter : formatters) {
      if (formatter.type().isInstance(value)) {
        return true;
      }
    }
    return false;
  }

  /**
   * Renders one value.
   *
   * @param value the value
   * @return the text, never truncated
   */
  String show(@Nullable Object value) {
    if (value == null) {
      return "null";
    }
    for (TypeFormatter formatter : formatters) {
      if (formatter.type().isInstance(value)) {
        return formatter.format().apply(value);
      }
    }
    if (value instanceof String) {
      return '"' + ((String) value).replace("\\", "\\\\").replace("\"", "\\\"")
          .replace("\n", "\\n").replace("\r", "\\r").replace("\t", "\\t") + '"';
    }
    if (value instanceof Document) {
      try {
        return JSON.write(value).strip();
      } catch (RuntimeException e) {
        return String.valueOf(value);
      }
    }
    if (value.getClass().isArray()) {
      List<String> items = new ArrayList<>();
      for (int i = 0; i < Array.getLength(value); i++) {
        items.add(show(Array.get(value, i)));
      }
      return "[" + String.join(", ", items) + "]";
    }
    if (value instanceof Collection && !formatters.isEmpty()) {
      List<String> items = new ArrayList<>();
      for (Object item : (Collection<?>) value) {
        items.add(show(item));
      }
      return "[" + String.join(", ", items) + "]";
    }
    return String.valueOf(value);
  }

  /**
   * Renders a document as the JSON Pointers at which it differs from the simplest document its generator makes
   * (the one made from no choices at all), or null if that document cannot be made or written.
   */
  private static @Nullable String diffAgainstSimplest(Document document, Gen<?> gen) {
    try {
      Object simplest = gen.generate(Choices.replay(new long[0]));
      if (!(simplest instanceof Document) || simplest.getClass() != document.getClass()) {
        return null;
      }
      List<String> lines = new ArrayList<>();
      diff("", JSON.toTree(simplest), JSON.toTree(document), lines);
      if (lines.isEmpty()) {
        return document.documentType() + " document equal to the simplest one its generator makes";
      }
      return document.documentType() + " document differing from the simplest one its generator makes at "
          + lines.size() + (lines.size() == 1 ? " place" : " places") + ":\n      "
          + String.join("\n      ", lines);
    } catch (RuntimeException e) {
      return null;
    }
  }

  private static void diff(String pointer, @Nullable JsonNode simplest, @Nullable JsonNode actual,
      List<String> lines) {
    if (simplest != null && actual != null && simplest.isObject() && actual.isObject()) {
      List<String> names = new ArrayList<>();
      for (Map.Entry<String, JsonNode> field : simplest.properties()) {
        names.add(field.getKey());
      }
      for (Map.Entry<String, JsonNode> field : actual.properties()) {
        if (!names.contains(field.getKey())) {
          names.add(field.getKey());
        }
      }
      for (String name : names) {
        diff(pointer + "/" + name.replace("~", "~0").replace("/", "~1"), simplest.get(name), actual.get(name),
            lines);
      }
      return;
    }
    if (simplest != null && actual != null && simplest.isArray() && actual.isArray()
        && simplest.size() == actual.size()) {
      Iterator<JsonNode> a = simplest.iterator();
      Iterator<JsonNode> b = actual.iterator();
      for (int i = 0; a.hasNext(); i++) {
        diff(pointer + "/" + i, a.next(), b.next(), lines);
      }
      return;
    }
    if (simplest == null ? actual == null : simplest.equals(actual)) {
      return;
    }
    lines.add((pointer.isEmpty() ? "/" : pointer) + ": " + (simplest == null ? "(absent)" : simplest.toString())
        + " -> " + (actual == null ? "(absent)" : actual.toString()));
  }
}
