package io.github.gpai4j.testkit.domain;

import static java.util.Objects.requireNonNull;

import io.github.gpai4j.core.Applicable;
import io.github.gpai4j.core.ComputeAmount;
import io.github.gpai4j.core.DataSize;
import io.github.gpai4j.core.DataUnit;
import io.github.gpai4j.core.EnergyAmount;
import io.github.gpai4j.core.ParameterCount;
import io.github.gpai4j.core.documentation.AdditionalAsset;
import io.github.gpai4j.core.documentation.ComputationalResources;
import io.github.gpai4j.core.documentation.DataPoints;
import io.github.gpai4j.core.documentation.DataProvenance;
import io.github.gpai4j.core.documentation.DistributionAndLicences;
import io.github.gpai4j.core.documentation.DistributionChannel;
import io.github.gpai4j.core.documentation.Energy;
import io.github.gpai4j.core.documentation.GeneralInformation;
import io.github.gpai4j.core.documentation.HardwareDays;
import io.github.gpai4j.core.documentation.LicenceType;
import io.github.gpai4j.core.documentation.MaximumSize;
import io.github.gpai4j.core.documentation.MdfItem;
import io.github.gpai4j.core.Modality;
import io.github.gpai4j.core.documentation.ModalitySelection;
import io.github.gpai4j.core.documentation.ModelDependency;
import io.github.gpai4j.core.documentation.DraftModelDocumentation;
import io.github.gpai4j.core.documentation.ModelDocumentation;
import io.github.gpai4j.core.documentation.ModelName;
import io.github.gpai4j.core.documentation.ModelProperties;
import io.github.gpai4j.core.documentation.ParameterRange;
import io.github.gpai4j.core.documentation.ProvenanceSelection;
import io.github.gpai4j.core.documentation.SystemicRiskDocumentation;
import io.github.gpai4j.core.documentation.TrainingData;
import io.github.gpai4j.core.documentation.TrainingProcess;
import io.github.gpai4j.core.documentation.TrainingTime;
import io.github.gpai4j.core.documentation.TrainingTimeEstimate;
import io.github.gpai4j.core.documentation.TrainingTimeRange;
import io.github.gpai4j.core.documentation.Use;
import io.github.gpai4j.testkit.Gen;
import io.github.gpai4j.testkit.Gens;
import io.github.gpai4j.testkit.LawEdges;
import io.github.gpai4j.testkit.Source;
import java.math.BigDecimal;
import java.math.MathContext;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Set;
import org.jspecify.annotations.Nullable;

/**
 * Generators of Model Documentation Forms (the form of the Code of Practice's Transparency Measure 1.1, which
 * serves Art.&nbsp;53(1)(a)-(b) and Annexes XI and XII of Regulation (EU) 2024/1689): complete documents valid by
 * construction and drafts with any subset of items answered.
 *
 * <p>A valid document answers all 47 items and meets every Model Documentation rule, so the validator reports no
 * finding at all: the Union market release is not before the first release (MDF-1.5), every selected modality
 * has one maximum size (MDF-2.3b, 2.4b), the exact parameter count has two or more significant figures and lies
 * in the stated range (MDF-2.5a-b), data-set sizes have the figures the form asks for (MDF-6.4a-b), the
 * training-time range contains the wall-clock days (MDF-7.1a-b), the training compute has two or more figures,
 * lies within a factor of three of 6 · parameters · training tokens and its order of magnitude is
 * 10^floor(log10 C) (MDF-7.2a-b), energy and inference compute have two or more figures (MDF-8.1, 8.3), an
 * {@code N/A} energy comes with its explanation (MDF-8.2), and free texts stay within the recommended word
 * counts. Values shrink towards small, simple documents: one-word texts, one modality, one channel, the smallest
 * numbers and the earliest dates.
 *
 * <p>The numbers a range or threshold of the form or the law depends on are biased towards its edges
 * ({@link LawEdges}): wall-clock training days around one, three and six months (MDF-7.1a); in half of the
 * documents, the exact parameter count around a total-model-size range limit (MDF-2.5b) and the training compute
 * around 10^23 FLOP, 10^25 FLOP or one third of either (the training-data size is then derived so that
 * 6 · P · D stays within rounding of the compute). Compute, its order of magnitude, parameter counts and energy are
 * written in varied spellings ({@code 1E+3}, {@code 1.0E+3}, {@code 1000}), never with fewer figures than the form
 * asks for.
 *
 * @since 0.1.0
 */
