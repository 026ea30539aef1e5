package io.github.gpai4j.core.documentation;

/**
 * The data-provenance check-boxes of MDF-6.2 (Annex XI 1(2)(c) "type and provenance of data").
 *
 * @since 0.1.0
 */
public enum DataProvenance {
  /** Web crawling. */
  WEB_CRAWLING,
  /** Private non-publicly available datasets obtained from third parties. */
  PRIVATE_THIRD_PARTY_DATASETS,
  /** User data. */
  USER_DATA,
  /** Publicly available datasets. */
  PUBLICLY_AVAILABLE_DATASETS,
  /** Data collected through other means. */
  OTHER_MEANS,
  /** Synthetic data that is not publicly accessible, created by or on behalf of the provider. */
  NON_PUBLIC_SYNTHETIC_DATA,
  /** Another source, described in the selection's {@code other} text. */
  OTHER
}
