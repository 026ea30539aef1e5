package io.github.gpai4j.evaluation;

import static org.junit.jupiter.api.Assertions.assertEquals;

import io.github.gpai4j.evaluation.classification.AudioOutputKind;
import io.github.gpai4j.evaluation.classification.Classification;
import io.github.gpai4j.evaluation.classification.ClassificationText;
import io.github.gpai4j.evaluation.classification.CommissionDecision;
import io.github.gpai4j.evaluation.classification.ComputeEstimate;
import io.github.gpai4j.evaluation.classification.DecisionKind;
import io.github.gpai4j.evaluation.classification.EstimationMethod;
import io.github.gpai4j.evaluation.classification.Fact;
import io.github.gpai4j.evaluation.classification.LicenceRestriction;
import io.github.gpai4j.core.Modality;
import io.github.gpai4j.evaluation.classification.ModelClassifier;
import io.github.gpai4j.evaluation.classification.ModelProfile;
import io.github.gpai4j.evaluation.classification.ModificationFacts;
import io.github.gpai4j.evaluation.classification.MonetisationSign;
import io.github.gpai4j.evaluation.classification.NarrowTask;
import io.github.gpai4j.evaluation.classification.OpenSourceFacts;
import io.github.gpai4j.evaluation.classification.ProviderEstablishment;
import io.github.gpai4j.evaluation.obligations.ObligationDeriver;
import io.github.gpai4j.evaluation.obligations.ObligationText;
import io.github.gpai4j.evaluation.testing.Samples;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;
import org.junit.jupiter.api.Test;

/**
 * The complete reason traces, in English (and for some profiles in French), of classification and obligations for
 * profiles that walk every branch of the rules, compared with reviewed files in {@code src/test/resources/golden}
 * (a conformance corpus: a changed trace is a changed explanation and must be reviewed). Regenerate with
 * {@code -Dgpai4j.golden.update=true} and review the diff.
 */
class ReasonTraceGoldenTest {

  private static final LocalDate AS_OF = LocalDate.of(2026, 11, 28);
  private static final Path GOLDEN = Path.of("src", "test", "resources", "golden");

  private static ComputeEstimate flop(String value) {
    return ComputeEstimate.of(value, EstimationMethod.MEASURED);
  }

  private static ModelProfile.Builder text(String value) {
    return ModelProfile.builder().modelName("M").providerName("P").providerEstablishment(ProviderEstablishment.UNION)
        .trainingCompute(flop(value)).addInputModalities(Modality.TEXT).addOutputModalities(Modality.TEXT)
        .unionPlacementDate(LocalDate.of(2026, 3, 2));
  }

  private static ModificationFacts.Builder mod(String value) {
    return ModificationFacts.builder().modificationCompute(flop(value));
  }

  private static OpenSourceFacts.Builder open() {
    return OpenSourceFacts.builder().licence("Apache-2.0").freeAccess(Fact.YES).freeUse(Fact.YES)
        .freeModification(Fact.YES).freeDistribution(Fact.YES).weightsPublic(Fact.YES).architecturePublic(Fact.YES)
        .usageInformationPublic(Fact.YES).monetised(Fact.NO);
  }

  private static CommissionDecision decision(DecisionKind k, int y, int m, int d) {
    return CommissionDecision.of(k, LocalDate.of(y, m, d));
  }

