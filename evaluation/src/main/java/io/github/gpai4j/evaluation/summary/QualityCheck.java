package io.github.gpai4j.evaluation.summary;

/**
 * One machine-checkable mark of a specific summary of training content, as researchers grade published summaries
 * (named datasets rather than categories, sizes with units, crawl periods, domain lists that meet footnote 16); each
 * is worth one point in {@link SummaryQuality}. A check whose data source is not used is not applicable and earns
 * nothing either way.
 *
 * @since 0.3.0
 */
public enum QualityCheck {
  /** Section 1: the summary states its version and the date of its last update. */
  VERSIONED(Section.GENERAL, "/summaryVersion"),
  /** Section 1.3: every modality states a size, as a range or an alternative size. */
  SIZED_MODALITIES(Section.GENERAL, "/trainingData/modalities"),
  /** Section 1.3: at least one modality gives an approximate size with its unit, more precise than a range. */
  SIZE_WITH_UNIT(Section.GENERAL, "/trainingData/modalities"),
  /** Section 1.3: every modality describes its types of content in ten words or more. */
  DESCRIBED_CONTENT(Section.GENERAL, "/trainingData/modalities"),
  /** Section 1.3: the month of the latest data acquisition is given. */
  ACQUISITION_MONTH(Section.GENERAL, "/trainingData/latestAcquisition"),
  /** Section 2.1: large public datasets are named, not only described as categories. */
  NAMED_PUBLIC_DATASETS(Section.PUBLIC_DATASETS, "/dataSources/publicDatasets/largeDatasets"),
  /** Section 2.1: every named public dataset has a link. */
  LINKED_PUBLIC_DATASETS(Section.PUBLIC_DATASETS, "/dataSources/publicDatasets/largeDatasets"),
  /** Section 2.1: every named public dataset has a size with its unit. */
  SIZED_PUBLIC_DATASETS(Section.PUBLIC_DATASETS, "/dataSources/publicDatasets/largeDatasets"),
  /** Section 2.2.2: publicly known private datasets are named. */
  NAMED_PRIVATE_DATASETS(Section.PRIVATE_DATASETS, "/dataSources/privateDatasets/knownDatasets"),
  /** Section 2.3: every crawler states its purposes. */
  CRAWLER_PURPOSES(Section.CRAWLED_DATA, "/dataSources/crawledData/crawlers"),
  /** Section 2.3: the collection period is given from month to month, forwards. */
  CRAWL_PERIOD(Section.CRAWLED_DATA, "/dataSources/crawledData/collectionPeriod"),
  /** Section 2.3: the domain list is given with the count it is measured against and meets footnote 16. */
  DOMAIN_LIST_MEETS_RULE(Section.CRAWLED_DATA, "/dataSources/crawledData/topDomains"),
  /** Section 2.3: every listed domain states the size of content scraped from it. */
  SIZED_DOMAINS(Section.CRAWLED_DATA, "/dataSources/crawledData/topDomains"),
  /** Section 2.3: the crawler behaviour names robots.txt. */
  ROBOTS_TXT_NAMED(Section.CRAWLED_DATA, "/dataSources/crawledData/behaviour"),
  /** Section 2.5: the models that generated synthetic data are named, each with a link to its summary. */
  NAMED_GENERATING_MODELS(Section.SYNTHETIC_DATA, "/dataSources/syntheticData/generatingModels"),
  /** Section 3.1: the answer whether the provider signed the Code of Practice is given. */
  SIGNATORY_STATED(Section.DATA_PROCESSING, "/dataProcessing/codeSignatory"),
  /** Section 3.1: the opt-out protocols honoured are named (robots.txt, RFC 9309, TDMRep, ai.txt, C2PA, IPTC). */
  PROTOCOLS_NAMED(Section.DATA_PROCESSING, "/dataProcessing/reservationMeasures"),
  /** Section 3.2: the methods that remove illegal content are named (block lists, keywords, classifiers, hashes). */
  METHODS_NAMED(Section.DATA_PROCESSING, "/dataProcessing/illegalContentMeasures");

  /** The sections of the template the checks are grouped by. */
  public enum Section {
    /** Section 1, general information. */
    GENERAL,
    /** Section 2.1, publicly available datasets. */
    PUBLIC_DATASETS,
    /** Section 2.2.2, private datasets from other third parties. */
    PRIVATE_DATASETS,
    /** Section 2.3, crawled data. */
    CRAWLED_DATA,
    /** Section 2.5, synthetic data. */
    SYNTHETIC_DATA,
    /** Section 3, data processing. */
    DATA_PROCESSING
  }

  private final Section section;
  private final String pointer;

  QualityCheck(Section section, String pointer) {
    this.section = section;
    this.pointer = pointer;
  }

  /**
   * Returns the section of the template the check belongs to.
   *
   * @return the section
   */
  public Section section() {
    return section;
  }

  /**
   * Returns the JSON Pointer of what the check looks at.
   *
   * @return the pointer
   */
  public String pointer() {
    return pointer;
  }
}
