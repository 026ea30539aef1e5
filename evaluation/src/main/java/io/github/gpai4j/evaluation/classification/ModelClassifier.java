package io.github.gpai4j.evaluation.classification;

import io.github.gpai4j.core.Modality;
import static java.util.Objects.requireNonNull;

import io.github.gpai4j.core.Instrument;
import io.github.gpai4j.core.LegalBasis;
import io.github.gpai4j.evaluation.classification.ComputeEstimate.Position;
import io.github.gpai4j.evaluation.rules.GpaiRuleSet;
import io.github.gpai4j.evaluation.time.HolidayCalendar;
import io.github.gpai4j.evaluation.time.HolidayProvenance;
import io.github.gpai4j.evaluation.time.PublicHoliday;
import io.github.gpai4j.evaluation.time.TimeLimit;
import java.math.BigDecimal;
import java.time.DateTimeException;
import java.time.LocalDate;
import java.time.Period;
import java.time.format.TextStyle;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.jspecify.annotations.Nullable;

/**
 * Classifies a {@link ModelProfile} under Chapter V of Regulation (EU) 2024/1689 and the Commission guidelines on the
 * scope of the obligations for GPAI models (C(2025) 5045 of July 2025, issued as C(2025) 7719; cited by section), as
 * of a date, with the thresholds of one {@link GpaiRuleSet}.
 *
 * <p>The classifier is immutable, pure and thread-safe. It never throws because of what a profile says: a fact the
 * profile does not give yields {@code INDETERMINATE} (or an unknown blocker), never a guess, and a date beyond the
 * supported range is reported as such. Decisions it takes:
 *
 * <ul>
 *   <li><b>GPAI model</b> (guidelines, section 2.1): the indicative criterion is compute directly contributing to
 *       parameter updates greater than 10^23 FLOP and generating language (text, including code, or audio that is
 *       language, including speech), or text-to-image or text-to-video; {@link ModelProfile#significantGenerality()},
 *       when known, rebuts it either way; a narrow task the guidelines give as out of scope makes the model not a
 *       GPAI model; a modification of another provider's GPAI model and a Commission designation imply one.
 *   <li><b>Systemic risk</b> (Arts.&nbsp;51-52): only for a GPAI model (Art.&nbsp;51(1)). An active designation gives
 *       {@code DESIGNATED}; otherwise the latest rebuttal decision gives {@code REBUTTED} (accepted) or
 *       {@code PRESUMED} (rejected, Art.&nbsp;52(3)); otherwise a cumulative compute estimate strictly greater than
 *       10^25 FLOP (the estimate decides, guidelines section 2.3.2), or a modifier becoming provider of a model with
 *       systemic risk, gives {@code PRESUMED} (pending arguments do not suspend it); an estimate at or below 10^25
 *       whose interval reaches above, or an unknown compute, gives {@code INDETERMINATE}.
 *   <li><b>Open-source exemption</b> (Arts.&nbsp;53(2), 54(6), guidelines section 4): every condition must be known
 *       to hold; systemic risk cancels it.
 *   <li><b>Downstream modifier</b> (guidelines, section 3.2): modification compute strictly greater than one third
 *       of the original's, or of 10^25 (original with systemic risk) or 10^23 FLOP (otherwise) when the
 *       original's compute is unknown; decided exactly by cross-multiplication. A modifier of a model without
 *       systemic risk is tested against Art.&nbsp;51(2) with the profile's cumulative compute, which includes the
 *       original's compute used for initialisation (annex to the guidelines); whether the guidelines intend that
 *       for modifiers is UNCONFIRMED.
 *   <li><b>Notification</b> (Art.&nbsp;52(1)): due two weeks after the earlier of the dates the condition was met and
 *       became known to be met, but not before Chapter V applied (guidelines, section 5.3 for models not yet placed
 *       on 2 August 2025), with the following working day when the last day is not one (Art.&nbsp;3(4) of Regulation
 *       No 1182/71, an interpretation); by 2 August 2027 for models placed before 2 August 2025 (Art.&nbsp;111(3)).
 *   <li><b>Reassessment</b> (Art.&nbsp;52(5)): no earlier than six months after a designation under Art.&nbsp;52(4) or the
 *       latest decision maintaining it; not for a designation under Art.&nbsp;52(1) for failing to notify.
 * </ul>
 *
 * <p>Commission decisions and the notification dated after the evaluation date are ignored. Reason texts are
 * rendered in English and, through {@link Reason#text(java.util.Locale)}, in French.
 *
 * @since 0.1.0
 */
public final class ModelClassifier {

  private static final LegalBasis GL_GPAI = LegalBasis.section(Instrument.COMMISSION_GUIDELINES, "2.1");
  private static final LegalBasis GL_SYSTEMIC = LegalBasis.section(Instrument.COMMISSION_GUIDELINES, "2.3");
  private static final LegalBasis GL_MODIFIER = LegalBasis.section(Instrument.COMMISSION_GUIDELINES, "3.2");
  private static final LegalBasis GL_OPEN_SOURCE = LegalBasis.section(Instrument.COMMISSION_GUIDELINES, "4");
  private static final LegalBasis GL_TRANSITION = LegalBasis.section(Instrument.COMMISSION_GUIDELINES, "5.3");

  private final GpaiRuleSet rules;

