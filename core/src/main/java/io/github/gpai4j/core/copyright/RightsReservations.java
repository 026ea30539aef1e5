package io.github.gpai4j.core.copyright;

import java.util.List;
import org.immutables.value.Value;
import org.jspecify.annotations.Nullable;
import tools.jackson.databind.annotation.JsonDeserialize;
import tools.jackson.databind.annotation.JsonSerialize;

/**
 * Code of Practice, Copyright Measure 1.3: identify and comply with machine-readable reservations of rights
 * (Art.&nbsp;4(3) of Directive (EU) 2019/790) when crawling: crawlers that follow robots.txt as RFC 9309 specifies it
 * and honour other appropriate machine-readable protocols, public information about the crawlers with a way to be
 * notified of updates, and, for a provider that also runs a search engine, no adverse effect of a reservation on the
 * indexing of the content in that engine.
 *
 * <p>Every part may be missing: a half-filled section is a legal draft.
 *
 * @since 0.3.0
 */
@Value.Immutable
@JsonSerialize(as = ImmutableRightsReservations.class)
@JsonDeserialize(as = ImmutableRightsReservations.class)
public abstract class RightsReservations {
  RightsReservations() {}

  /**
   * Returns the crawlers used by or on behalf of the provider; empty if it crawls nothing.
   *
   * @return the list, empty for none, or null if not answered
   */
  public abstract @Nullable List<WebCrawler> crawlers();

  /**
   * Returns where information about the crawlers, their robots.txt features and other measures is published.
   *
   * @return the answer, or null if not given
   */
  public abstract @Nullable String crawlerInformationLink();

  /**
   * Returns how rightsholders are notified of updates to that information automatically, such as a web feed.
   *
   * @return the answer, or null if not given
   */
  public abstract @Nullable String updateFeedLink();

  /**
   * Returns whether the provider also runs a search engine.
   *
   * @return the answer, or null if not given
   */
  public abstract @Nullable Boolean operatesSearchEngine();

  /**
   * Returns whether honouring a reservation has no adverse effect on the indexing of the content in the provider's search engine.
   *
   * @return the answer, or null if not given
   */
  public abstract @Nullable Boolean searchIndexingUnaffected();

  /**
   * Returns a builder for a new value.
   *
   * @return a new builder
   */
  public static Builder builder() {
    return new Builder();
  }

  /** Builds a {@link RightsReservations}; every part is optional. */
  public static final class Builder extends ImmutableRightsReservations.Builder {
    Builder() {}
  }
}
