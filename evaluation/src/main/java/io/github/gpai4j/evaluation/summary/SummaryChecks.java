package io.github.gpai4j.evaluation.summary;

import io.github.gpai4j.core.DataSize;
import io.github.gpai4j.core.Instrument;
import io.github.gpai4j.core.LegalBasis;
import io.github.gpai4j.core.Modality;
import io.github.gpai4j.core.Recipient;
import io.github.gpai4j.core.data.Dataset;
import io.github.gpai4j.core.form.Form;
import io.github.gpai4j.core.summary.CollectionPeriod;
import io.github.gpai4j.core.summary.CrawledData;
import io.github.gpai4j.core.summary.CrawledDomain;
import io.github.gpai4j.core.summary.Crawler;
import io.github.gpai4j.core.summary.ModalityContent;
import io.github.gpai4j.core.summary.ModelReference;
import io.github.gpai4j.core.summary.TrainingContentSummary;
import io.github.gpai4j.core.validation.JsonPointer;
import io.github.gpai4j.core.validation.Rule;
import io.github.gpai4j.core.validation.Severity;
import io.github.gpai4j.core.validation.ValidationReport;
import io.github.gpai4j.evaluation.form.CrossCheck;
import java.math.BigDecimal;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.SplittableRandom;
import java.util.function.Function;

/**
 * The cross-item checks of the summary of training content, each a small object declaring its rules next to its
 * predicate. Every check is linear in the size of the summary: no list is scanned inside a loop over another
 * (hash sets for membership, one selection for the top domains). Not API: the rules are published through
 * {@link TrainingContentSummaryValidator#rules()}.
 */
final class SummaryChecks {

  static final LegalBasis ART_53_1_D = LegalBasis.article(53, "1", "d");
  private static final List<Recipient> PUBLIC = List.of(Recipient.PUBLIC);
  private static final JsonPointer MODALITIES = JsonPointer.parse("/trainingData/modalities");
  private static final JsonPointer CRAWLED = JsonPointer.parse("/dataSources/crawledData");

  private SummaryChecks() {}

  static LegalBasis template(String section) {
    return LegalBasis.section(Instrument.TRAINING_CONTENT_TEMPLATE, section);
  }

  static Rule rule(String id, Severity severity, String section, String key, String description) {
    return new Rule(id, severity, List.of(ART_53_1_D, template(section)), PUBLIC, key, description,
        SummaryMessages.MESSAGES);
  }

  /** The checks, in the order they run. */
  static List<CrossCheck<TrainingContentSummary>> all() {
    return List.of(new Modalities(), new Acquisition(), new Period(), new Links(), new Domains());
  }

  // --- section 1.3 --------------------------------------------------------------------------------------------

  /** TCS-1.3a: each modality sized and described; a range of its own modality; section 2 within section 1.3. */
  static final class Modalities implements CrossCheck<TrainingContentSummary> {
    static final Rule SIZE = rule("TCS-1.3-SIZE", Severity.ERROR, "1.3", "tcs.modality.size",
        "Every modality of the training data states a size: one of the template's ranges or an approximate size "
            + "with its unit.");
    static final Rule CONTENT_TYPES = rule("TCS-1.3-CONTENT-TYPES", Severity.ERROR, "1.3",
        "tcs.modality.contentTypes", "Every modality of the training data states its types of content.");
    static final Rule RANGE = rule("TCS-CONS-1.3-RANGE", Severity.ERROR, "1.3", "tcs.modality.range",
        "A size range measures the modality it is given for (tokens for text, images, hours for audio and video).");
    static final Rule UNDECLARED = rule("TCS-CONS-1.3-MODALITIES", Severity.WARNING, "1.3",
        "tcs.modality.undeclared", "The modalities named for the data sources of section 2 are among the "
            + "modalities of the training data in section 1.3.");

    /** Each source of section 2 with modalities: its pointer and its list. */
    private static final List<Map.Entry<String, Function<TrainingContentSummary, List<Modality>>>> SOURCES =
        List.of(
            Map.entry("/dataSources/publicDatasets/modalities", s -> s.dataSources().publicDatasets().modalities()),
            Map.entry("/dataSources/licensedData/modalities", s -> s.dataSources().licensedData().modalities()),
            Map.entry("/dataSources/privateDatasets/modalities", s -> s.dataSources().privateDatasets().modalities()),
            Map.entry("/dataSources/crawledData/modalities", s -> s.dataSources().crawledData().modalities()),
            Map.entry("/dataSources/userData/modalities", s -> s.dataSources().userData().modalities()),
            Map.entry("/dataSources/syntheticData/modalities", s -> s.dataSources().syntheticData().modalities()));