  /**
   * Returns a classifier applying the given rule set.
   *
   * @param rules the rule set, not null
   * @throws NullPointerException if the rule set is null
   */
  public ModelClassifier(GpaiRuleSet rules) {
    this.rules = requireNonNull(rules, "rules");
  }

  /**
   * Returns a classifier applying {@link GpaiRuleSet#current()}.
   *
   * @return the classifier
   */
  public static ModelClassifier withCurrentRules() {
    return new ModelClassifier(GpaiRuleSet.current());
  }

  /**
   * Returns the rule set this classifier applies.
   *
   * @return the rule set, never null
   */
  public GpaiRuleSet ruleSet() {
    return rules;
  }

  /**
   * Classifies a model as of a date.
   *
   * @param profile the facts about the model, not null
   * @param asOf the evaluation date, not null; later decisions and notifications are ignored
   * @return the classification, never null
   * @throws NullPointerException if an argument is null
   */
  public Classification classify(ModelProfile profile, LocalDate asOf) {
    requireNonNull(profile, "profile");
    requireNonNull(asOf, "asOf");
    Decisions decisions = Decisions.of(profile.commissionDecisions(), asOf);
    ModifierAssessment modifier = assessModifier(profile);
    GpaiModelAssessment gpai = assessGpai(profile, decisions);
    Fact presumption = presumption(profile, modifier);
    SystemicRiskAssessment systemic = assessSystemic(profile, decisions, modifier, presumption, gpai, asOf);
    OpenSourceAssessment openSource = assessOpenSource(profile, systemic);
    NotificationAssessment notification =
        assessNotification(profile, gpai, modifier, decisions, presumption, asOf);
    ReassessmentAssessment reassessment = assessReassessment(decisions);
    return new Classification(rules.id(), asOf, profile.providerName(), profile.modelName(), gpai, systemic,
        openSource, modifier, notification, reassessment);
  }

  // ---------------------------------------------------------------- GPAI model

  private GpaiModelAssessment assessGpai(ModelProfile p, Decisions d) {
    List<Reason> rs = new ArrayList<>();
    BigDecimal threshold = rules.gpaiIndicativeCompute().flop();
    Fact compute = criterionCompute(p, threshold, rs);
    Fact modality = generativeModality(p, rs);
    Fact criterion = compute.and(modality);
    Fact generality = p.significantGenerality();
    NarrowTask narrow = p.narrowTask();
    GpaiModelStatus status;
    if (d.activeDesignation != null) {
      status = GpaiModelStatus.GPAI_MODEL;
      rs.add(Reason.of(ReasonCode.GPAI_DESIGNATED, d.designationBasis(), "gpai.designated",
          d.activeDesignation));
    } else if (generality.isYes()) {
      status = GpaiModelStatus.GPAI_MODEL;
      rs.add(criterion.isYes()
          ? Reason.of(ReasonCode.GPAI_CRITERION_MET, LegalBasis.article(3, "63"), "gpai.generality.confirmed")
          : Reason.of(ReasonCode.GPAI_GENERALITY_ESTABLISHED, LegalBasis.article(3, "63"), criterion.isNo()
              ? "gpai.generality.established.notMet" : "gpai.generality.established.unknown"));
    } else if (generality.isNo()) {
      status = GpaiModelStatus.NOT_GPAI_MODEL;
      rs.add(criterion.isNo()
          ? Reason.of(ReasonCode.GPAI_CRITERION_NOT_MET, LegalBasis.article(3, "63"), "gpai.generality.lacking")
          : Reason.of(ReasonCode.GPAI_GENERALITY_REBUTTED, LegalBasis.article(3, "63"), criterion.isYes()
              ? "gpai.generality.rebutted.met" : "gpai.generality.rebutted"));
    } else if (narrow != null) {
      status = GpaiModelStatus.NOT_GPAI_MODEL;
      rs.add(Reason.of(ReasonCode.GPAI_NARROW_TASK, GL_GPAI, "gpai.narrowTask", narrow));
    } else if (p.modification() != null) {
      status = GpaiModelStatus.GPAI_MODEL;
      rs.add(Reason.of(ReasonCode.GPAI_MODIFIED_MODEL, GL_MODIFIER, "gpai.modified"));
    } else if (criterion.isYes()) {
      status = GpaiModelStatus.GPAI_MODEL;
      rs.add(Reason.of(ReasonCode.GPAI_CRITERION_MET, GL_GPAI, "gpai.criterion.met", threshold));
    } else if (criterion.isNo()) {
      status = GpaiModelStatus.NOT_GPAI_MODEL;
      rs.add(Reason.of(ReasonCode.GPAI_CRITERION_NOT_MET, GL_GPAI, "gpai.criterion.notMet"));
    } else {
      status = GpaiModelStatus.INDETERMINATE;
      rs.add(Reason.of(ReasonCode.GPAI_INDETERMINATE, GL_GPAI, "gpai.indeterminate"));
    }
    return new GpaiModelAssessment(status, criterion, rs);
  }