public final class DocumentationGens {

  /** The first release dates generated: 2023-01-01 to 2027-12-31. */
  static final LocalDate FIRST_RELEASE = LocalDate.of(2023, 1, 1);

  private static final LocalDate LAST_RELEASE = LocalDate.of(2027, 12, 31);
  private static final int DEFAULT_MAX_WORDS = 12;
  private static final BigDecimal SIX = BigDecimal.valueOf(6);
  private static final Gen<ComputeAmount> COMPUTE_EDGES = LawEdges.computeEdges(2);

  private DocumentationGens() {}

  /**
   * Returns a generator of complete Model Documentation Forms that the Model Documentation rules accept without
   * any finding; half state that the model has systemic risk and then also document Annex XI section 2.
   *
   * @return the generator, shrinking towards a document without systemic risk and with the simplest answers
   */
  public static Gen<ModelDocumentation> validModelDocumentation() {
    return source -> document(source, source.chance(0.5));
  }

  /**
   * Returns a generator of complete Model Documentation Forms of models with systemic risk (Art.&nbsp;51), with the
   * Annex XI section 2 material (evaluation strategies, adversarial testing, system architecture) that Art.&nbsp;55(1)
   * and the Code's Safety and Security Measure 10.1 add; valid without any finding.
   *
   * @return the generator
   */
  public static Gen<ModelDocumentation> validSystemicRiskModelDocumentation() {
    return source -> document(source, true);
  }

  /**
   * Returns a generator of drafts: valid documents from {@link #validModelDocumentation()} in which any subset of
   * the 47 items is left unanswered (each item independently, half of the time). A draft builds, as every draft
   * must; the validator reports what is missing.
   *
   * @return the generator, shrinking towards a complete document
   */
  public static Gen<ModelDocumentation> draftModelDocumentation() {
    Gen<ModelDocumentation> valid = validModelDocumentation();
    return source -> {
      ModelDocumentation document = valid.generate(source);
      for (MdfItem item : MdfItem.values()) {
        if (source.chance(0.5)) {
          document = Edits.withoutItem(document, item);
        }
      }
      return document;
    };
  }

  /**
   * Returns a copy of a Model Documentation Form with items left unanswered (set to null, or to an empty list for
   * list-valued items), as a draft would leave them; for building drafts and "more information" pairs.
   *
   * @param document the document, not null
   * @param items the items to clear, not null
   * @return the copy
   */
  public static ModelDocumentation withoutItems(ModelDocumentation document, Collection<MdfItem> items) {
    ModelDocumentation result = requireNonNull(document, "document");
    for (MdfItem item : requireNonNull(items, "items")) {
      result = Edits.withoutItem(result, requireNonNull(item, "item"));
    }
    return result;
  }

  /**
   * Returns a generator of free text of one to {@code maxWords} lowercase words separated by single spaces,
   * which is never {@code N/A}; shrinks towards {@code "a"}.
   *
   * @param maxWords the most words, at least 1
   * @return the generator
   * @throws IllegalArgumentException if {@code maxWords < 1}
   */
  public static Gen<String> texts(int maxWords) {
    if (maxWords < 1) {
      throw new IllegalArgumentException("A text has at least one word, maxWords was " + maxWords);
    }
    return Gens.lists(Gens.words(), 1, maxWords).map(words -> String.join(" ", words));
  }

  static String text(Source source, MdfItem item) {
    int recommended = item.recommendedWords().orElse(DEFAULT_MAX_WORDS);
    return texts(Math.min(recommended, DEFAULT_MAX_WORDS)).generate(source);
  }

  static String text(Source source) {
    return texts(DEFAULT_MAX_WORDS).generate(source);
  }