    @Override
    public List<Rule> rules() {
      return List.of(SIZE, CONTENT_TYPES, RANGE, UNDECLARED);
    }

    @Override
    public void check(TrainingContentSummary s, Form<TrainingContentSummary> form, ValidationReport.Collector out) {
      List<ModalityContent> list = s.trainingData().modalities();
      Set<Modality> declared = EnumSet.noneOf(Modality.class);
      for (int i = 0; i < list.size() && !out.isStopped(); i++) {
        ModalityContent m = list.get(i);
        String name = m.modality() == null ? "#" + (i + 1) : m.modality().name();
        JsonPointer at = MODALITIES.append(i);
        if (m.modality() != null) {
          declared.add(m.modality());
        }
        if (!m.hasSize()) {
          out.add(SIZE.finding(at, name));
        }
        if (m.contentTypes() == null || m.contentTypes().isBlank()) {
          out.add(CONTENT_TYPES.finding(at.append("contentTypes"), name));
        }
        if (m.sizeRange() != null && m.modality() != null && m.sizeRange().modality() != m.modality()) {
          out.add(RANGE.finding(at.append("sizeRange"), m.sizeRange().name(), m.sizeRange().modality().name(),
              m.modality().name()));
        }
      }
      if (list.isEmpty()) {
        return; // TCS-REQ-1.3a reports the missing list; nothing to compare section 2 with
      }
      for (Map.Entry<String, Function<TrainingContentSummary, List<Modality>>> source : SOURCES) {
        List<Modality> named = source.getValue().apply(s);
        for (int i = 0; i < named.size() && !out.isStopped(); i++) {
          if (!declared.contains(named.get(i))) {
            out.add(UNDECLARED.finding(JsonPointer.parse(source.getKey()).append(i), named.get(i).name()));
          }
        }
      }
    }
  }

  /** TCS-1.3b against TCS-1.2c: data acquired no later than the month of placement, unless training continues. */
  static final class Acquisition implements CrossCheck<TrainingContentSummary> {
    static final Rule AFTER_PLACEMENT = rule("TCS-CONS-1.3-ACQUISITION", Severity.ERROR, "1.3",
        "tcs.acquisition.afterPlacement", "The latest data acquisition is not after the month the model was "
            + "placed on the Union market, unless the model is trained continuously.");

    @Override
    public List<Rule> rules() {
      return List.of(AFTER_PLACEMENT);
    }

    @Override
    public void check(TrainingContentSummary s, Form<TrainingContentSummary> form, ValidationReport.Collector out) {
      YearMonth latest = s.trainingData().latestAcquisition();
      if (latest == null || s.model().placementDate() == null
          || Boolean.TRUE.equals(s.trainingData().continuousTraining())) {
        return;
      }
      YearMonth placed = YearMonth.from(s.model().placementDate());
      if (latest.isAfter(placed)) {
        out.add(AFTER_PLACEMENT.finding(JsonPointer.parse("/trainingData/latestAcquisition"), latest.toString(),
            placed.toString()));
      }
    }
  }

  /** TCS-2.3d: a collection period from no later than to, ending no later than the latest acquisition. */
  static final class Period implements CrossCheck<TrainingContentSummary> {
    static final Rule REVERSED = rule("TCS-CONS-2.3d-PERIOD", Severity.ERROR, "2.3", "tcs.period.reversed",
        "The period of data collection starts no later than it ends.");
    static final Rule AFTER_ACQUISITION = rule("TCS-CONS-2.3d-ACQUISITION", Severity.WARNING, "2.3",
        "tcs.period.afterAcquisition", "Crawling ends no later than the latest data acquisition of section 1.3.");

    @Override
    public List<Rule> rules() {
      return List.of(REVERSED, AFTER_ACQUISITION);
    }

    @Override
    public void check(TrainingContentSummary s, Form<TrainingContentSummary> form, ValidationReport.Collector out) {
      CrawledData c = s.dataSources().crawledData();
      CollectionPeriod p = c.collectionPeriod();
      if (!Boolean.TRUE.equals(c.used()) || p == null) {
        return;
      }
      JsonPointer at = CRAWLED.append("collectionPeriod");
      if (p.isComplete() && p.to().isBefore(p.from())) {
        out.add(REVERSED.finding(at, p.from().toString(), p.to().toString()));
      }
      YearMonth latest = s.trainingData().latestAcquisition();
      if (p.to() != null && latest != null && p.to().isAfter(latest)) {
        out.add(AFTER_ACQUISITION.finding(at.append("to"), p.to().toString(), latest.toString()));
      }
    }
  }

