package io.github.gpai4j.testkit;

import static java.util.Objects.requireNonNull;

import java.time.Duration;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;

/**
 * What a passing property run did: its seed and where the seed came from, the tries checked and discarded, the
 * time taken and the labels collected with {@link Property#label(String)} (most frequent first).
 *
 * @param property the test that checked the property ({@code Class#method}), or {@code "(unknown test)"}
 * @param seed the seed of the run
 * @param seedOrigin where the seed came from: {@code withSeed}, {@code -Dgpai4j.seed}, {@code failure database}
 *     or {@code random}
 * @param tries the tries checked (not counting discarded ones)
 * @param discarded the tries discarded by {@link Property#assume(boolean)}
 * @param elapsed the time the run took
 * @param labels the number of tries per label, most frequent first, unmodifiable
 * @since 0.1.0
 */
public record PropertyReport(
    String property, long seed, String seedOrigin, int tries, int discarded, Duration elapsed,
    Map<String, Integer> labels) {

  /**
   * Checks the report and copies the labels.
   *
   * @param property the test, not null
   * @param seed the seed
   * @param seedOrigin the seed's origin, not null
   * @param tries the tries, not negative
   * @param discarded the discarded tries, not negative
   * @param elapsed the time, not null
   * @param labels the label counts, not null
   */
  public PropertyReport {
    requireNonNull(property, "property");
    requireNonNull(seedOrigin, "seedOrigin");
    requireNonNull(elapsed, "elapsed");
    labels = Collections.unmodifiableMap(new LinkedHashMap<>(requireNonNull(labels, "labels")));
  }

  /**
   * Returns the share of tries that carried a label, in percent.
   *
   * @param label the label, not null
   * @return the percentage, 0 if there were no tries
   */
  public double percent(String label) {
    return tries == 0 ? 0 : 100.0 * labels.getOrDefault(requireNonNull(label, "label"), 0) / tries;
  }

  /**
   * Returns the summary the runner logs: one line with the tries, seed and time, then one line per label with
   * its count and share.
   *
   * @return the summary, never null
   */
  public String summary() {
    StringBuilder text = new StringBuilder();
    text.append("Property ").append(property).append(" passed ").append(tries).append(tries == 1 ? " try" : " tries");
    if (discarded > 0) {
      text.append(" (").append(discarded).append(" discarded)");
    }
    text.append(" with seed ").append(seed).append(" (").append(seedOrigin).append(") in ")
        .append(elapsed.toMillis()).append(" ms");
    for (Map.Entry<String, Integer> label : labels.entrySet()) {
      text.append('\n').append(String.format(Locale.ROOT, "  %6.2f %%  %6d  %s",
          percent(label.getKey()), label.getValue(), label.getKey()));
    }
    return text.toString();
  }
}