  /**
   * The compute part of the indicative criterion, tested with the compute directly contributing to parameter
   * updates (annex to the guidelines); the cumulative figure decides it exactly only when it is not above 10^23.
   */
  private static Fact criterionCompute(ModelProfile p, BigDecimal threshold, List<Reason> rs) {
    ComputeEstimate direct = p.parameterUpdateCompute();
    ComputeEstimate cumulative = p.trainingCompute();
    ComputeEstimate c = direct != null ? direct : cumulative;
    if (c == null) {
      rs.add(Reason.of(ReasonCode.GPAI_COMPUTE_UNKNOWN, GL_GPAI, "gpai.compute.unknown", threshold));
      return Fact.UNKNOWN;
    }
    Position pos = c.positionRelativeTo(threshold);
    ReasonCode code = switch (pos) {
      case ABOVE -> ReasonCode.GPAI_COMPUTE_ABOVE;
      case NOT_ABOVE -> ReasonCode.GPAI_COMPUTE_NOT_ABOVE;
      case STRADDLES -> ReasonCode.GPAI_COMPUTE_STRADDLES;
    };
    rs.add(compare(code, GL_GPAI, direct != null ? "gpai.compute.direct." : "gpai.compute.cumulative.", c, threshold,
        pos));
    if (direct == null && pos != Position.NOT_ABOVE) {
      rs.add(Reason.of(ReasonCode.GPAI_COMPUTE_FROM_CUMULATIVE, GL_GPAI, "gpai.compute.fromCumulative"));
    }
    return pos == Position.ABOVE ? Fact.YES : pos == Position.NOT_ABOVE ? Fact.NO : Fact.UNKNOWN;
  }

  private static Fact generativeModality(ModelProfile p, List<Reason> rs) {
    Set<Modality> in = p.inputModalities();
    Set<Modality> out = p.outputModalities();
    boolean audio = out.contains(Modality.AUDIO);
    AudioOutputKind kind = p.audioOutput();
    if (out.contains(Modality.TEXT) || audio && kind == AudioOutputKind.LANGUAGE) {
      rs.add(Reason.of(ReasonCode.GPAI_MODALITY_LANGUAGE, GL_GPAI, "gpai.modality.language", out));
      return Fact.YES;
    }
    boolean visual = out.contains(Modality.IMAGES) || out.contains(Modality.VIDEO);
    if (visual && in.contains(Modality.TEXT)) {
      rs.add(Reason.of(ReasonCode.GPAI_MODALITY_TEXT_TO_VISUAL, GL_GPAI, "gpai.modality.textToVisual", out, in));
      return Fact.YES;
    }
    if (audio && kind == AudioOutputKind.UNKNOWN) {
      rs.add(Reason.of(ReasonCode.GPAI_MODALITY_UNKNOWN, GL_GPAI, "gpai.modality.audioUnknown"));
      return Fact.UNKNOWN;
    }
    if (out.isEmpty() || visual && in.isEmpty()) {
      rs.add(Reason.of(ReasonCode.GPAI_MODALITY_UNKNOWN, GL_GPAI,
          out.isEmpty() ? "gpai.modality.outputUnknown" : "gpai.modality.inputUnknown"));
      return Fact.UNKNOWN;
    }
    rs.add(Reason.of(ReasonCode.GPAI_MODALITY_OTHER, GL_GPAI,
        audio ? "gpai.modality.otherAudio" : "gpai.modality.other", in, out));
    return Fact.NO;
  }

  // ---------------------------------------------------------------- systemic risk

  private Fact presumption(ModelProfile p, ModifierAssessment m) {
    ComputeEstimate c = p.trainingCompute();
    Fact compute = Fact.UNKNOWN;
    if (c != null) {
      Position pos = c.positionRelativeTo(rules.systemicRiskPresumptionCompute().flop());
      compute = pos == Position.ABOVE ? Fact.YES : pos == Position.NOT_ABOVE ? Fact.NO : Fact.UNKNOWN;
    }
    return compute.or(modifierPresumption(p, m));
  }

  private static Fact modifierPresumption(ModelProfile p, ModifierAssessment m) {
    ModificationFacts mf = p.modification();
    if (mf == null) {
      return Fact.NO;
    }
    return switch (m.status()) {
      case PROVIDER_OF_MODIFIED_MODEL -> mf.baseModelSystemicRisk();
      case INDETERMINATE -> mf.baseModelSystemicRisk().isNo() ? Fact.NO : Fact.UNKNOWN;
      case NOT_PROVIDER, NOT_A_MODIFICATION -> Fact.NO;
    };
  }

  private static Fact isGpai(GpaiModelAssessment g) {
    return switch (g.status()) {
      case GPAI_MODEL -> Fact.YES;
      case NOT_GPAI_MODEL -> Fact.NO;
      case INDETERMINATE -> Fact.UNKNOWN;
    };
  }

