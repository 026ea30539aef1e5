package io.github.gpai4j.testkit.domain;

import static java.util.Objects.requireNonNull;

import io.github.gpai4j.core.DataSize;
import io.github.gpai4j.core.DataUnit;
import io.github.gpai4j.core.Modality;
import io.github.gpai4j.core.data.DataSourceKind;
import io.github.gpai4j.core.data.Dataset;
import io.github.gpai4j.core.summary.CollectionPeriod;
import io.github.gpai4j.core.summary.CrawledData;
import io.github.gpai4j.core.summary.CrawledDomain;
import io.github.gpai4j.core.summary.Crawler;
import io.github.gpai4j.core.summary.DataProcessing;
import io.github.gpai4j.core.summary.DataSources;
import io.github.gpai4j.core.summary.LicensedData;
import io.github.gpai4j.core.summary.ModalityContent;
import io.github.gpai4j.core.summary.ModelIdentification;
import io.github.gpai4j.core.summary.ModelReference;
import io.github.gpai4j.core.summary.OtherData;
import io.github.gpai4j.core.summary.Party;
import io.github.gpai4j.core.summary.PrivateDatasets;
import io.github.gpai4j.core.summary.ProviderIdentification;
import io.github.gpai4j.core.summary.PublicDatasets;
import io.github.gpai4j.core.summary.SizeRange;
import io.github.gpai4j.core.summary.SyntheticData;
import io.github.gpai4j.core.summary.TrainingContentSummaries;
import io.github.gpai4j.core.summary.TrainingContentSummary;
import io.github.gpai4j.core.summary.TrainingDataCharacteristics;
import io.github.gpai4j.core.summary.UserData;
import io.github.gpai4j.testkit.Gen;
import io.github.gpai4j.testkit.Gens;
import io.github.gpai4j.testkit.Source;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * Generators of public summaries of training content (Art.&nbsp;53(1)(d) of Regulation (EU) 2024/1689, on the
 * Commission's template C(2025) 5235): complete summaries valid by construction, and summaries with a given number
 * of crawled domains for scale tests and benchmarks.
 *
 * <p>A valid summary answers every item the template asks, gives each modality a size and types of content,
 * collects data no later than it places the model on the market, names an authorised representative when the
 * provider is established outside the Union, and lists exactly the top domain names footnote 16 asks for: the
 * {@code ceil(10 % × n)} largest of {@code n} crawled domains, or for an SME {@code min(ceil(5 % × n), 1000)}, each
 * a registrable name such as {@code example.com}, with distinct sizes so that the list is unambiguous. Its last update
 * lies within the six months before {@link #VALID_AS_OF}, so it is valid as of that date even while training
 * continues.
 *
 * @since 0.3.0
 */
public final class SummaryGens {

  /** The evaluation date as of which generated summaries are valid: 1 December 2026. */
  public static final LocalDate VALID_AS_OF = LocalDate.of(2026, 12, 1);

  private SummaryGens() {}

  /**
   * Returns a generator of complete summaries that the summary rules accept without any finding as of
   * {@link #VALID_AS_OF}; each data source is used or not at random.
   *
   * @return the generator
   */
  public static Gen<TrainingContentSummary> validTrainingContentSummary() {
    return source -> summary(source, false);
  }

  /**
   * Returns a generator of complete summaries in which every yes/no question of section 2 is answered yes and the
   * provider is established outside the Union, so that every item of the template is asked and answered; valid as
   * of {@link #VALID_AS_OF}. Mutants start from these.
   *
   * @return the generator
   */
  public static Gen<TrainingContentSummary> fullTrainingContentSummary() {
    return source -> summary(source, true);
  }

  /**
   * Returns a complete, valid summary whose crawled data lists statistics for {@code crawledDomains} distinct
   * domains ({@code d0.example}, {@code d1.example}, ... with strictly decreasing sizes) and exactly the top
   * domains footnote 16 asks for; for scale tests and benchmarks. The result is the same for the same arguments.
   *
   * @param crawledDomains the number of distinct domains crawled, not negative
   * @param sme whether the provider is an SME (top 5&nbsp;% or 1,000, whichever is lower)
   * @return the summary
   * @throws IllegalArgumentException if the count is negative
   */
  public static TrainingContentSummary withCrawledDomains(int crawledDomains, boolean sme) {
    if (crawledDomains < 0) {
      throw new IllegalArgumentException("crawledDomains must not be negative, was " + crawledDomains);
    }
    TrainingContentSummary base = fullTrainingContentSummary().sample(42L);
    List<CrawledDomain> all = new ArrayList<>(crawledDomains);
    for (int i = 0; i < crawledDomains; i++) {
      all.add(new CrawledDomain("d" + i + ".example", DataSize.of(BigDecimal.valueOf(crawledDomains - i)
          .multiply(BigDecimal.valueOf(1000)), DataUnit.TOKENS)));
    }
    int top = requiredTopDomains(crawledDomains, sme);
    CrawledData crawled = CrawledData.builder().from(base.dataSources().crawledData())
        .crawledDomainCount((long) crawledDomains)
        .topDomains(all.subList(0, top))
        .domainStatistics(all)
        .build();
    return TrainingContentSummary.builder().from(base).sme(sme)
        .dataSources(DataSources.builder().from(base.dataSources()).crawledData(crawled).build())
        .build();
  }

  /**
   * Returns how many domain names footnote 16 asks for under gpai4j's reading: {@code ceil(10 % × n)}, or for an
   * SME {@code min(ceil(5 % × n), 1000)}. The same reading as {@code io.github.gpai4j.testkit.TopDomainListCase},
   * computed independently of the validator so that tests can use it as an oracle.
   *
   * @param crawledDomains the number of distinct domains crawled, not negative
   * @param sme whether the provider is an SME
   * @return the number of names, not negative
   */
  public static int requiredTopDomains(long crawledDomains, boolean sme) {
    long percent = sme ? 5 : 10;
    long ceiling = (crawledDomains * percent + 99) / 100;
    return (int) (sme ? Math.min(ceiling, 1_000) : ceiling);
  }

  private static TrainingContentSummary summary(Source s, boolean full) {
    Gen<String> sentence = Gens.sentences();
    LocalDate placement = Gens.localDates(LocalDate.of(2025, 8, 2), LocalDate.of(2026, 11, 30)).generate(s);
    YearMonth latest = YearMonth.from(placement).minusMonths(s.choose(0, 24));
    boolean inUnion = !full && s.chance(0.6);
    boolean sme = s.chance(0.3);
    LocalDate lastUpdated = Gens.localDates(VALID_AS_OF.minusMonths(6).plusDays(1), VALID_AS_OF).generate(s);
    if (lastUpdated.isBefore(placement)) {
      lastUpdated = placement;
    }
    List<ModalityContent> modalities = new ArrayList<>();
    modalities.add(new ModalityContent(Modality.TEXT, Gens.elements(SizeRange.TEXT_LESS_THAN_1_BILLION_TOKENS,
        SizeRange.TEXT_1_BILLION_TO_10_TRILLION_TOKENS, SizeRange.TEXT_MORE_THAN_10_TRILLION_TOKENS).generate(s),
        null, sentence.generate(s), null));
    if (s.chance(0.5)) {
      modalities.add(new ModalityContent(Modality.IMAGES, SizeRange.IMAGES_1_MILLION_TO_1_BILLION, null,
          sentence.generate(s), null));
    }
    List<Modality> mods = modalities.stream().map(ModalityContent::modality).toList();
    String provider = "Provider " + (char) ('A' + s.choose(0, 25)) + " SE";
    return TrainingContentSummary.builder()
        .summaryVersion(s.choose(1, 5) + "." + s.choose(0, 9))
        .lastUpdated(lastUpdated)
        .previousVersions(s.chance(0.5) ? List.of() : List.of("https://example.org/summary/0.9"))
        .sme(sme)
        .provider(ProviderIdentification.builder()
            .provider(new Party(provider, "contact@" + Gens.domainNames().generate(s)))
            .establishedInUnion(inUnion)
            .authorisedRepresentative(inUnion ? null : new Party("Representative GmbH", "Berlin; rep@example.eu"))
            .build())
        .model(ModelIdentification.builder()
            .addNames("Model-" + s.choose(1, 9) + "-" + placement.getYear())
            .dependencies(s.chance(0.3) ? List.of(new ModelReference("Base-1", "https://example.org/base-1/summary"))
                : List.of())
            .placementDate(placement).build())
        .trainingData(TrainingDataCharacteristics.builder()
            .modalities(modalities)
            .latestAcquisition(latest)
            .continuousTraining(s.chance(0.5))
            .languages(sentence.generate(s))
            .otherCharacteristics(sentence.generate(s))
            .build())
        .dataSources(DataSources.builder()
            .publicDatasets(yes(s, full) ? PublicDatasets.builder().used(true).modalities(mods)
                .addLargeDatasets(new Dataset("Public corpus " + s.choose(1, 99), DataSourceKind.PUBLIC,
                    "https://example.org/corpus", null, null, List.of(Modality.TEXT), null, null))
                .build() : PublicDatasets.builder().used(false).build())
            .licensedData(yes(s, full) ? LicensedData.builder().used(true).modalities(mods).build()
                : LicensedData.builder().used(false).build())
            .privateDatasets(yes(s, full) ? PrivateDatasets.builder().used(true).modalities(mods)
                .otherDatasets(sentence.generate(s)).build() : PrivateDatasets.builder().used(false).build())
            .crawledData(yes(s, full) ? crawled(s, mods, latest, sme) : CrawledData.builder().used(false).build())
            .userData(full || s.chance(0.5)
                ? UserData.builder().fromModelInteractions(true).fromOtherServices(s.chance(0.5))
                    .servicesDescription(sentence.generate(s)).modalities(List.of(Modality.TEXT)).build()
                : UserData.builder().fromModelInteractions(false).fromOtherServices(false).build())
            .syntheticData(yes(s, full) ? SyntheticData.builder().used(true).modalities(List.of(Modality.TEXT))
                .addGeneratingModels(new ModelReference("Teacher-2", "https://example.org/teacher-2/summary"))
                .otherModels(s.chance(0.5) ? null : "An unreleased internal model.")
                .build() : SyntheticData.builder().used(false).build())
            .otherData(yes(s, full) ? OtherData.builder().used(true).description(sentence.generate(s)).build()
                : OtherData.builder().used(false).build())
            .build())
        .dataProcessing(DataProcessing.builder()
            .codeSignatory(s.chance(0.5))
            .reservationMeasures("Robots.txt (RFC 9309) and " + sentence.generate(s))
            .illegalContentMeasures(sentence.generate(s))
            .build())
        .build();
  }

  private static boolean yes(Source s, boolean full) {
    return full || s.chance(0.5);
  }

  private static CrawledData crawled(Source s, List<Modality> mods, YearMonth latest, boolean sme) {
    int n = (int) s.choose(1, 60);
    List<CrawledDomain> all = new ArrayList<>(n);
    for (int i = 0; i < n; i++) {
      all.add(new CrawledDomain("site" + i + "-" + Long.toString(s.choose(0, 999), 36).toLowerCase(Locale.ROOT)
          + ".example", DataSize.of(BigDecimal.valueOf((long) (n - i) * 1_000_000L), DataUnit.TOKENS)));
    }
    YearMonth from = latest.minusMonths(s.choose(0, 36));
    return CrawledData.builder().used(true)
        .addCrawlers(new Crawler("ExampleBot", "Training data for general-purpose models"))
        .behaviour("Follows robots.txt (RFC 9309); does not circumvent paywalls or captchas.")
        .collectionPeriod(new CollectionPeriod(from, latest))
        .contentDescription("Public web pages of news, reference and forums.")
        .modalities(mods)
        .crawledDomainCount((long) n)
        .topDomains(all.subList(0, requiredTopDomains(n, sme)))
        .domainStatistics(all)
        .build();
  }

  /**
   * Returns one generator per rule the template's table implies ({@code TCS-REQ-*}, {@code TCS-NA-NOT-ALLOWED}),
   * each making mutants of {@linkplain #fullTrainingContentSummary() fully answered summaries} that break exactly
   * that rule.
   *
   * @return the generators, in form order
   */
  public static List<Gen<Mutant<TrainingContentSummary>>> mutants() {
    return FormMutants.of(TrainingContentSummaries.TEMPLATE, TrainingContentSummary.class,
        fullTrainingContentSummary());
  }

  /**
   * Returns the summary with its crawled data replaced, for tests that vary only the domain list.
   *
   * @param summary the summary, not null
   * @param crawled the crawled data, not null
   * @return the copy
   */
  public static TrainingContentSummary withCrawledData(TrainingContentSummary summary, CrawledData crawled) {
    requireNonNull(summary, "summary");
    requireNonNull(crawled, "crawled");
    return summary.withDataSources(DataSources.builder().from(summary.dataSources()).crawledData(crawled).build());
  }
}
