package io.github.gpai4j.core.data;

/**
 * Where a data set comes from, in the categories of section 2 of the Commission's template for the public summary
 * of training content (Art.&nbsp;53(1)(d)); they also refine the provenance check-boxes of MDF-6.2.
 *
 * @since 0.3.0
 */
public enum DataSourceKind {
  /** A publicly available data set (template 2.1), including ones compiled by third parties from crawls. */
  PUBLIC,
  /** A private data set commercially licensed from rightsholders or their representatives (template 2.2.1). */
  LICENSED,
  /** A private data set obtained from another third party, such as a data intermediary (template 2.2.2). */
  PRIVATE_THIRD_PARTY,
  /** Data crawled and scraped from online sources by or on behalf of the provider (template 2.3). */
  CRAWLED,
  /** Data from user interactions with the model or with the provider's other services (template 2.4). */
  USER_DATA,
  /** Synthetic data created by or on behalf of the provider, for example by distillation (template 2.5). */
  SYNTHETIC,
  /** Any other source, such as human-written reinforcement-learning data (template 2.6). */
  OTHER
}