  private SystemicRiskAssessment assessSystemic(ModelProfile p, Decisions d, ModifierAssessment m, Fact presumption,
      GpaiModelAssessment gpai, LocalDate asOf) {
    List<Reason> rs = new ArrayList<>();
    BigDecimal threshold = rules.systemicRiskPresumptionCompute().flop();
    ComputeEstimate c = p.trainingCompute();
    if (c == null) {
      rs.add(Reason.of(ReasonCode.SR_COMPUTE_UNKNOWN, LegalBasis.article(51, "2"), "sr.compute.unknown", threshold));
    } else {
      Position pos = c.positionRelativeTo(threshold);
      ReasonCode code = switch (pos) {
        case ABOVE -> ReasonCode.SR_COMPUTE_ABOVE;
        case NOT_ABOVE -> ReasonCode.SR_COMPUTE_NOT_ABOVE;
        case STRADDLES -> ReasonCode.SR_COMPUTE_STRADDLES;
      };
      rs.add(compare(code, LegalBasis.article(51, "2"), "sr.compute.", c, threshold, pos));
      if (pos == Position.ABOVE && c.lowerEnd().compareTo(threshold) <= 0) {
        rs.add(Reason.of(ReasonCode.SR_ESTIMATE_DECIDES, GL_SYSTEMIC, "sr.estimateDecides", threshold,
            c.lowerEnd()));
      }
    }
    ModificationFacts mf = p.modification();
    if (mf != null && m.status() != ModifierStatus.NOT_PROVIDER) {
      Fact base = mf.baseModelSystemicRisk();
      if (base.isYes()) {
        rs.add(Reason.of(ReasonCode.SR_MODIFIER_OF_SYSTEMIC_MODEL, GL_MODIFIER,
            m.status() == ModifierStatus.PROVIDER_OF_MODIFIED_MODEL ? "sr.modifier.provider" : "sr.modifier.undecided"));
      } else if (base.isUnknown()) {
        rs.add(Reason.of(ReasonCode.SR_MODIFIER_BASE_UNKNOWN, GL_MODIFIER, "sr.modifier.baseUnknown"));
      }
    }
    Fact reach = Fact.UNKNOWN;
    Long users = p.registeredEuBusinessUsers();
    if (users != null) {
      reach = Fact.of(rules.reachPresumed(users));
      rs.add(Reason.of(reach.isYes() ? ReasonCode.SR_REACH_PRESUMED : ReasonCode.SR_REACH_NOT_PRESUMED,
          LegalBasis.annex("XIII", "f"), reach.isYes() ? "sr.reach.presumed" : "sr.reach.notPresumed", users,
          rules.reachPresumptionBusinessUsers()));
    }
    if (d.liftedOn != null && d.activeDesignation == null) {
      rs.add(Reason.of(ReasonCode.SR_DESIGNATION_LIFTED, LegalBasis.article(52, "5"), "sr.lifted", d.liftedOn));
    }
    Fact gpaiModel = isGpai(gpai);
    SystemicRiskStatus status;
    LocalDate since = null;
    LocalDate met = p.thresholdMetOn();
    if (d.activeDesignation != null) {
      status = SystemicRiskStatus.DESIGNATED;
      since = d.activeDesignation;
      if (d.activeKind == DecisionKind.DESIGNATION_FAILURE_TO_NOTIFY) {
        rs.add(Reason.of(ReasonCode.SR_DESIGNATED_FAILURE_TO_NOTIFY, LegalBasis.article(52, "1"),
            "sr.designated.failureToNotify", since));
        if (met != null && met.isBefore(since)) {
          since = met;
        } else if (met == null) {
          since = null;
        }
      } else {
        rs.add(Reason.of(ReasonCode.SR_DESIGNATED, LegalBasis.article(52, "4"), "sr.designated.annexXiii", since));
        if (presumption.isYes() && met != null && met.isBefore(since)) {
          // Art. 51(1)(a) with 51(2) makes the model one with systemic risk from when the condition is met; a later
          // designation does not move that date. Guidelines section 2.3: obligations apply from then.
          since = met;
          rs.add(Reason.of(ReasonCode.SR_PRESUMED_BEFORE_DESIGNATION, LegalBasis.article(51, "2"),
              "sr.presumedBeforeDesignation", met));
        }
      }
    } else if (d.rebuttal != null && d.rebuttal.kind() == DecisionKind.REBUTTAL_REJECTED) {
      status = SystemicRiskStatus.PRESUMED;
      since = met;
      rs.add(Reason.of(ReasonCode.SR_REBUTTAL_REJECTED, LegalBasis.article(52, "3"), "sr.rebuttal.rejected",
          d.rebuttal.date()));
    } else if (d.rebuttal != null) {
      status = SystemicRiskStatus.REBUTTED;
      since = d.rebuttal.date();
      rs.add(Reason.of(ReasonCode.SR_REBUTTAL_ACCEPTED, GL_SYSTEMIC, "sr.rebuttal.accepted", since));
    } else if (gpaiModel.isNo()) {
      status = SystemicRiskStatus.NOT_PRESUMED;
      rs.add(Reason.of(ReasonCode.SR_NOT_GPAI_MODEL, LegalBasis.article(51, "1"),
          presumption.isNo() ? "sr.notGpai" : "sr.notGpai.whateverCompute"));
    } else if (presumption.isYes() && gpaiModel.isYes()) {
      status = SystemicRiskStatus.PRESUMED;
      since = met;
      LocalDate submitted = p.rebuttalSubmittedOn();
      if (submitted != null && !submitted.isAfter(asOf)) {
        rs.add(Reason.of(ReasonCode.SR_REBUTTAL_PENDING, GL_SYSTEMIC, "sr.rebuttal.pending", submitted));
      }
    } else if (presumption.isNo()) {
      status = SystemicRiskStatus.NOT_PRESUMED;
    } else {
      status = SystemicRiskStatus.INDETERMINATE;
      since = met;
      rs.add(Reason.of(ReasonCode.SR_INDETERMINATE, LegalBasis.article(51, "2"),
          presumption.isYes() ? "sr.indeterminate.gpaiUndecided" : "sr.indeterminate"));
    }
    return new SystemicRiskAssessment(status, since, reach, rs);
  }

  // ---------------------------------------------------------------- open source