  private static Map<String, ModelProfile> profiles() throws Exception {
    Map<String, ModelProfile> p = new LinkedHashMap<>();
    p.put("frontier", Samples.profile("profile-frontier.json"));
    p.put("open-small", Samples.profile("profile-open-small.json"));
    p.put("empty", ModelProfile.builder().build());
    p.put("designated-annex-xiii-maintained", text("5E+24").addCommissionDecisions(
        decision(DecisionKind.DESIGNATION_ANNEX_XIII, 2025, 9, 1),
        decision(DecisionKind.REASSESSMENT_MAINTAINED, 2026, 4, 1)).build());
    p.put("designated-annex-xiii-presumed-earlier", text("3E+25").thresholdMetOn(LocalDate.of(2026, 1, 5))
        .addCommissionDecisions(decision(DecisionKind.DESIGNATION_ANNEX_XIII, 2026, 3, 1)).build());
    p.put("designated-failure-to-notify", text("3E+25").thresholdMetOn(LocalDate.of(2026, 1, 5))
        .addCommissionDecisions(decision(DecisionKind.DESIGNATION_FAILURE_TO_NOTIFY, 2026, 5, 4)).build());
    p.put("designated-failure-to-notify-date-unknown", text("3E+25").addCommissionDecisions(
        decision(DecisionKind.DESIGNATION_FAILURE_TO_NOTIFY, 2026, 5, 4)).build());
    p.put("designation-lifted", text("5E+24").addCommissionDecisions(
        decision(DecisionKind.DESIGNATION_ANNEX_XIII, 2025, 9, 1),
        decision(DecisionKind.REASSESSMENT_LIFTED, 2026, 4, 1)).build());
    p.put("designated-below-threshold", text("5E+24").addCommissionDecisions(
        decision(DecisionKind.DESIGNATION_ANNEX_XIII, 2026, 3, 10)).build());
    p.put("rebuttal-accepted", text("2E+25").thresholdMetOn(LocalDate.of(2026, 1, 5))
        .notifiedOn(LocalDate.of(2026, 1, 12)).addCommissionDecisions(
            decision(DecisionKind.REBUTTAL_ACCEPTED, 2026, 4, 1)).build());
    p.put("rebuttal-rejected", text("2E+25").thresholdMetOn(LocalDate.of(2026, 1, 5))
        .notifiedOn(LocalDate.of(2026, 1, 12)).addCommissionDecisions(
            decision(DecisionKind.REBUTTAL_REJECTED, 2026, 4, 1)).build());
    p.put("rebuttal-pending", text("2E+25").thresholdMetOn(LocalDate.of(2026, 1, 5))
        .notifiedOn(LocalDate.of(2026, 1, 30)).rebuttalSubmittedOn(LocalDate.of(2026, 1, 30)).build());
    p.put("estimate-decides", text("1.1E+25").trainingCompute(
        ComputeEstimate.of("1.1E+25", EstimationMethod.HARDWARE_BASED, "7.7E+24", "1.43E+25"))
        .thresholdKnownOn(LocalDate.of(2026, 6, 1)).build());
    p.put("estimate-lower-bound-exactly-threshold", text("1.1E+25").trainingCompute(
        ComputeEstimate.of("1.1E+25", EstimationMethod.HARDWARE_BASED, "1E+25", "1.2E+25"))
        .registeredEuBusinessUsers(9_999L).build());
    p.put("due-on-secondary-holiday", text("3E+25").unionPlacementDate(LocalDate.of(2026, 2, 2))
        .thresholdMetOn(LocalDate.of(2025, 12, 10)).notifiedOn(LocalDate.of(2026, 1, 5)).build());
    p.put("estimate-straddles", text("9E+24").trainingCompute(
        ComputeEstimate.of("9E+24", EstimationMethod.HARDWARE_BASED, "6.3E+24", "1.17E+25")).build());
    p.put("estimate-below-with-upper", text("5E+24").trainingCompute(
        ComputeEstimate.of("5E+24", EstimationMethod.HARDWARE_BASED, "4E+24", "6E+24")).build());
    p.put("gpai-criterion-straddles", text("9E+22").trainingCompute(
        ComputeEstimate.of("9E+22", EstimationMethod.HARDWARE_BASED, "7E+22", "1.2E+23")).build());
    p.put("parameter-update-compute", text("1.2E+25").parameterUpdateCompute(flop("5E+22")).build());
    p.put("generality-established-criterion-not-met", text("5E+22").significantGenerality(Fact.YES).build());
    p.put("generality-established-criterion-unknown", ModelProfile.builder().significantGenerality(Fact.YES).build());
    p.put("generality-rebutted-criterion-met", text("5E+24").significantGenerality(Fact.NO).build());
    p.put("generality-rebutted-criterion-unknown", ModelProfile.builder().significantGenerality(Fact.NO).build());
    p.put("generality-lacking-criterion-not-met", text("5E+22").significantGenerality(Fact.NO).build());
    p.put("narrow-transcription", text("1E+24").narrowTask(NarrowTask.SPEECH_TRANSCRIPTION).build());
    p.put("narrow-below-criterion", text("1E+22").narrowTask(NarrowTask.GAME_PLAYING).build());
    p.put("audio-music-only", ModelProfile.builder().trainingCompute(flop("2E+25"))
        .addInputModalities(Modality.AUDIO).addOutputModalities(Modality.AUDIO)
        .audioOutput(AudioOutputKind.NON_LANGUAGE_ONLY).build());
    p.put("audio-unstated", ModelProfile.builder().trainingCompute(flop("1E+24")).addOutputModalities(Modality.AUDIO)
        .build());
    p.put("text-to-image", ModelProfile.builder().trainingCompute(flop("1E+24")).addInputModalities(Modality.TEXT)
        .addOutputModalities(Modality.IMAGES).build());
    p.put("image-output-inputs-unstated", ModelProfile.builder().trainingCompute(flop("1E+24"))
        .addOutputModalities(Modality.VIDEO).build());
    p.put("image-to-image-above-threshold", ModelProfile.builder().trainingCompute(flop("2E+25"))
        .addInputModalities(Modality.IMAGES).addOutputModalities(Modality.IMAGES).build());
    p.put("modifier-base-known-above", ModelProfile.builder().modification(mod("1.1E+24")
        .baseModelCompute(flop("3E+24")).baseModelSystemicRisk(Fact.NO).build()).build());
    p.put("modifier-base-known-exactly-one-third", ModelProfile.builder().modification(mod("1E+24")
        .baseModelCompute(flop("3E+24")).build()).build());
    p.put("modifier-base-known-straddles", ModelProfile.builder().modification(ModificationFacts.builder()
        .modificationCompute(ComputeEstimate.of("1E+24", EstimationMethod.HARDWARE_BASED, "8E+23", "1.2E+24"))
        .baseModelCompute(flop("3E+24")).build()).build());
    p.put("modifier-fallback-systemic-above", ModelProfile.builder().modification(mod("4E+24")
        .baseModelSystemicRisk(Fact.YES).build()).thresholdMetOn(LocalDate.of(2026, 2, 2)).build());
    p.put("modifier-provider-third-country", ModelProfile.builder().modification(mod("4E+22")
        .baseModelSystemicRisk(Fact.NO).build()).providerEstablishment(ProviderEstablishment.THIRD_COUNTRY)
        .unionPlacementDate(LocalDate.of(2026, 3, 2)).openSource(open().freeUse(Fact.UNKNOWN).build()).build());
    p.put("modifier-undecided-base-not-systemic", ModelProfile.builder().trainingCompute(flop("5E+24"))
        .modification(ModificationFacts.builder()
            .modificationCompute(ComputeEstimate.of("1E+24", EstimationMethod.HARDWARE_BASED, "8E+23", "1.2E+24"))
            .baseModelCompute(flop("3E+24")).baseModelSystemicRisk(Fact.NO).build()).build());
    p.put("modifier-fallback-gpai-not-above", ModelProfile.builder().modification(mod("3E+22")
        .baseModelSystemicRisk(Fact.NO).build()).build());
    p.put("modifier-fallback-undecided-above-both", ModelProfile.builder().modification(mod("4E+24").build())
        .build());
    p.put("modifier-fallback-undecided-between", ModelProfile.builder().modification(mod("4E+23").build()).build());
    p.put("modifier-fallback-undecided-below-both", ModelProfile.builder().modification(mod("3E+22").build())
        .build());
    p.put("modifier-compute-unknown-base-known", ModelProfile.builder().modification(ModificationFacts.builder()
        .baseModelCompute(flop("3E+24")).baseModelSystemicRisk(Fact.YES).build()).build());
    p.put("modifier-compute-unknown", ModelProfile.builder().modification(ModificationFacts.builder().build())
        .build());
    p.put("legacy-model", text("3E+25").unionPlacementDate(LocalDate.of(2025, 3, 1))
        .thresholdMetOn(LocalDate.of(2025, 1, 10)).providerEstablishment(ProviderEstablishment.THIRD_COUNTRY)
        .build());
    p.put("placed-after-application-trigger-before", text("3E+25").unionPlacementDate(LocalDate.of(2025, 10, 1))
        .thresholdMetOn(LocalDate.of(2025, 7, 1)).notifiedOn(LocalDate.of(2025, 8, 18)).build());
    p.put("to-be-placed-trigger-before", text("3E+25").unionPlacementDate(LocalDate.of(2027, 1, 4))
        .thresholdMetOn(LocalDate.of(2025, 7, 1)).build());
    p.put("placement-unknown-trigger-before", text("3E+25").unionPlacementDate(null)
        .thresholdMetOn(LocalDate.of(2025, 7, 1)).build());
    p.put("notified-late", text("3E+25").thresholdMetOn(LocalDate.of(2026, 1, 12))
        .notifiedOn(LocalDate.of(2026, 2, 2)).build());
    p.put("overdue-holiday-unconfirmed", text("3E+25").thresholdMetOn(LocalDate.of(2026, 7, 7)).build());
    p.put("due-in-uncovered-year", text("3E+25").thresholdMetOn(LocalDate.of(2028, 3, 1)).build());
    p.put("two-working-days-rule", text("3E+25").thresholdMetOn(LocalDate.of(2026, 12, 17)).build());
    p.put("open-source-exempt", text("5E+23").openSource(open().build()).trainingContinues(Fact.NO)
        .smallOrMediumEnterprise(Fact.YES).build());
    p.put("open-source-indeterminate", text("5E+23").openSource(open().freeUse(Fact.UNKNOWN)
        .monetised(Fact.UNKNOWN).licence(null).build()).providerEstablishment(ProviderEstablishment.THIRD_COUNTRY)
        .build());
    p.put("open-source-monetised", text("5E+23").openSource(open().monetised(Fact.YES).freeAccess(Fact.NO).build())
        .build());
    p.put("open-source-signs", text("5E+23").openSource(open().addMonetisationSigns(MonetisationSign.DUAL_LICENSING)
        .addLicenceRestrictions(LicenceRestriction.USER_SCALE_LIMIT).build()).build());
    p.put("open-source-systemic-undecided", text("9E+24").trainingCompute(
        ComputeEstimate.of("9E+24", EstimationMethod.HARDWARE_BASED, "6.3E+24", "1.17E+25"))
        .openSource(open().build()).providerEstablishment(ProviderEstablishment.THIRD_COUNTRY).build());
    p.put("establishment-unknown-not-yet-placed", text("5E+23").providerEstablishment(ProviderEstablishment.UNKNOWN)
        .unionPlacementDate(null).placedOnUnionMarket(Fact.NO).build());
    p.put("far-future", text("3E+25").unionPlacementDate(LocalDate.MAX).thresholdMetOn(LocalDate.MAX)
        .providerEstablishment(ProviderEstablishment.THIRD_COUNTRY)
        .addCommissionDecisions(decision(DecisionKind.DESIGNATION_ANNEX_XIII, 2026, 1, 1)).build());
    return p;
  }

