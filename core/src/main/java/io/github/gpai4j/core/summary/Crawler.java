package io.github.gpai4j.core.summary;

import static java.util.Objects.requireNonNull;

import org.jspecify.annotations.Nullable;

/**
 * A web crawler used by or on behalf of the provider to collect training data (template section 2.3; Code of
 * Practice, Copyright Measure 1.3): its name or identifier as it announces itself (the user agent token that
 * robots.txt rules address) and its purposes.
 *
 * @param name the crawler's name or user-agent token, such as {@code ExampleBot}, not null
 * @param purpose what it collects data for, or null if not said
 * @since 0.3.0
 */
public record Crawler(String name, @Nullable String purpose) {

  /**
   * Checks the name.
   *
   * @param name the crawler's name or user-agent token, not null
   * @param purpose its purposes, or null
   * @throws NullPointerException if the name is null
   */
  public Crawler {
    requireNonNull(name, "name");
  }

  /**
   * Returns the key under which two documents name the same crawler: the name stripped and in lower case, since
   * robots.txt matches user-agent tokens without regard to case (RFC 9309, section 2.2.1).
   *
   * @return the key
   */
  public String key() {
    return name.strip().toLowerCase(java.util.Locale.ROOT);
  }
}