  private OpenSourceAssessment assessOpenSource(ModelProfile p, SystemicRiskAssessment systemic) {
    OpenSourceFacts o = p.openSource();
    List<ExemptionBlocker> bs = new ArrayList<>();
    if (!o.licenceRestrictions().isEmpty()) {
      bs.add(ExemptionBlocker.of(ExemptionCondition.NO_DISQUALIFYING_LICENCE_TERMS, Fact.NO, "oss.blocker.terms",
          licence(o), o.licenceRestrictions()));
    }
    condition(bs, ExemptionCondition.FREE_ACCESS, o.freeAccess(), o);
    condition(bs, ExemptionCondition.FREE_USE, o.freeUse(), o);
    condition(bs, ExemptionCondition.FREE_MODIFICATION, o.freeModification(), o);
    condition(bs, ExemptionCondition.FREE_DISTRIBUTION, o.freeDistribution(), o);
    condition(bs, ExemptionCondition.WEIGHTS_PUBLIC, o.weightsPublic(), o);
    condition(bs, ExemptionCondition.ARCHITECTURE_PUBLIC, o.architecturePublic(), o);
    condition(bs, ExemptionCondition.USAGE_INFORMATION_PUBLIC, o.usageInformationPublic(), o);
    if (!o.monetisationSigns().isEmpty()) {
      bs.add(ExemptionBlocker.of(ExemptionCondition.NOT_MONETISED, Fact.NO, "oss.blocker.monetisationSigns",
          o.monetisationSigns()));
    } else if (o.monetised().isYes()) {
      bs.add(ExemptionBlocker.of(ExemptionCondition.NOT_MONETISED, Fact.NO, "oss.blocker.monetised"));
    } else if (o.monetised().isUnknown()) {
      bs.add(ExemptionBlocker.of(ExemptionCondition.NOT_MONETISED, Fact.UNKNOWN, "oss.blocker.monetisedUnknown"));
    }
    Fact systemicRisk = systemic.systemicRisk();
    if (systemicRisk.isYes()) {
      bs.add(ExemptionBlocker.of(ExemptionCondition.NO_SYSTEMIC_RISK, Fact.NO, "oss.blocker.systemicRisk",
          systemic.status()));
    } else if (systemicRisk.isUnknown()) {
      bs.add(ExemptionBlocker.of(ExemptionCondition.NO_SYSTEMIC_RISK, Fact.UNKNOWN,
          "oss.blocker.systemicRiskUnknown"));
    }
    long definite = bs.stream().filter(ExemptionBlocker::definite).count();
    ExemptionStatus status = definite > 0 ? ExemptionStatus.NOT_EXEMPT
        : bs.isEmpty() ? ExemptionStatus.EXEMPT : ExemptionStatus.INDETERMINATE;
    Reason summary = switch (status) {
      case EXEMPT -> Reason.of(ReasonCode.OSS_EXEMPT, LegalBasis.article(53, "2"), "oss.exempt", licence(o));
      case NOT_EXEMPT -> Reason.of(ReasonCode.OSS_NOT_EXEMPT, LegalBasis.article(53, "2"), "oss.notExempt", definite);
      case INDETERMINATE -> Reason.of(ReasonCode.OSS_INDETERMINATE, LegalBasis.article(53, "2"), "oss.indeterminate", bs.size());
    };
    return new OpenSourceAssessment(status, bs, List.of(summary));
  }

  private static void condition(List<ExemptionBlocker> bs, ExemptionCondition c, Fact f, OpenSourceFacts o) {
    if (f.isNo()) {
      bs.add(ExemptionBlocker.of(c, Fact.NO, "oss.blocker.notGranted", licence(o), "GRANT_" + c.name()));
    } else if (f.isUnknown()) {
      bs.add(ExemptionBlocker.of(c, Fact.UNKNOWN, "oss.blocker.grantUnknown", "GRANT_" + c.name()));
    }
  }

  private static String licence(OpenSourceFacts o) {
    String l = o.licence();
    return l == null ? "" : " (" + l + ")";
  }

  // ---------------------------------------------------------------- modifier

