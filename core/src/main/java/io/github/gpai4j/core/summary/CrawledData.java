package io.github.gpai4j.core.summary;

import io.github.gpai4j.core.Modality;
import java.util.List;
import org.immutables.value.Value;
import org.jspecify.annotations.Nullable;
import tools.jackson.databind.annotation.JsonDeserialize;
import tools.jackson.databind.annotation.JsonSerialize;

/**
 * Section 2.3 of the template: data crawled and scraped from online sources by or on behalf of the provider.
 *
 * <p>{@link #topDomains()} is the published list of the most relevant domain names (footnote 16: the top 10&nbsp;% of
 * all domain names by size of content scraped; for small and medium-sized enterprises the top 5&nbsp;% or the top
 * 1,000, whichever is lower). {@link #crawledDomainCount()} and {@link #domainStatistics()} are not template items:
 * they are the figures behind the list, which a provider may give a validator so that it can check the list (the
 * count of distinct domains, or the full statistics from which the top domains are computed exactly).
 *
 * <p>Every part may be missing: a half-filled section is a legal draft.
 *
 * @since 0.3.0
 */
@Value.Immutable
@JsonSerialize(as = ImmutableCrawledData.class)
@JsonDeserialize(as = ImmutableCrawledData.class)
public abstract class CrawledData {
  CrawledData() {}

  /**
   * Returns the answer to "Were crawlers used by or on behalf of the provider?" (template 2.3).
   *
   * @return the answer, or null if not given
   */
  public abstract @Nullable Boolean used();

  /**
   * Returns the crawlers' names or identifiers, each with its purposes.
   *
   * @return the list, empty if none is given
   */
  public abstract List<Crawler> crawlers();

  /**
   * Returns a general description of the crawlers' behaviour, such as respect of robots.txt, captchas and paywalls.
   *
   * @return the answer, or null if not given
   */
  public abstract @Nullable String behaviour();

  /**
   * Returns the period of data collection, from month to month.
   *
   * @return the answer, or null if not given
   */
  public abstract @Nullable CollectionPeriod collectionPeriod();

  /**
   * Returns a comprehensive description of the types of content and online sources crawled.
   *
   * @return the answer, or null if not given
   */
  public abstract @Nullable String contentDescription();

  /**
   * Returns the modalities of the crawled data.
   *
   * @return the list, empty if none is given
   */
  public abstract List<Modality> modalities();

  /**
   * Returns the summary of the most relevant domain names crawled, most content first (footnote 16).
   *
   * @return the list, empty if none is given
   */
  public abstract List<CrawledDomain> topDomains();

  /**
   * Returns where the domain list can be downloaded, if it is published as a file (optional).
   *
   * @return the answer, or null if not given
   */
  public abstract @Nullable String domainListLink();

  /**
   * Returns the number of distinct domain names crawled, from which the length of the top list follows (not a template item).
   *
   * @return the answer, or null if not given
   */
  public abstract @Nullable Long crawledDomainCount();

  /**
   * Returns every domain name crawled with the size of content scraped from it, for an exact check of the top list (not a template item, usually not published).
   *
   * @return the list, empty if none is given
   */
  public abstract List<CrawledDomain> domainStatistics();

  /**
   * Returns additional comments (optional).
   *
   * @return the answer, or null if not given
   */
  public abstract @Nullable String comments();

  /**
   * Returns a builder for a new value.
   *
   * @return a new builder
   */
  public static Builder builder() {
    return new Builder();
  }

  /** Builds a {@link CrawledData}; every part is optional. */
  public static final class Builder extends ImmutableCrawledData.Builder {
    Builder() {}
  }
}
