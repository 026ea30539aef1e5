package io.github.gpai4j.core.copyright;

import static java.util.Objects.requireNonNull;

import java.util.EnumSet;
import java.util.List;
import org.jspecify.annotations.Nullable;

/**
 * A web crawler the policy covers (Code of Practice, Copyright Measures 1.2 and 1.3): its user-agent token, purpose,
 * whether it follows robots.txt as RFC 9309 specifies it, and which other machine-readable reservation protocols it
 * honours.
 *
 * @param userAgent the user-agent token robots.txt rules address, such as {@code ExampleBot}, not null
 * @param purpose what it collects data for, or null if not said
 * @param robotsTxtHonoured whether it follows robots.txt per RFC 9309, or null if not said
 * @param otherProtocols the other reservation protocols it honours, in declaration order without duplicates; empty
 *     if none is named
 * @param documentationLink where its behaviour is documented for rightsholders, or null
 * @since 0.3.0
 */
public record WebCrawler(String userAgent, @Nullable String purpose, @Nullable Boolean robotsTxtHonoured,
    List<ReservationProtocol> otherProtocols, @Nullable String documentationLink) {

  /**
   * Checks the user agent and normalises the protocols.
   *
   * @param userAgent the user-agent token, not null
   * @param purpose its purpose, or null
   * @param robotsTxtHonoured whether it follows robots.txt, or null
   * @param otherProtocols the other protocols; null in JSON means none
   * @param documentationLink its documentation, or null
   * @throws NullPointerException if the user agent or a protocol is null
   */
  public WebCrawler {
    requireNonNull(userAgent, "userAgent");
    otherProtocols = otherProtocols == null || otherProtocols.isEmpty() ? List.of()
        : List.copyOf(EnumSet.copyOf(otherProtocols));
  }

  /**
   * Returns the key under which two documents name the same crawler: the token stripped and in lower case, since
   * robots.txt matches user-agent tokens without regard to case (RFC 9309, section 2.2.1).
   *
   * @return the key
   */
  public String key() {
    return userAgent.strip().toLowerCase(java.util.Locale.ROOT);
  }
}