  private static String render(String name, ModelProfile p) {
    LocalDate asOf = name.equals("far-future") ? LocalDate.MAX : AS_OF;
    Classification c = ModelClassifier.withCurrentRules().classify(p, asOf);
    StringBuilder sb = new StringBuilder();
    sb.append(ClassificationText.render(c)).append("\n----\n")
        .append(ObligationText.render(ObligationDeriver.withCurrentRules().derive(p, c)));
    if (name.equals("frontier") || name.equals("modifier-base-known-above") || name.equals("legacy-model")
        || name.equals("open-source-indeterminate") || name.equals("two-working-days-rule")) {
      sb.append("\n----\n").append(ClassificationText.render(c, Locale.FRENCH)).append("\n----\n")
          .append(ObligationText.render(ObligationDeriver.withCurrentRules().derive(p, c), Locale.FRENCH));
    }
    return sb.toString();
  }

  /** Each profile's traces equal the reviewed golden file. */
  @Test
  void reason_traces_match_the_reviewed_golden_files() throws Exception {
    boolean update = Boolean.getBoolean("gpai4j.golden.update");
    for (Map.Entry<String, ModelProfile> e : profiles().entrySet()) {
      Path file = GOLDEN.resolve(e.getKey() + ".txt");
      String actual = render(e.getKey(), e.getValue());
      if (update) {
        Files.writeString(file, actual, StandardCharsets.UTF_8);
      } else {
        assertEquals(Files.readString(file, StandardCharsets.UTF_8), actual, e.getKey());
      }
    }
  }
}
