package io.github.gpai4j.core.summary;

import org.immutables.value.Value;
import tools.jackson.databind.annotation.JsonDeserialize;
import tools.jackson.databind.annotation.JsonSerialize;

/**
 * Section 2 of the template, the list of data sources: 2.1 to 2.6, each behind its yes/no question.
 *
 * <p>Every part may be missing: a half-filled section is a legal draft.
 *
 * @since 0.3.0
 */
@Value.Immutable
@JsonSerialize(as = ImmutableDataSources.class)
@JsonDeserialize(as = ImmutableDataSources.class)
public abstract class DataSources {
  DataSources() {}

  /**
   * Returns section 2.1, publicly available datasets.
   *
   * @return the section, empty if not filled
   */
  @Value.Default
  public PublicDatasets publicDatasets() {
    return PublicDatasets.builder().build();
  }

  /**
   * Returns section 2.2.1, datasets commercially licensed from rightsholders.
   *
   * @return the section, empty if not filled
   */
  @Value.Default
  public LicensedData licensedData() {
    return LicensedData.builder().build();
  }

  /**
   * Returns section 2.2.2, private datasets from other third parties.
   *
   * @return the section, empty if not filled
   */
  @Value.Default
  public PrivateDatasets privateDatasets() {
    return PrivateDatasets.builder().build();
  }

  /**
   * Returns section 2.3, data crawled and scraped from online sources.
   *
   * @return the section, empty if not filled
   */
  @Value.Default
  public CrawledData crawledData() {
    return CrawledData.builder().build();
  }

  /**
   * Returns section 2.4, user data.
   *
   * @return the section, empty if not filled
   */
  @Value.Default
  public UserData userData() {
    return UserData.builder().build();
  }

  /**
   * Returns section 2.5, synthetic data.
   *
   * @return the section, empty if not filled
   */
  @Value.Default
  public SyntheticData syntheticData() {
    return SyntheticData.builder().build();
  }

  /**
   * Returns section 2.6, other sources of data.
   *
   * @return the section, empty if not filled
   */
  @Value.Default
  public OtherData otherData() {
    return OtherData.builder().build();
  }

  /**
   * Returns a builder for a new value.
   *
   * @return a new builder
   */
  public static Builder builder() {
    return new Builder();
  }

  /** Builds a {@link DataSources}; every part is optional. */
  public static final class Builder extends ImmutableDataSources.Builder {
    Builder() {}
  }
}
