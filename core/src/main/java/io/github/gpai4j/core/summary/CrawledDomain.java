package io.github.gpai4j.core.summary;

import static java.util.Objects.requireNonNull;

import io.github.gpai4j.core.DataSize;
import org.jspecify.annotations.Nullable;

/**
 * A domain name crawled for training data with the size of the content scraped from it (template section 2.3,
 * "summary of the most relevant domain names crawled"; footnote 16 asks for registrable names such as
 * {@code example.com}, ranked by the size of content scraped).
 *
 * <p>The name is kept as written, so that a validator can report a scheme or a path in it; {@link #key()} is the
 * form two names are compared in.
 *
 * @param domain the domain name, such as {@code example.com}, not null
 * @param contentSize the size of the content scraped from it, or null if not given
 * @since 0.3.0
 */
public record CrawledDomain(String domain, @Nullable DataSize contentSize) {

  /**
   * Checks the name.
   *
   * @param domain the domain name, not null
   * @param contentSize the size scraped, or null
   * @throws NullPointerException if the domain is null
   */
  public CrawledDomain {
    requireNonNull(domain, "domain");
  }

  /**
   * Returns a domain without a stated size.
   *
   * @param domain the domain name, not null
   * @return the domain
   */
  public static CrawledDomain of(String domain) {
    return new CrawledDomain(domain, null);
  }

  /**
   * Returns the key under which two lists name the same domain: the name stripped, in lower case, without a
   * trailing dot (DNS names are case-insensitive, RFC 4343).
   *
   * @return the key
   */
  public String key() {
    String d = domain.strip().toLowerCase(java.util.Locale.ROOT);
    return d.endsWith(".") ? d.substring(0, d.length() - 1) : d;
  }
}
