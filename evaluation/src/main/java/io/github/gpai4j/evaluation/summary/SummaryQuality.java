package io.github.gpai4j.evaluation.summary;

import static java.util.Objects.requireNonNull;

import io.github.gpai4j.core.Recipient;
import io.github.gpai4j.core.data.Dataset;
import io.github.gpai4j.core.form.Answers;
import io.github.gpai4j.core.summary.CollectionPeriod;
import io.github.gpai4j.core.summary.CrawledData;
import io.github.gpai4j.core.summary.CrawledDomain;
import io.github.gpai4j.core.summary.ModalityContent;
import io.github.gpai4j.core.summary.ModelReference;
import io.github.gpai4j.core.summary.TrainingContentSummaries;
import io.github.gpai4j.core.summary.TrainingContentSummary;
import io.github.gpai4j.core.validation.ValidationReport;
import io.github.gpai4j.evaluation.form.CompletenessScore;
import java.util.ArrayList;
import java.util.Collections;
import java.util.EnumMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.function.Predicate;

/**
 * An explainable quality score of a public summary of training content (Art.&nbsp;53(1)(d)), next to its
 * completeness: one point per {@link QualityCheck} that applies, each point traceable to the check that earned or
 * missed it and the JSON Pointer it looked at, summed per section of the template.
 *
 * <p>Completeness says whether every item the template asks is answered; quality says how specific the answers are,
 * in the machine-checkable ways researchers grade published summaries: datasets named rather than described as
 * categories, sizes with units, crawl periods, domain lists that meet footnote 16 ({@link TopDomainRule}), protocols
 * and methods named. A check about a data source the summary says was not used does not apply.
 *
 * <p><b>What it does not judge.</b> Whether the answers are true; whether the named datasets are the large ones,
 * or the listed domains the largest (unless full domain statistics are given); whether a description is clear,
 * accurate or sufficiently detailed in the sense of Recital 107; whether the legal obligations are met. Keyword
 * checks ({@link QualityCheck#ROBOTS_TXT_NAMED}, {@link QualityCheck#PROTOCOLS_NAMED},
 * {@link QualityCheck#METHODS_NAMED}) see that a term is mentioned, not that it is honoured. A score of 100&nbsp;%
 * means every applicable mark is present, nothing more.
 *
 * @param points every applicable check with whether it was earned, in check order
 * @param completeness how complete the summary is for the public, by the template's items
 * @since 0.3.0
 */
public record SummaryQuality(List<Point> points, CompletenessScore completeness) {

  private static final List<String> PROTOCOLS = List.of("robots.txt", "rfc 9309", "tdmrep", "tdm reservation",
      "ai.txt", "c2pa", "iptc");
  private static final List<String> METHODS = List.of("block list", "blocklist", "blacklist", "keyword",
      "classifier", "hash", "filter");

  /**
   * One check applied to the summary.
   *
   * @param check the check, not null
   * @param earned whether the summary earned its point
   * @since 0.3.0
   */
  public record Point(QualityCheck check, boolean earned) {
    /**
     * Checks the check.
     *
     * @param check the check, not null
     * @param earned whether earned
     * @throws NullPointerException if the check is null
     */
    public Point {
      requireNonNull(check, "check");
    }
  }

  /**
   * Copies the points.
   *
   * @param points the points, not null
   * @param completeness the completeness, not null
   * @throws NullPointerException if a component is null
   */
  public SummaryQuality {
    points = List.copyOf(requireNonNull(points, "points"));
    requireNonNull(completeness, "completeness");
  }