  /** Datasets with a link or description, crawlers with a purpose, models with a link to their summary. */
  static final class Links implements CrossCheck<TrainingContentSummary> {
    static final Rule DATASET = rule("TCS-2.1c-LINK", Severity.ERROR, "2.1", "tcs.dataset.link",
        "Every large publicly available dataset is given with a link, or a description where it has none.");
    static final Rule PURPOSE = rule("TCS-2.3b-PURPOSE", Severity.ERROR, "2.3", "tcs.crawler.purpose",
        "Every crawler is given with its purposes.");
    static final Rule SUMMARY_LINK = new Rule("TCS-LINK-SUMMARY", Severity.WARNING,
        List.of(ART_53_1_D, template("1.2"), template("2.5")), PUBLIC, "tcs.model.summaryLink",
        "Every model this one depends on, and every model on the market used to generate synthetic data, is given "
            + "with a link to its own public summary.", SummaryMessages.MESSAGES);

    @Override
    public List<Rule> rules() {
      return List.of(DATASET, PURPOSE, SUMMARY_LINK);
    }

    @Override
    public void check(TrainingContentSummary s, Form<TrainingContentSummary> form, ValidationReport.Collector out) {
      if (Boolean.TRUE.equals(s.dataSources().publicDatasets().used())) {
        List<Dataset> large = s.dataSources().publicDatasets().largeDatasets();
        for (int i = 0; i < large.size() && !out.isStopped(); i++) {
          Dataset d = large.get(i);
          if (blank(d.link()) && blank(d.description())) {
            out.add(DATASET.finding(JsonPointer.parse("/dataSources/publicDatasets/largeDatasets").append(i),
                d.name()));
          }
        }
      }
      if (Boolean.TRUE.equals(s.dataSources().crawledData().used())) {
        List<Crawler> crawlers = s.dataSources().crawledData().crawlers();
        for (int i = 0; i < crawlers.size() && !out.isStopped(); i++) {
          if (blank(crawlers.get(i).purpose())) {
            out.add(PURPOSE.finding(CRAWLED.append("crawlers").append(i), crawlers.get(i).name()));
          }
        }
      }
      links(orEmpty(s.model().dependencies()), JsonPointer.parse("/model/dependencies"), out);
      if (Boolean.TRUE.equals(s.dataSources().syntheticData().used())) {
        links(orEmpty(s.dataSources().syntheticData().generatingModels()),
            JsonPointer.parse("/dataSources/syntheticData/generatingModels"), out);
      }
    }

    private static void links(List<ModelReference> models, JsonPointer at, ValidationReport.Collector out) {
      for (int i = 0; i < models.size() && !out.isStopped(); i++) {
        if (blank(models.get(i).summaryLink())) {
          out.add(SUMMARY_LINK.finding(at.append(i), models.get(i).name()));
        }
      }
    }
  }

  static <T> List<T> orEmpty(@org.jspecify.annotations.Nullable List<T> list) {
    return list == null ? List.of() : list;
  }

  static boolean blank(@org.jspecify.annotations.Nullable String text) {
    return text == null || text.isBlank();
  }

  // --- section 2.3, the domain list ------------------------------------------------------------------------------

