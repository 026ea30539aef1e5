package io.github.gpai4j.testkit;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.jspecify.annotations.Nullable;

/**
 * The labels one run of a property collects ({@link Property#label(String)}): per try a set of labels, committed
 * only for tries that were not discarded; counts per label over the run.
 */
final class Statistics {
  private static final ThreadLocal<@Nullable Statistics> CURRENT = new ThreadLocal<>();

  private final Map<String, Integer> counts = new LinkedHashMap<>();
  private final Set<String> pending = new LinkedHashSet<>();

  static void label(String label) {
    Statistics statistics = CURRENT.get();
    if (statistics != null) {
      statistics.pending.add(label);
    }
  }

  /** Starts collecting the labels of one try on this thread. */
  void open() {
    pending.clear();
    CURRENT.set(this);
  }

  /**
   * Stops collecting on this thread.
   *
   * @param keep whether the try counts (it was not discarded)
   */
  void close(boolean keep) {
    CURRENT.remove();
    if (keep) {
      for (String label : pending) {
        counts.merge(label, 1, Integer::sum);
      }
    }
    pending.clear();
  }

  /** Returns the counts, most frequent first, then in order of first appearance. */
  Map<String, Integer> counts() {
    List<Map.Entry<String, Integer>> entries = new ArrayList<>(counts.entrySet());
    entries.sort((a, b) -> Integer.compare(b.getValue(), a.getValue()));
    Map<String, Integer> sorted = new LinkedHashMap<>();
    for (Map.Entry<String, Integer> entry : entries) {
      sorted.put(entry.getKey(), entry.getValue());
    }
    return sorted;
  }
}