  /**
   * Scores a summary.
   *
   * @param summary the summary, not null
   * @return the score
   */
  public static SummaryQuality of(TrainingContentSummary summary) {
    requireNonNull(summary, "summary");
    List<Point> points = new ArrayList<>();
    var td = summary.trainingData();
    points.add(new Point(QualityCheck.VERSIONED, filled(summary.summaryVersion()) && summary.lastUpdated() != null));
    List<ModalityContent> modalities = td.modalities();
    if (!modalities.isEmpty()) {
      points.add(new Point(QualityCheck.SIZED_MODALITIES, all(modalities, ModalityContent::hasSize)));
      points.add(new Point(QualityCheck.SIZE_WITH_UNIT, modalities.stream().anyMatch(m -> m.alternativeSize() != null)));
      points.add(new Point(QualityCheck.DESCRIBED_CONTENT, all(modalities,
          m -> m.contentTypes() != null && Answers.countWords(m.contentTypes()) >= 10)));
    }
    points.add(new Point(QualityCheck.ACQUISITION_MONTH, td.latestAcquisition() != null));
    var pub = summary.dataSources().publicDatasets();
    if (Boolean.TRUE.equals(pub.used())) {
      List<Dataset> large = pub.largeDatasets();
      points.add(new Point(QualityCheck.NAMED_PUBLIC_DATASETS, !large.isEmpty()));
      points.add(new Point(QualityCheck.LINKED_PUBLIC_DATASETS, !large.isEmpty() && all(large, d -> filled(d.link()))));
      points.add(new Point(QualityCheck.SIZED_PUBLIC_DATASETS, !large.isEmpty() && all(large, d -> d.size() != null)));
    }
    if (Boolean.TRUE.equals(summary.dataSources().privateDatasets().used())) {
      points.add(new Point(QualityCheck.NAMED_PRIVATE_DATASETS,
          !summary.dataSources().privateDatasets().knownDatasets().isEmpty()));
    }
    CrawledData crawled = summary.dataSources().crawledData();
    if (Boolean.TRUE.equals(crawled.used())) {
      points.add(new Point(QualityCheck.CRAWLER_PURPOSES, !crawled.crawlers().isEmpty()
          && all(crawled.crawlers(), c -> filled(c.purpose()))));
      CollectionPeriod p = crawled.collectionPeriod();
      points.add(new Point(QualityCheck.CRAWL_PERIOD, p != null && p.isComplete() && !p.to().isBefore(p.from())));
      points.add(new Point(QualityCheck.DOMAIN_LIST_MEETS_RULE, domainListMeetsRule(summary)));
      points.add(new Point(QualityCheck.SIZED_DOMAINS, !crawled.topDomains().isEmpty()
          && all(crawled.topDomains(), (CrawledDomain d) -> d.contentSize() != null)));
      points.add(new Point(QualityCheck.ROBOTS_TXT_NAMED, mentions(crawled.behaviour(), List.of("robots.txt"))));
    }
    var synthetic = summary.dataSources().syntheticData();
    if (Boolean.TRUE.equals(synthetic.used())) {
      List<ModelReference> models = synthetic.generatingModels() == null ? List.of() : synthetic.generatingModels();
      points.add(new Point(QualityCheck.NAMED_GENERATING_MODELS, !models.isEmpty()
          ? all(models, m -> filled(m.summaryLink())) : filled(synthetic.otherModels())));
    }
    var processing = summary.dataProcessing();
    points.add(new Point(QualityCheck.SIGNATORY_STATED, processing.codeSignatory() != null));
    points.add(new Point(QualityCheck.PROTOCOLS_NAMED, mentions(processing.reservationMeasures(), PROTOCOLS)));
    points.add(new Point(QualityCheck.METHODS_NAMED, mentions(processing.illegalContentMeasures(), METHODS)));
    return new SummaryQuality(points, CompletenessScore.of(TrainingContentSummaries.TEMPLATE, summary,
        Recipient.PUBLIC));
  }

  /** The list meets footnote 16 by what the validator can check: it is given, measured, and no domain rule fails. */
  private static boolean domainListMeetsRule(TrainingContentSummary summary) {
    CrawledData c = summary.dataSources().crawledData();
    if (c.topDomains().isEmpty() || c.crawledDomainCount() == null && c.domainStatistics().isEmpty()) {
      return false;
    }
    ValidationReport report = TrainingContentSummaryValidator.formValidator().validate(summary);
    return report.findings().stream().noneMatch(f -> f.ruleId().startsWith("TCS-2.3g-")
        || f.ruleId().equals("TCS-CONS-2.3g-COUNT"));
  }

  private static <T> boolean all(List<T> list, Predicate<? super T> test) {
    for (T t : list) {
      if (!test.test(t)) {
        return false;
      }
    }
    return true;
  }

  private static boolean filled(@org.jspecify.annotations.Nullable String text) {
    return text != null && !text.isBlank();
  }

  private static boolean mentions(@org.jspecify.annotations.Nullable String text, List<String> terms) {
    if (text == null) {
      return false;
    }
    String t = text.toLowerCase(Locale.ROOT);
    return terms.stream().anyMatch(t::contains);
  }

  /**
   * Returns the points earned.
   *
   * @return the number of applicable checks passed
   */
  public int earned() {
    return (int) points.stream().filter(Point::earned).count();
  }

  /**
   * Returns the points possible: the number of applicable checks.
   *
   * @return the number of applicable checks
   */
  public int possible() {
    return points.size();
  }

  /**
   * The points of one section.
   *
   * @param earned the points earned, not negative
   * @param possible the applicable checks, not less than {@code earned}
   * @since 0.3.0
   */
  public record SectionScore(int earned, int possible) {}

  /**
   * Returns the points earned and possible per section, in section order; sections without an applicable check are
   * left out.
   *
   * @return the scores by section, unmodifiable
   */
  public Map<QualityCheck.Section, SectionScore> bySection() {
    Map<QualityCheck.Section, SectionScore> map = new EnumMap<>(QualityCheck.Section.class);
    for (Point p : points) {
      SectionScore s = map.getOrDefault(p.check().section(), new SectionScore(0, 0));
      map.put(p.check().section(), new SectionScore(s.earned() + (p.earned() ? 1 : 0), s.possible() + 1));
    }
    return Collections.unmodifiableMap(map);
  }

  /**
   * Returns the checks that missed their point, in check order: what would make the summary more specific.
   *
   * @return the missed checks
   */
  public List<QualityCheck> missed() {
    return points.stream().filter(p -> !p.earned()).map(Point::check).toList();
  }
}
