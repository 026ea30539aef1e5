package io.github.gpai4j.testkit.domain;

import io.github.gpai4j.core.ParameterCount;
import io.github.gpai4j.evaluation.classification.CommissionDecision;
import io.github.gpai4j.evaluation.classification.ComputeEstimate;
import io.github.gpai4j.evaluation.classification.DecisionKind;
import io.github.gpai4j.evaluation.classification.EstimationMethod;
import io.github.gpai4j.evaluation.classification.Fact;
import io.github.gpai4j.evaluation.classification.LicenceRestriction;
import io.github.gpai4j.core.Modality;
import io.github.gpai4j.evaluation.classification.ModelProfile;
import io.github.gpai4j.evaluation.classification.ModificationFacts;
import io.github.gpai4j.evaluation.classification.MonetisationSign;
import io.github.gpai4j.evaluation.classification.OpenSourceFacts;
import io.github.gpai4j.evaluation.classification.ProviderEstablishment;
import io.github.gpai4j.testkit.Gen;
import io.github.gpai4j.testkit.Gens;
import io.github.gpai4j.testkit.LawEdges;
import io.github.gpai4j.testkit.Source;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;

/**
 * Generators of model profiles, the facts {@code ModelClassifier} classifies under Art.&nbsp;51-52 and 53(2) of
 * Regulation (EU) 2024/1689 and the Commission guidelines: training compute around the 10^23 FLOP indicative
 * criterion and the 10^25 FLOP presumption (with or without an estimate interval), modalities, generality,
 * placement dates, open-source facts, modification facts, reach and Commission decisions. Parameter counts are
 * drawn around the limits of the form's total-model-size ranges half of the time ({@link
 * LawEdges#parameterCounts()}).
 *
 * <p>Profiles are consistent by construction (the Union placement is not before the first release; compute
 * bounds enclose the estimate; notification is not before the threshold was known) and shrink towards a profile
 * with every fact unknown.
 *
 * @since 0.1.0
 */
public final class ProfileGens {

  private static final LocalDate FIRST = LocalDate.of(2023, 1, 1);
  private static final LocalDate LAST = LocalDate.of(2028, 12, 31);

  private ProfileGens() {}

  /**
   * Returns a generator of model profiles.
   *
   * @return the generator
   */
  public static Gen<ModelProfile> modelProfiles() {
    return ProfileGens::profile;
  }

  /**
   * Returns a generator of training-compute estimates around the GPAI and systemic-risk thresholds, half of them
   * with an interval of up to a factor of two either side.
   *
   * @return the generator
   */
  public static Gen<ComputeEstimate> computeEstimates() {
    Gen<io.github.gpai4j.core.ComputeAmount> around = Gens.oneOf(LawEdges.systemicRiskCompute(),
        LawEdges.gpaiIndicativeCompute(), LawEdges.trainingCompute());
    return source -> {
      BigDecimal flop = around.generate(source).flop();
      EstimationMethod method = Gens.enums(EstimationMethod.class).generate(source);
      if (!source.chance(0.5)) {
        return new ComputeEstimate(flop, method, null, null);
      }
      BigDecimal lower = flop.multiply(BigDecimal.valueOf(100 - source.choose(0, 50))).movePointLeft(2);
      BigDecimal upper = flop.multiply(BigDecimal.valueOf(100 + source.choose(0, 100))).movePointLeft(2);
      return new ComputeEstimate(flop, method, lower, upper);
    };
  }

  private static Fact fact(Source source) {
    return Gens.elements(Fact.UNKNOWN, Fact.YES, Fact.NO).generate(source);
  }

  private static LocalDate date(Source source) {
    return Gens.localDates(FIRST, LAST).generate(source);
  }

  private static ModelProfile profile(Source source) {
    ModelProfile.Builder b = ModelProfile.builder();
    if (source.chance(0.7)) {
      b.providerName(DocumentationGens.text(source));
      b.modelName(Gens.words().generate(source));
    }
    b.providerEstablishment(Gens.enums(ProviderEstablishment.class).generate(source));
    b.smallOrMediumEnterprise(fact(source)).smallMidCap(fact(source));
    if (source.chance(0.8)) {
      b.trainingCompute(computeEstimates().generate(source));
    }
    if (source.chance(0.5)) {
      b.parameterCount(source.chance(0.5)
          ? LawEdges.parameterCounts().generate(source)
          : ParameterCount.of(Numbers.wholeWithTwoFigures(source, 1, 12)));
    }
    b.inputModalities(Gens.sets(Gens.enums(Modality.class), 0, 4).generate(source));
    b.outputModalities(Gens.sets(Gens.enums(Modality.class), 0, 4).generate(source));
    b.significantGenerality(fact(source));
    if (source.chance(0.7)) {
      LocalDate release = date(source);
      b.firstReleaseDate(release);
      if (source.chance(0.7)) {
        b.unionPlacementDate(release.plusDays(source.choose(0, 400)));
      }
    }
    b.placedOnUnionMarket(fact(source)).trainingContinues(fact(source));
    if (source.chance(0.5)) {
      b.openSource(OpenSourceFacts.builder()
          .licence(source.chance(0.5) ? "Apache-2.0" : null)
          .freeAccess(fact(source)).freeUse(fact(source)).freeModification(fact(source))
          .freeDistribution(fact(source)).weightsPublic(fact(source)).architecturePublic(fact(source))
          .usageInformationPublic(fact(source)).monetised(fact(source))
          .monetisationSigns(Gens.sets(Gens.enums(MonetisationSign.class), 0, 2).generate(source))
          .licenceRestrictions(Gens.sets(Gens.enums(LicenceRestriction.class), 0, 2).generate(source))
          .build());
    }
    if (source.chance(0.3)) {
      ModificationFacts.Builder m = ModificationFacts.builder();
      m.baseModel(Gens.words().generate(source));
      if (source.chance(0.7)) {
        m.baseModelCompute(computeEstimates().generate(source));
      }
      m.baseModelSystemicRisk(fact(source));
      if (source.chance(0.7)) {
        m.modificationCompute(computeEstimates().generate(source));
      }
      b.modification(m.build());
    }
    if (source.chance(0.5)) {
      b.registeredEuBusinessUsers(Gens.elements(0L, 9_999L, 10_000L, 10_001L, 250_000L).generate(source));
    }
    if (source.chance(0.5)) {
      LocalDate met = date(source);
      b.thresholdMetOn(met);
      LocalDate known = met.plusDays(source.choose(-60, 60));
      b.thresholdKnownOn(known);
      if (source.chance(0.6)) {
        b.notifiedOn(known.plusDays(source.choose(0, 30)));
      }
    }
    if (source.chance(0.2)) {
      b.rebuttalSubmittedOn(date(source));
    }
    Gen<CommissionDecision> decision = s -> CommissionDecision.of(Gens.enums(DecisionKind.class).generate(s), date(s));
    List<CommissionDecision> decisions = Gens.lists(decision, 0, 2).generate(source);
    return b.commissionDecisions(decisions).build();
  }
}