  static ModelDocumentation document(Source source, boolean systemicRisk) {
    LocalDate release = Gens.localDates(FIRST_RELEASE, LAST_RELEASE).generate(source);
    LocalDate union = release.plusDays(source.choose(0, 365));
    LocalDate updated = union.plusDays(source.choose(0, 365));
    BigDecimal parameters;
    BigDecimal tokens;
    BigDecimal edgeCompute = null;
    if (source.chance(0.5)) {
      parameters = atLeastTwoFigures(LawEdges.parameterCounts().generate(source).count());
      edgeCompute = COMPUTE_EDGES.generate(source).flop();
      tokens = atLeastTwoFigures(
          edgeCompute.divide(SIX.multiply(parameters), new MathContext((int) source.choose(2, 4))));
    } else {
      parameters = LawEdges.respelled(s -> Numbers.wholeWithTwoFigures(s, 1, 12), 2).generate(source);
      tokens = Numbers.decimal(source, 1, 13, 2, 4);
    }
    ModelDocumentation.Builder builder = ModelDocumentation.builder()
        .lastUpdated(updated)
        .documentVersion(source.choose(1, 9) + "." + source.choose(0, 9))
        .systemicRisk(systemicRisk)
        .generalInformation(generalInformation(source, release, union))
        .modelProperties(modelProperties(source, parameters))
        .distributionAndLicences(distributionAndLicences(source))
        .use(use(source))
        .trainingProcess(TrainingProcess.builder()
            .designSpecification(text(source, MdfItem.MDF_5_1))
            .decisionRationale(text(source, MdfItem.MDF_5_2))
            .build())
        .trainingData(trainingData(source, tokens))
        .computationalResources(computationalResources(source, parameters, tokens, edgeCompute))
        .energy(energy(source));
    if (systemicRisk) {
      builder.systemicRiskDocumentation(SystemicRiskDocumentation.builder()
          .evaluationStrategies(text(source))
          .adversarialTesting(text(source))
          .systemArchitecture(source.chance(0.3) ? Applicable.notApplicable() : Applicable.of(text(source)))
          .build());
    }
    return builder.build();
  }

  private static GeneralInformation generalInformation(Source source, LocalDate release, LocalDate union) {
    Applicable<List<ModelDependency>> dependencies;
    if (source.chance(0.5)) {
      dependencies = Applicable.of(Gens.lists(
          (Gen<ModelDependency>) s -> new ModelDependency(Gens.words().generate(s),
              s.chance(0.5) ? "v" + s.choose(1, 9) : null), 1, 3).generate(source));
    } else {
      dependencies = Applicable.notApplicable();
    }
    List<String> versions = Gens.lists(Gens.words(), 0, 2).generate(source);
    return GeneralInformation.builder()
        .providerLegalName(text(source, MdfItem.MDF_1_1))
        .modelName(new ModelName(Gens.words().generate(source), source.chance(0.3) ? "family" : null, versions))
        .modelAuthenticity(text(source, MdfItem.MDF_1_3))
        .releaseDate(release)
        .unionMarketReleaseDate(union)
        .modelDependencies(dependencies)
        .build();
  }

  static List<Modality> modalities(Source source) {
    return new ArrayList<>(Gens.sets(Gens.enums(Modality.class), 1, Modality.values().length).generate(source));
  }

  static List<MaximumSize> sizesFor(Source source, List<Modality> modalities) {
    List<MaximumSize> sizes = new ArrayList<>();
    for (Modality modality : new ModalitySelection(modalities, null).selected()) {
      sizes.add(new MaximumSize(modality, source.chance(0.2)
          ? Applicable.notApplicable()
          : Applicable.of(source.choose(1, 100_000) + " units per request")));
    }
    return sizes;
  }