  private ModifierAssessment assessModifier(ModelProfile p) {
    ModificationFacts mf = p.modification();
    List<Reason> rs = new ArrayList<>();
    if (mf == null) {
      rs.add(Reason.of(ReasonCode.MOD_NOT_A_MODIFICATION, GL_MODIFIER, "mod.notAModification"));
      return new ModifierAssessment(ModifierStatus.NOT_A_MODIFICATION, null, null, rs);
    }
    ComputeEstimate mod = mf.modificationCompute();
    ComputeEstimate base = mf.baseModelCompute();
    String fraction = rules.modificationFractionNumerator() + "/" + rules.modificationFractionDenominator();
    if (mod == null) {
      rs.add(Reason.of(ReasonCode.MOD_COMPUTE_UNKNOWN, GL_MODIFIER, "mod.compute.unknown", fraction));
      return new ModifierAssessment(ModifierStatus.INDETERMINATE, base != null
          ? ModificationReference.ORIGINAL_MODEL_COMPUTE : null, base != null ? base.flop() : null, rs);
    }
    if (base != null) {
      Fact above = exceeds(mod, base.lowerEnd(), base.upperEnd());
      rs.add(Reason.of(above.isYes() ? ReasonCode.MOD_ABOVE_FRACTION
              : above.isNo() ? ReasonCode.MOD_NOT_ABOVE_FRACTION : ReasonCode.MOD_STRADDLES_FRACTION, GL_MODIFIER,
          "mod.compared." + key(above), mod, fraction, base, fractionArgs(mod, base.lowerEnd(), base.upperEnd(),
              above)));
      return modifierResult(above, ModificationReference.ORIGINAL_MODEL_COMPUTE, base.flop(), rs);
    }
    Fact baseSystemic = mf.baseModelSystemicRisk();
    BigDecimal sr = rules.systemicRiskPresumptionCompute().flop();
    BigDecimal gpai = rules.gpaiIndicativeCompute().flop();
    if (!baseSystemic.isUnknown()) {
      BigDecimal ref = baseSystemic.isYes() ? sr : gpai;
      ModificationReference kind = baseSystemic.isYes()
          ? ModificationReference.FALLBACK_SYSTEMIC_RISK_THRESHOLD : ModificationReference.FALLBACK_GPAI_THRESHOLD;
      Fact above = exceeds(mod, ref, ref);
      rs.add(Reason.of(above.isYes() ? ReasonCode.MOD_ABOVE_FRACTION
              : above.isNo() ? ReasonCode.MOD_NOT_ABOVE_FRACTION : ReasonCode.MOD_STRADDLES_FRACTION, GL_MODIFIER,
          (baseSystemic.isYes() ? "mod.fallback.systemic." : "mod.fallback.gpai.") + key(above), ref, mod, fraction,
          fractionArgs(mod, ref, ref, above)));
      return modifierResult(above, kind, ref, rs);
    }
    Fact aboveHigh = exceeds(mod, sr, sr);
    Fact aboveLow = exceeds(mod, gpai, gpai);
    Fact above = aboveHigh.isYes() ? Fact.YES : aboveLow.isNo() ? Fact.NO : Fact.UNKNOWN;
    rs.add(Reason.of(above.isYes() ? ReasonCode.MOD_ABOVE_FRACTION
            : above.isNo() ? ReasonCode.MOD_NOT_ABOVE_FRACTION : ReasonCode.MOD_FALLBACK_UNDECIDED, GL_MODIFIER,
        "mod.fallback.undecided." + key(above), mod, fraction, sr, gpai));
    return modifierResult(above, ModificationReference.FALLBACK_UNDECIDED, null, rs);
  }

  private Fact exceeds(ComputeEstimate mod, BigDecimal refLower, BigDecimal refUpper) {
    if (rules.exceedsModificationFraction(mod.lowerEnd(), refUpper)) {
      return Fact.YES;
    }
    if (!rules.exceedsModificationFraction(mod.upperEnd(), refLower)) {
      return Fact.NO;
    }
    return Fact.UNKNOWN;
  }

  /** The exact comparison by cross-multiplication, as numbers and symbols only. */
  private String fractionArgs(ComputeEstimate mod, BigDecimal refLower, BigDecimal refUpper, Fact above) {
    BigDecimal den = BigDecimal.valueOf(rules.modificationFractionDenominator());
    BigDecimal num = BigDecimal.valueOf(rules.modificationFractionNumerator());
    if (above.isYes()) {
      return den + " × " + mod.lowerEnd() + " = " + den.multiply(mod.lowerEnd()) + " > " + num + " × " + refUpper
          + " FLOP";
    }
    if (above.isNo()) {
      return den + " × " + mod.upperEnd() + " = " + den.multiply(mod.upperEnd()) + " <= " + num + " × " + refLower
          + " FLOP";
    }
    return den + " × " + mod.lowerEnd() + " <= " + num + " × " + refUpper + "; " + den + " × " + mod.upperEnd()
        + " > " + num + " × " + refLower;
  }

  private static String key(Fact above) {
    return above.isYes() ? "above" : above.isNo() ? "notAbove" : "straddles";
  }

  private static ModifierAssessment modifierResult(
      Fact above, ModificationReference kind, @Nullable BigDecimal ref, List<Reason> rs) {
    ModifierStatus status = above.isYes() ? ModifierStatus.PROVIDER_OF_MODIFIED_MODEL
        : above.isNo() ? ModifierStatus.NOT_PROVIDER : ModifierStatus.INDETERMINATE;
    if (status == ModifierStatus.PROVIDER_OF_MODIFIED_MODEL) {
      rs.add(Reason.of(ReasonCode.MOD_PROVIDER, LegalBasis.recital(109), "mod.provider"));
    } else if (status == ModifierStatus.NOT_PROVIDER) {
      rs.add(Reason.of(ReasonCode.MOD_NOT_PROVIDER, GL_MODIFIER, "mod.notProvider"));
    }
    return new ModifierAssessment(status, kind, ref, rs);
  }

  // ---------------------------------------------------------------- notification