  /**
   * TCS-2.3g: registrable names listed once, and the list as long as footnote 16 asks ({@link TopDomainRule});
   * when the full statistics are given, exactly the top domains by size of content scraped.
   *
   * <p>With statistics of {@code n} domains the required count {@code k} follows from {@code n}; the {@code k}-th
   * largest size {@code t} is found by one selection (expected linear time); every domain larger than {@code t}
   * must be listed, and of the domains of size exactly {@code t}, as many as it takes to reach {@code k} (any of
   * them: the footnote does not break ties). Membership uses hash sets of {@link CrawledDomain#key()}, so the
   * check costs time linear in the number of domains.
   */
  static final class Domains implements CrossCheck<TrainingContentSummary> {
    static final Rule NAME = rule("TCS-2.3g-DOMAIN-NAME", Severity.ERROR, "2.3", "tcs.domain.name",
        "Every listed domain is a registrable domain name such as example.com, without scheme, path or port.");
    static final Rule DUPLICATE = rule("TCS-2.3g-DOMAIN-DUPLICATE", Severity.WARNING, "2.3", "tcs.domain.duplicate",
        "No domain is listed twice.");
    static final Rule TOP_COUNT = rule("TCS-2.3g-TOP-COUNT", Severity.ERROR, "2.3", "tcs.domain.topCount",
        "The list names as many of the top domains as footnote 16 asks: the top 10 % of all domains crawled by "
            + "size of content scraped, for an SME the lower of the top 5 % and 1,000, rounded up.");
    static final Rule TOP_MISSING = rule("TCS-2.3g-TOP-MISSING", Severity.ERROR, "2.3", "tcs.domain.topMissing",
        "Every domain among the top domains by size of content scraped, as the domain statistics rank them, is "
            + "listed.");
    static final Rule STATISTICS = rule("TCS-2.3g-STATISTICS", Severity.WARNING, "2.3", "tcs.domain.statistics",
        "The domain statistics give every domain once, with a size in one unit, so that they can be ranked.");
    static final Rule COUNT = rule("TCS-CONS-2.3g-COUNT", Severity.ERROR, "2.3", "tcs.domain.count",
        "The number of crawled domains agrees with the domain statistics.");
    static final Rule UNKNOWN = rule("TCS-CONS-2.3g-UNKNOWN", Severity.WARNING, "2.3", "tcs.domain.unknown",
        "Every listed domain appears in the domain statistics.");

    @Override
    public List<Rule> rules() {
      return List.of(NAME, DUPLICATE, TOP_COUNT, TOP_MISSING, STATISTICS, COUNT, UNKNOWN);
    }

    @Override
    public void check(TrainingContentSummary s, Form<TrainingContentSummary> form, ValidationReport.Collector out) {
      CrawledData c = s.dataSources().crawledData();
      if (!Boolean.TRUE.equals(c.used())) {
        return;
      }
      boolean sme = Boolean.TRUE.equals(s.sme());
      JsonPointer listAt = CRAWLED.append("topDomains");
      List<CrawledDomain> listed = c.topDomains();
      Set<String> listedKeys = new HashSet<>(listed.size() * 2);
      for (int i = 0; i < listed.size() && !out.isStopped(); i++) {
        CrawledDomain d = listed.get(i);
        if (!isRegistrableName(d.domain())) {
          out.add(NAME.finding(listAt.append(i).append("domain"), d.domain()));
        }
        if (!listedKeys.add(d.key())) {
          out.add(DUPLICATE.finding(listAt.append(i).append("domain"), d.domain()));
        }
      }
      List<CrawledDomain> stats = c.domainStatistics();
      JsonPointer statsAt = CRAWLED.append("domainStatistics");
      boolean judgeList = !listed.isEmpty(); // an empty list is missing: TCS-REQ-2.3g says so
      if (stats.isEmpty()) {
        Long count = c.crawledDomainCount();
        if (judgeList && count != null && count >= 0) {
          long required = TopDomainRule.requiredCount(count, sme);
          if (listedKeys.size() < required) {
            out.add(TOP_COUNT.finding(listAt, Integer.toString(listedKeys.size()), Long.toString(required),
                Long.toString(count)));
          }
        }
        return;
      }
      Map<String, Integer> index = new HashMap<>(stats.size() * 2);
      BigDecimal[] sizes = new BigDecimal[stats.size()];
      DataSize first = stats.get(0).contentSize();
      boolean ranked = true;
      for (int i = 0; i < stats.size(); i++) {
        CrawledDomain d = stats.get(i);
        DataSize size = d.contentSize();
        boolean comparable = size != null && first != null && size.unit() == first.unit()
            && Objects.equals(size.unitDefinition(), first.unitDefinition());
        boolean fresh = index.putIfAbsent(d.key(), i) == null;
        if (ranked && (!comparable || !fresh)) {
          ranked = false;
          out.add(STATISTICS.finding(statsAt.append(i), d.domain()));
        }
        sizes[i] = size == null ? BigDecimal.ZERO : size.amount();
      }
      long distinct = index.size();
      Long count = c.crawledDomainCount();
      if (count != null && count != distinct) {
        out.add(COUNT.finding(CRAWLED.append("crawledDomainCount"), count.toString(), Long.toString(distinct)));
      }
      for (int i = 0; i < listed.size() && !out.isStopped(); i++) {
        if (!index.containsKey(listed.get(i).key())) {
          out.add(UNKNOWN.finding(listAt.append(i).append("domain"), listed.get(i).domain()));
        }
      }
      int required = (int) TopDomainRule.requiredCount(distinct, sme);
      if (!judgeList) {
        return;
      }
      if (!ranked || required == 0) {
        if (!ranked && listedKeys.size() < required) {
          out.add(TOP_COUNT.finding(listAt, Integer.toString(listedKeys.size()), Integer.toString(required),
              Long.toString(distinct)));
        }
        return;
      }
      BigDecimal threshold = kthLargest(sizes.clone(), required);
      int above = 0;
      int tiesListed = 0;
      boolean missing = false;
      for (int i = 0; i < sizes.length && !out.isStopped(); i++) {
        int cmp = sizes[i].compareTo(threshold);
        boolean isListed = listedKeys.contains(stats.get(i).key());
        if (cmp > 0) {
          above++;
          if (!isListed) {
            missing = true;
            out.add(TOP_MISSING.finding(statsAt.append(i).append("domain"), stats.get(i).domain(),
                Integer.toString(required)));
          }
        } else if (cmp == 0 && isListed) {
          tiesListed++;
        }
      }
      int covered = above + Math.min(tiesListed, required - above);
      if (!missing && covered < required) {
        out.add(TOP_COUNT.finding(listAt, Integer.toString(covered), Integer.toString(required),
            Long.toString(distinct)));
      }
    }