  private static ModelProperties modelProperties(Source source, BigDecimal parameters) {
    List<Modality> in = modalities(source);
    List<Modality> out = modalities(source);
    return ModelProperties.builder()
        .architecture(text(source, MdfItem.MDF_2_1))
        .designSpecification(text(source, MdfItem.MDF_2_2))
        .inputModalities(new ModalitySelection(in, null))
        .inputMaximumSizes(sizesFor(source, in))
        .outputModalities(new ModalitySelection(out, null))
        .outputMaximumSizes(sizesFor(source, out))
        .parameterCount(ParameterCount.of(parameters))
        .parameterRange(ParameterRange.of(parameters))
        .build();
  }

  private static DistributionChannel channel(Source source) {
    return new DistributionChannel(
        Gens.enums(DistributionChannel.Kind.class).generate(source),
        source.chance(0.5) ? text(source) : null,
        source.chance(0.5) ? "https://" + Gens.domainNames().generate(source) : null,
        source.chance(0.5) ? Gens.enums(DistributionChannel.AccessLevel.class).generate(source) : null);
  }

  private static DistributionAndLicences distributionAndLicences(Source source) {
    Gen<DistributionChannel> channels = DocumentationGens::channel;
    Gen<AdditionalAsset> assets = s -> new AdditionalAsset(Gens.enums(AdditionalAsset.Kind.class).generate(s),
        s.chance(0.5) ? text(s) : null, s.chance(0.5) ? "Apache-2.0" : null);
    return DistributionAndLicences.builder()
        .unionDistributionChannels(Gens.lists(channels, 1, 3).generate(source))
        .downstreamDistributionChannels(Gens.lists(channels, 1, 3).generate(source))
        .licence("https://" + Gens.domainNames().generate(source) + "/licence")
        .licenceType(new LicenceType(Gens.enums(LicenceType.Category.class).generate(source),
            source.chance(0.5) ? text(source) : null))
        .additionalAssets(Applicable.of(Gens.lists(assets, 1, 3).generate(source)))
        .build();
  }

  private static Applicable<String> applicableText(Source source, MdfItem item) {
    return source.chance(0.2) ? Applicable.notApplicable() : Applicable.of(text(source, item));
  }

  private static Use use(Source source) {
    return Use.builder()
        .acceptableUsePolicy(text(source, MdfItem.MDF_4_1))
        .intendedUses(applicableText(source, MdfItem.MDF_4_2))
        .integrableSystemTypes(text(source, MdfItem.MDF_4_3))
        .integrationMeans(text(source, MdfItem.MDF_4_4))
        .requiredHardware(applicableText(source, MdfItem.MDF_4_5))
        .requiredSoftware(applicableText(source, MdfItem.MDF_4_6))
        .build();
  }

  private static DataSize otherSet(Source source, int minFigures) {
    BigDecimal amount = Numbers.decimal(source, 0, 12, minFigures, 4);
    DataUnit unit = Gens.enums(DataUnit.class).generate(source);
    return unit == DataUnit.OTHER ? new DataSize(amount, unit, "documents") : DataSize.of(amount, unit);
  }

  private static TrainingData trainingData(Source source, BigDecimal tokens) {
    DataSize training = DataSize.of(tokens, DataUnit.TOKENS);
    DataSize testing = source.chance(0.5) ? otherSet(source, 2) : null;
    DataSize validation = source.chance(0.5) ? otherSet(source, 2) : null;
    DataSize approximateTraining = DataSize.of(Numbers.withFigures(tokens, 1), DataUnit.TOKENS);
    DataSize approximateTesting = source.chance(0.5) ? otherSet(source, 1) : null;
    Set<DataProvenance> provenance =
        Gens.sets(Gens.enums(DataProvenance.class), 1, DataProvenance.values().length).generate(source);
    return TrainingData.builder()
        .modalities(new ModalitySelection(modalities(source), null))
        .provenance(new ProvenanceSelection(new ArrayList<>(provenance), null))
        .acquisitionAndSelection(text(source, MdfItem.MDF_6_3))
        .dataPointsApproximate(new DataPoints(approximateTraining, approximateTesting, null))
        .dataPoints(new DataPoints(training, testing, validation))
        .scope(text(source, MdfItem.MDF_6_5))
        .curation(text(source, MdfItem.MDF_6_6))
        .unsuitabilityDetection(text(source, MdfItem.MDF_6_7))
        .biasDetection(text(source, MdfItem.MDF_6_8))
        .build();
  }