  private NotificationAssessment assessNotification(ModelProfile p, GpaiModelAssessment gpai,
      ModifierAssessment m, Decisions d, Fact presumption, LocalDate asOf) {
    List<Reason> rs = new ArrayList<>();
    LegalBasis basis = LegalBasis.article(52, "1");
    Fact required;
    if (gpai.status() == GpaiModelStatus.NOT_GPAI_MODEL) {
      required = Fact.NO;
      rs.add(Reason.of(ReasonCode.NOTIFY_NOT_REQUIRED, basis, "notify.notGpai"));
    } else if (m.status() == ModifierStatus.NOT_PROVIDER) {
      required = Fact.NO;
      rs.add(Reason.of(ReasonCode.NOTIFY_NOT_REQUIRED, GL_MODIFIER, "notify.notProvider"));
    } else if (d.rebuttal != null) {
      required = Fact.YES;
      rs.add(Reason.of(ReasonCode.NOTIFY_REQUIRED, basis, "notify.required.rebuttal"));
    } else if (d.activeKind == DecisionKind.DESIGNATION_FAILURE_TO_NOTIFY) {
      required = Fact.YES;
      rs.add(Reason.of(ReasonCode.NOTIFY_REQUIRED, basis, "notify.required.designated"));
    } else {
      required = presumption.and(isGpai(gpai));
      rs.add(Reason.of(required.isYes() ? ReasonCode.NOTIFY_REQUIRED
              : required.isNo() ? ReasonCode.NOTIFY_NOT_REQUIRED : ReasonCode.NOTIFY_INDETERMINATE, basis,
          required.isYes() ? "notify.required" : required.isNo()
              ? (d.activeDesignation != null ? "notify.notRequired.designated" : "notify.notRequired")
              : "notify.indeterminate"));
      ComputeEstimate c = p.trainingCompute();
      if (required.isUnknown() && c != null
          && c.positionRelativeTo(rules.systemicRiskPresumptionCompute().flop()) == Position.STRADDLES) {
        rs.add(Reason.of(ReasonCode.NOTIFY_ADVISABLE, GL_SYSTEMIC, "notify.advisable",
            rules.systemicRiskPresumptionCompute().flop()));
      }
    }
    LocalDate notified = p.notifiedOn();
    if (notified != null && notified.isAfter(asOf)) {
      notified = null;
    }
    if (required.isNo()) {
      return new NotificationAssessment(NotificationStatus.NOT_REQUIRED, required, null, null, null, notified, rs);
    }
    LocalDate trigger = earlier(p.thresholdMetOn(), p.thresholdKnownOn());
    LocalDate due = null;
    LocalDate extended = null;
    if (trigger == null) {
      rs.add(Reason.of(ReasonCode.NOTIFY_TRIGGER_UNKNOWN, basis, "notify.triggerUnknown",
          rules.notificationPeriod().getDays()));
    } else {
      LocalDate placed = p.unionPlacementDate();
      LocalDate application = rules.chapterFiveApplicationDate();
      boolean legacy = placed != null && rules.isLegacyPlacement(placed);
      LocalDate from = trigger.isBefore(application) ? application : trigger;
      Optional<TimeLimit> limit = rules.notificationTimeLimit(from);
      if (limit.isEmpty()) {
        trigger = from;
        rs.add(Reason.of(ReasonCode.DATE_OUT_OF_RANGE, basis, "date.outOfRange.notification", from, LocalDate.MAX));
      } else if (legacy && limit.get().lastDay().isBefore(rules.legacyComplianceDeadline())) {
        trigger = from;
        due = rules.legacyComplianceDeadline();
        rs.add(Reason.of(ReasonCode.NOTIFY_LEGACY_DEADLINE, LegalBasis.article(111, "3"), "notify.legacy", placed,
            application, due));
      } else {
        if (trigger.isBefore(application)) {
          rs.add(Reason.of(ReasonCode.NOTIFY_TRIGGER_BEFORE_APPLICATION, GL_TRANSITION,
              placed == null ? "notify.beforeApplication" : placed.isAfter(asOf)
                  ? "notify.beforeApplication.toBePlaced" : "notify.beforeApplication.placed",
              trigger, application, placed));
          trigger = application;
        }
        TimeLimit t = limit.get();
        due = t.lastDay();
        extended = t.extendedLastDay();
        rs.add(Reason.of(ReasonCode.NOTIFY_DUE, basis, "notify.due", due, trigger,
            rules.notificationPeriod().getDays(), orUnknown(p.thresholdMetOn()), orUnknown(p.thresholdKnownOn())));
        if (extended != null) {
          rs.add(nonWorkingDay(due, extended, t.calendarName()));
        }
        if (!t.holidaysKnown()) {
          rs.add(Reason.of(ReasonCode.NOTIFY_HOLIDAYS_UNKNOWN, LegalBasis.article(52, "1"), "notify.holidaysUnknown",
              t.calendarName(), String.valueOf(t.latestDay().getYear())));
        }
      }
    }
    LocalDate latest = extended != null ? extended : due;
    NotificationStatus status;
    if (required.isUnknown()) {
      status = NotificationStatus.INDETERMINATE;
    } else if (notified != null) {
      status = latest == null || !notified.isAfter(latest) ? NotificationStatus.NOTIFIED
          : NotificationStatus.NOTIFIED_LATE;
      boolean onExtension = due != null && notified.isAfter(due) && status == NotificationStatus.NOTIFIED;
      rs.add(Reason.of(status == NotificationStatus.NOTIFIED ? ReasonCode.NOTIFY_DONE : ReasonCode.NOTIFY_LATE,
          basis, latest == null ? "notify.done" : status == NotificationStatus.NOTIFIED
              ? (onExtension ? "notify.done.extended" : "notify.done.inTime") : "notify.late", notified, latest, due));
    } else if (latest == null) {
      status = NotificationStatus.DUE_DATE_UNKNOWN;
    } else if (asOf.isAfter(latest)) {
      status = NotificationStatus.OVERDUE;
      rs.add(Reason.of(ReasonCode.NOTIFY_OVERDUE, basis, "notify.overdue", asOf, latest));
    } else {
      status = NotificationStatus.PENDING;
    }
    return new NotificationAssessment(status, required, trigger, due, extended, notified, rs);
  }