    /**
     * Returns the {@code k}-th largest value (1-based), rearranging the array: a quickselect with three-way
     * partitioning (many equal sizes stay linear) and pivots from a fixed-seed generator (the same answer and, in
     * expectation, linear time for any input order).
     */
    static BigDecimal kthLargest(BigDecimal[] a, int k) {
      SplittableRandom random = new SplittableRandom(0x5EEDL);
      int lo = 0;
      int hi = a.length - 1;
      int target = k - 1; // index in descending order
      while (true) {
        if (lo == hi) {
          return a[lo];
        }
        BigDecimal pivot = a[lo + random.nextInt(hi - lo + 1)];
        // descending three-way partition: [lo, lt) > pivot, [lt, gt] == pivot, (gt, hi] < pivot
        int lt = lo;
        int gt = hi;
        int i = lo;
        while (i <= gt) {
          int cmp = a[i].compareTo(pivot);
          if (cmp > 0) {
            swap(a, lt++, i++);
          } else if (cmp < 0) {
            swap(a, i, gt--);
          } else {
            i++;
          }
        }
        if (target < lt) {
          hi = lt - 1;
        } else if (target > gt) {
          lo = gt + 1;
        } else {
          return pivot;
        }
      }
    }

    private static void swap(BigDecimal[] a, int i, int j) {
      BigDecimal t = a[i];
      a[i] = a[j];
      a[j] = t;
    }
  }

  /**
   * Returns whether a text is a registrable domain name as footnote 16 lists them: labels of letters, digits and
   * inner hyphens, 1 to 63 characters each, at least two, the last not all digits, 253 characters at most, an
   * optional final dot; no scheme, path, port, user, query or wildcard. Internationalised names may be written in
   * Unicode or as {@code xn--} labels. Whether the name is exactly the registrable part (not {@code en.example.org})
   * needs the Public Suffix List, which gpai4j does not ship; subdomains are therefore not reported.
   *
   * @param text the name as listed, not null
   * @return true for a domain name
   */
  static boolean isRegistrableName(String text) {
    String d = text.endsWith(".") ? text.substring(0, text.length() - 1) : text;
    if (d.isEmpty() || d.length() > 253) {
      return false;
    }
    int labels = 0;
    int start = 0;
    boolean lastAllDigits = false;
    for (int i = 0; i <= d.length(); i++) {
      if (i == d.length() || d.charAt(i) == '.') {
        int length = i - start;
        if (length < 1 || length > 63 || d.charAt(start) == '-' || d.charAt(i - 1) == '-') {
          return false;
        }
        labels++;
        lastAllDigits = true;
        for (int j = start; j < i; j++) {
          lastAllDigits &= Character.isDigit(d.charAt(j));
        }
        start = i + 1;
      } else {
        char ch = d.charAt(i);
        if (ch != '-' && !Character.isLetterOrDigit(ch)) {
          return false;
        }
      }
    }
    return labels >= 2 && !lastAllDigits;
  }

  /** The rules of every check, in check order. */
  static List<Rule> rules() {
    List<Rule> all = new ArrayList<>();
    for (CrossCheck<TrainingContentSummary> c : all()) {
      all.addAll(c.rules());
    }
    return List.copyOf(all);
  }
}