  /**
   * Returns 6 · P · D scaled by a factor of 1/3 to 3 (drawn as tenths, shrinking to exactly 1), with 2 to 4
   * significant figures.
   */
  static BigDecimal plausibleCompute(Source source, BigDecimal parameters, BigDecimal tokens) {
    BigDecimal estimate = SIX.multiply(parameters).multiply(tokens);
    long tenths = source.chance(0.5) ? 10 + source.choose(0, 20) : 10 - source.choose(0, 6);
    BigDecimal scaled = estimate.multiply(BigDecimal.valueOf(tenths)).movePointLeft(1);
    return Numbers.withFigures(scaled, (int) source.choose(2, 4));
  }

  /** Pads a decimal with a trailing zero if it has fewer than two significant figures ({@code 5E+8} to {@code 5.0E+8}). */
  private static BigDecimal atLeastTwoFigures(BigDecimal value) {
    return value.precision() < 2 ? value.setScale(value.scale() + 2 - value.precision()) : value;
  }

  private static ComputationalResources computationalResources(
      Source source, BigDecimal parameters, BigDecimal tokens, @Nullable BigDecimal edgeCompute) {
    BigDecimal days = LawEdges.trainingDays().generate(source);
    List<HardwareDays> hardware = Gens.lists(
        (Gen<HardwareDays>) s -> new HardwareDays(Gens.elements("H100", "TPU v5p", "MI300X").generate(s),
            Numbers.decimal(s, 1, 7, 1, 3)), 0, 2).generate(source);
    String period = source.chance(0.5) ? text(source) : null;
    BigDecimal compute = edgeCompute != null ? edgeCompute
        : LawEdges.respelled(s -> plausibleCompute(s, parameters, tokens), 2).generate(source);
    return ComputationalResources.builder()
        .trainingTimeRange(new TrainingTimeEstimate(period, TrainingTimeRange.of(days)))
        .trainingTime(new TrainingTime(period, days, hardware))
        .trainingComputeOrderOfMagnitude(
            ComputeAmount.ofFlop(LawEdges.spellings(Numbers.magnitudeOf(compute), 1).generate(source)))
        .trainingCompute(ComputeAmount.ofFlop(compute))
        .computeMethodology(text(source, MdfItem.MDF_7_3))
        .build();
  }

  private static Energy energy(Source source) {
    Applicable<EnergyAmount> energy = source.chance(0.2)
        ? Applicable.notApplicable()
        : Applicable.of(EnergyAmount.ofMegawattHours(
            LawEdges.respelled(s -> Numbers.decimal(s, 0, 6, 2, 4), 2).generate(source)));
    return Energy.builder()
        .trainingEnergy(energy)
        .trainingEnergyMethodology(text(source, MdfItem.MDF_8_2))
        .inferenceCompute(ComputeAmount.ofFlop(Numbers.decimal(source, 9, 18, 2, 4)))
        .inferenceMethodology(text(source, MdfItem.MDF_8_4))
        .build();
  }

  /**
   * Returns a generator of complete documentation on the first draft Code's table (form version
   * {@code cop-draft-2024-11}): every row answered with text, which its validator accepts without a finding.
   *
   * @return the generator
   * @since 0.2.0
   */
  public static Gen<DraftModelDocumentation> validFirstDraftDocumentation() {
    return source -> DraftModelDocumentation.builder()
        .generalInformation(text(source)).intendedTasks(text(source)).acceptableUsePolicy(text(source))
        .releaseAndDistribution(text(source)).externalInteraction(text(source)).softwareVersions(text(source))
        .architectureAndParameters(text(source)).layers(text(source)).inputsAndOutputs(text(source))
        .licence(text(source)).integrationMeans(text(source)).designAndTraining(text(source))
        .trainingData(text(source)).trainingDataDetails(text(source)).computationalResources(text(source))
        .energyConsumption(text(source)).testing(text(source))
        .build();
  }
}