  // ---------------------------------------------------------------- reassessment

  private ReassessmentAssessment assessReassessment(Decisions d) {
    LegalBasis basis = LegalBasis.article(52, "5");
    if (d.activeDesignation == null || d.lastMaintained == null) {
      return new ReassessmentAssessment(null, null, List.of(Reason.of(ReasonCode.REASSESS_NOT_DESIGNATED, basis,
          "reassess.notDesignated")));
    }
    if (d.activeKind != DecisionKind.DESIGNATION_ANNEX_XIII) {
      return new ReassessmentAssessment(null, null, List.of(Reason.of(ReasonCode.REASSESS_NOT_AVAILABLE, basis,
          "reassess.notAvailable")));
    }
    LocalDate from = d.lastMaintained;
    LocalDate earliest = plusOrNull(from, rules.reassessmentWaitingPeriod());
    if (earliest == null) {
      return new ReassessmentAssessment(from, null, List.of(Reason.of(ReasonCode.DATE_OUT_OF_RANGE, basis, "date.outOfRange.reassessment", from,
          LocalDate.MAX)));
    }
    return new ReassessmentAssessment(from, earliest, List.of(Reason.of(ReasonCode.REASSESS_EARLIEST, basis,
        "reassess.earliest", earliest, from, rules.reassessmentWaitingPeriod().getMonths())));
  }

  static @Nullable LocalDate plusOrNull(LocalDate date, Period period) {
    try {
      return date.plus(period);
    } catch (DateTimeException | ArithmeticException e) {
      return null;
    }
  }

  private Reason nonWorkingDay(LocalDate due, LocalDate extended, String calendar) {
    LegalBasis basis = LegalBasis.article(52, "1");
    if (rules.holidayCalendar().isWorkingDay(due)) {
      return Reason.of(ReasonCode.NOTIFY_DUE_EXTENDED, basis, "notify.extended.twoWorkingDays", due, extended,
          calendar);
    }
    if (HolidayCalendar.isWeekend(due)) {
      return Reason.of(ReasonCode.NOTIFY_DUE_EXTENDED, basis, "notify.extended." + due.getDayOfWeek(), due, extended,
          calendar);
    }
    PublicHoliday h = rules.holidayCalendar().holiday(due).orElseThrow();
    return Reason.of(ReasonCode.NOTIFY_DUE_EXTENDED, basis, h.provenance() == HolidayProvenance.UNCONFIRMED
        ? "notify.extended.holidayUnconfirmed" : "notify.extended.holiday", due, extended, calendar, h.name());
  }

  // ---------------------------------------------------------------- helpers

  private static Reason compare(
      ReasonCode code, LegalBasis basis, String prefix, ComputeEstimate c, BigDecimal t, Position pos) {
    return switch (pos) {
      case ABOVE -> c.lowerFlop() != null
          ? Reason.of(code, basis, prefix + "above.bound", c.flop(), t, c.lowerFlop())
          : Reason.of(code, basis, prefix + "above", c.flop(), t);
      case NOT_ABOVE -> c.upperFlop() != null
          ? Reason.of(code, basis, prefix + "notAbove.bound", c.flop(), t, c.upperFlop())
          : Reason.of(code, basis, prefix + "notAbove", c.flop(), t);
      case STRADDLES -> Reason.of(code, basis, prefix + "straddles", c.flop(), t, c.upperEnd());
    };
  }

  private static String orUnknown(@Nullable LocalDate date) {
    return date == null ? "unknown" : date.toString();
  }

  private static @Nullable LocalDate earlier(@Nullable LocalDate a, @Nullable LocalDate b) {
    if (a == null) {
      return b;
    }
    return b == null || a.isBefore(b) ? a : b;
  }

  /** The Commission's decisions known as of the evaluation date, reduced to what the rules need. */
  private static final class Decisions {
    @Nullable LocalDate activeDesignation;
    @Nullable DecisionKind activeKind;
    @Nullable LocalDate lastMaintained;
    @Nullable LocalDate liftedOn;
    @Nullable CommissionDecision rebuttal;

    LegalBasis designationBasis() {
      return activeKind == DecisionKind.DESIGNATION_FAILURE_TO_NOTIFY
          ? LegalBasis.article(52, "1") : LegalBasis.article(52, "4");
    }

    static Decisions of(List<CommissionDecision> all, LocalDate asOf) {
      Decisions d = new Decisions();
      all.stream()
          .filter(x -> !x.date().isAfter(asOf))
          .sorted(Comparator.comparing(CommissionDecision::date))
          .forEachOrdered(x -> {
            switch (x.kind()) {
              case DESIGNATION_ANNEX_XIII, DESIGNATION_FAILURE_TO_NOTIFY -> {
                d.activeDesignation = x.date();
                d.activeKind = x.kind();
                d.lastMaintained = x.date();
                d.liftedOn = null;
              }
              case REASSESSMENT_MAINTAINED -> {
                if (d.activeDesignation != null) {
                  d.lastMaintained = x.date();
                }
              }
              case REASSESSMENT_LIFTED -> {
                d.activeDesignation = null;
                d.activeKind = null;
                d.lastMaintained = null;
                d.liftedOn = x.date();
              }
              case REBUTTAL_ACCEPTED, REBUTTAL_REJECTED -> d.rebuttal = x;
            }
          });
      return d;
    }
  }
}
