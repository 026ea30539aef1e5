package io.github.gpai4j.evaluation.classification;

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
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import org.jspecify.annotations.Nullable;

/**
 * Classifies a {@link ModelProfile} under Chapter V of Regulation (EU) 2024/1689 and the Commission guidelines
 * C(2025) 5045, as of a date, with the thresholds of one {@link GpaiRuleSet}.
 *
 * <p>The classifier is immutable, pure and thread-safe. It never throws because of what a profile says: a fact the
 * profile does not give yields {@code INDETERMINATE} (or an unknown blocker), never a guess. Decisions it takes:
 *
 * <ul>
 *   <li><b>GPAI model</b> (guidelines, section 2.1): the indicative criterion is training compute greater than
 *       10^23 FLOP and an output of text (including code) or audio (including speech), or text-to-image or
 *       text-to-video; the profile's {@link ModelProfile#significantGenerality()}, when known, rebuts it either
 *       way. A Commission designation implies a GPAI model.
 *   <li><b>Systemic risk</b> (Arts. 51-52): an active designation gives {@code DESIGNATED}; otherwise the latest
 *       rebuttal decision gives {@code REBUTTED} (accepted) or {@code PRESUMED} (rejected, Art. 52(3)); otherwise
 *       compute strictly greater than 10^25 FLOP over the whole estimate interval, or a modifier becoming provider
 *       of a model with systemic risk, gives {@code PRESUMED} (pending arguments do not suspend it, guidelines
 *       section 2.3); an interval straddling 10^25 or an unknown compute gives {@code INDETERMINATE}.
 *   <li><b>Open-source exemption</b> (Arts. 53(2), 54(6), guidelines section 4): every condition must be known
 *       to hold; systemic risk cancels it.
 *   <li><b>Downstream modifier</b> (guidelines, section 3.2): modification compute strictly greater than one third
 *       of the original's, or of 10^25 (original with systemic risk) or 10^23 FLOP (otherwise) when the
 *       original's compute is unknown; decided exactly by cross-multiplication. A modifier of a model without
 *       systemic risk is tested against Art. 51(2) with the profile's cumulative compute, which includes the
 *       original's compute used for initialisation (annex to the guidelines); whether the guidelines intend that
 *       for modifiers is UNCONFIRMED.
 *   <li><b>Notification</b> (Art. 52(1)): due 14 days after the earlier of the dates the condition was met and
 *       became known to be met, but not before Chapter V applied (guidelines, section 5.3 for models in training
 *       on 2 August 2025; applying it to models already placed by then is an UNCONFIRMED assumption).
 *   <li><b>Reassessment</b> (Art. 52(5)): no earlier than six months after the designation or the latest decision
 *       maintaining it. The Act speaks of designations "pursuant to paragraph 4"; gpai4j also dates designations
 *       made under Art. 52(1) this way (UNCONFIRMED).
 * </ul>
 *
 * <p>Commission decisions and the notification dated after the evaluation date are ignored.
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
      rs.add(new Reason(ReasonCode.GPAI_DESIGNATED, d.designationBasis(),
          "The Commission designated the model as a GPAI model with systemic risk on " + d.activeDesignation
              + "; only a GPAI model can be one (Art. 51(1))."));
    } else if (generality.isYes()) {
      status = GpaiModelStatus.GPAI_MODEL;
      rs.add(new Reason(criterion.isYes() ? ReasonCode.GPAI_CRITERION_MET : ReasonCode.GPAI_GENERALITY_ESTABLISHED,
          LegalBasis.article(3, "63"), criterion.isYes()
              ? "The indicative criterion is met and significant generality is confirmed."
              : "Significant generality is established, so the model is a GPAI model although the indicative"
                  + " criterion is " + (criterion.isNo() ? "not met" : "not known to be met") + "."));
    } else if (generality.isNo()) {
      status = GpaiModelStatus.NOT_GPAI_MODEL;
      rs.add(new Reason(criterion.isNo() ? ReasonCode.GPAI_CRITERION_NOT_MET : ReasonCode.GPAI_GENERALITY_REBUTTED,
          LegalBasis.article(3, "63"), criterion.isNo()
              ? "The indicative criterion is not met and the model lacks significant generality."
              : "The model lacks significant generality, which rebuts the indicative criterion"
                  + (criterion.isYes() ? " although it is met." : ".")));
    } else if (narrow != null) {
      status = GpaiModelStatus.NOT_GPAI_MODEL;
      rs.add(new Reason(ReasonCode.GPAI_NARROW_TASK, GL_GPAI,
          "The provider states that the model is limited to a narrow task (" + narrow + "); the guidelines give such"
              + " models as examples that are not GPAI models even where the indicative criterion is met"
              + (criterion.isYes() ? " (as it is here)" : "") + ", because they lack significant generality. A model"
              + " that nevertheless displays significant generality is a GPAI model."));
    } else if (p.modification() != null) {
      status = GpaiModelStatus.GPAI_MODEL;
      rs.add(new Reason(ReasonCode.GPAI_MODIFIED_MODEL, GL_MODIFIER,
          "The model is a modification of another provider's GPAI model, so it is a GPAI model whoever its provider"
              + " is (the original provider, or the modifier if the modification is significant)."));
    } else if (criterion.isYes()) {
      status = GpaiModelStatus.GPAI_MODEL;
      rs.add(new Reason(ReasonCode.GPAI_CRITERION_MET, GL_GPAI,
          "The indicative criterion is met: compute above " + flop(threshold)
              + " and a generative modality; the presumption is rebuttable by showing a lack of generality."));
    } else if (criterion.isNo()) {
      status = GpaiModelStatus.NOT_GPAI_MODEL;
      rs.add(new Reason(ReasonCode.GPAI_CRITERION_NOT_MET, GL_GPAI,
          "The indicative criterion is not met; a model displaying significant generality would nevertheless be a"
              + " GPAI model."));
    } else {
      status = GpaiModelStatus.INDETERMINATE;
      rs.add(new Reason(ReasonCode.GPAI_INDETERMINATE, GL_GPAI,
          "Whether the indicative criterion is met is unknown and significant generality is not stated."));
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
      rs.add(new Reason(ReasonCode.GPAI_COMPUTE_UNKNOWN, GL_GPAI,
          "Training compute is unknown; the indicative criterion needs more than " + flop(threshold) + "."));
      return Fact.UNKNOWN;
    }
    Position pos = c.positionRelativeTo(threshold);
    ReasonCode code = switch (pos) {
      case ABOVE -> ReasonCode.GPAI_COMPUTE_ABOVE;
      case NOT_ABOVE -> ReasonCode.GPAI_COMPUTE_NOT_ABOVE;
      case STRADDLES -> ReasonCode.GPAI_COMPUTE_STRADDLES;
    };
    rs.add(new Reason(code, GL_GPAI, (direct != null ? "Compute directly contributing to parameter updates "
        : "Cumulative training compute ") + compare(c, threshold, pos) + "."));
    if (direct == null && pos != Position.NOT_ABOVE) {
      rs.add(new Reason(ReasonCode.GPAI_COMPUTE_FROM_CUMULATIVE, GL_GPAI,
          "The profile gives only the cumulative training compute; the criterion counts compute directly"
              + " contributing to parameter updates, which is never larger, so gpai4j takes the cumulative figure in"
              + " its place (state parameterUpdateCompute to decide exactly)."));
    }
    return pos == Position.ABOVE ? Fact.YES : pos == Position.NOT_ABOVE ? Fact.NO : Fact.UNKNOWN;
  }

  private static Fact generativeModality(ModelProfile p, List<Reason> rs) {
    Set<Modality> in = p.inputModalities();
    Set<Modality> out = p.outputModalities();
    boolean audio = out.contains(Modality.AUDIO);
    AudioOutputKind kind = p.audioOutput();
    if (out.contains(Modality.TEXT) || audio && kind == AudioOutputKind.LANGUAGE) {
      rs.add(new Reason(ReasonCode.GPAI_MODALITY_LANGUAGE, GL_GPAI,
          "The model generates language (outputs " + out + "; text includes code, audio includes speech)."));
      return Fact.YES;
    }
    boolean visual = out.contains(Modality.IMAGE) || out.contains(Modality.VIDEO);
    if (visual && in.contains(Modality.TEXT)) {
      rs.add(new Reason(ReasonCode.GPAI_MODALITY_TEXT_TO_VISUAL, GL_GPAI,
          "The model generates " + out + " from text (inputs " + in + ")."));
      return Fact.YES;
    }
    if (audio && kind == AudioOutputKind.UNKNOWN) {
      rs.add(new Reason(ReasonCode.GPAI_MODALITY_UNKNOWN, GL_GPAI,
          "The model outputs audio, but whether the audio is language (speech) or only music or sound effects is"
              + " not stated; only language counts."));
      return Fact.UNKNOWN;
    }
    if (out.isEmpty() || visual && in.isEmpty()) {
      rs.add(new Reason(ReasonCode.GPAI_MODALITY_UNKNOWN, GL_GPAI,
          "The " + (out.isEmpty() ? "output" : "input") + " modalities are not stated."));
      return Fact.UNKNOWN;
    }
    rs.add(new Reason(ReasonCode.GPAI_MODALITY_OTHER, GL_GPAI,
        "The model generates neither language nor images or video from text (inputs " + in + ", outputs " + out
            + (audio ? "; its audio is music or sound effects only, which is not language" : "") + ")."));
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
      rs.add(new Reason(ReasonCode.SR_COMPUTE_UNKNOWN, LegalBasis.article(51, "2"),
          "Cumulative training compute is unknown; the presumption needs more than " + flop(threshold) + "."));
    } else {
      Position pos = c.positionRelativeTo(threshold);
      ReasonCode code = switch (pos) {
        case ABOVE -> ReasonCode.SR_COMPUTE_ABOVE;
        case NOT_ABOVE -> ReasonCode.SR_COMPUTE_NOT_ABOVE;
        case STRADDLES -> ReasonCode.SR_COMPUTE_STRADDLES;
      };
      rs.add(new Reason(code, LegalBasis.article(51, "2"),
          "Cumulative training compute " + compare(c, threshold, pos) + "."));
      if (pos == Position.ABOVE && c.lowerEnd().compareTo(threshold) <= 0) {
        rs.add(new Reason(ReasonCode.SR_ESTIMATE_DECIDES, GL_SYSTEMIC,
            "The estimate exceeds " + flop(threshold) + " although its uncertainty interval reaches down to "
                + c.lowerEnd() + " FLOP: the provider's estimate decides, and estimates may be uncertain by about"
                + " 30 percent."));
      }
    }
    ModificationFacts mf = p.modification();
    if (mf != null && m.status() != ModifierStatus.NOT_PROVIDER) {
      Fact base = mf.baseModelSystemicRisk();
      if (base.isYes()) {
        rs.add(new Reason(ReasonCode.SR_MODIFIER_OF_SYSTEMIC_MODEL, GL_MODIFIER,
            m.status() == ModifierStatus.PROVIDER_OF_MODIFIED_MODEL
                ? "The modifier of a model with systemic risk became its provider; the modified model is presumed"
                    + " to have high-impact capabilities."
                : "The original model has systemic risk; whether the modifier became its provider is undecided."));
      } else if (base.isUnknown()) {
        rs.add(new Reason(ReasonCode.SR_MODIFIER_BASE_UNKNOWN, GL_MODIFIER,
            "Whether the original model has systemic risk is unknown; if it has, a modifier that became provider"
                + " is presumed to have a model with systemic risk."));
      }
    }
    Fact reach = Fact.UNKNOWN;
    Long users = p.registeredEuBusinessUsers();
    if (users != null) {
      reach = Fact.of(rules.reachPresumed(users));
      rs.add(new Reason(reach.isYes() ? ReasonCode.SR_REACH_PRESUMED : ReasonCode.SR_REACH_NOT_PRESUMED,
          LegalBasis.annex("XIII", "f"),
          users + " registered business users in the Union " + (reach.isYes() ? ">=" : "<") + " "
              + rules.reachPresumptionBusinessUsers() + (reach.isYes()
                  ? ": high impact due to reach is presumed, a criterion the Commission may use to designate the"
                      + " model (Art. 52(4)); it does not by itself make the model one with systemic risk."
                  : ": the reach presumption does not apply.")));
    }
    if (d.liftedOn != null && d.activeDesignation == null) {
      rs.add(new Reason(ReasonCode.SR_DESIGNATION_LIFTED, LegalBasis.article(52, "5"),
          "After reassessment the Commission decided on " + d.liftedOn + " that the designation no longer holds."));
    }
    Fact gpaiModel = isGpai(gpai);
    SystemicRiskStatus status;
    LocalDate since = null;
    LocalDate met = p.thresholdMetOn();
    if (d.activeDesignation != null) {
      status = SystemicRiskStatus.DESIGNATED;
      since = d.activeDesignation;
      if (d.activeKind == DecisionKind.DESIGNATION_FAILURE_TO_NOTIFY) {
        rs.add(new Reason(ReasonCode.SR_DESIGNATED_FAILURE_TO_NOTIFY, LegalBasis.article(52, "1"),
            "The Commission designated the model on " + since + " because its provider did not notify that it meets"
                + " the Art. 51(1)(a) condition; the obligations run from when the condition was met."));
        if (met != null && met.isBefore(since)) {
          since = met;
        } else if (met == null) {
          since = null;
        }
      } else {
        rs.add(new Reason(ReasonCode.SR_DESIGNATED, LegalBasis.article(52, "4"),
            "The Commission designated the model as a GPAI model with systemic risk on " + since
                + " on the basis of the Annex XIII criteria; the obligations run from the notification of the"
                + " decision."));
        if (presumption.isYes() && met != null && met.isBefore(since)) {
          // Art. 51(1)(a) with 51(2) makes the model one with systemic risk from when the condition is met; a later
          // designation does not move that date. Guidelines section 2.3: obligations apply from then.
          since = met;
          rs.add(new Reason(ReasonCode.SR_PRESUMED_BEFORE_DESIGNATION, LegalBasis.article(51, "2"),
              "The presumption already applied from " + met + ", when the condition was met, before the"
                  + " designation; the obligations for models with systemic risk run from that date."));
        }
      }
    } else if (d.rebuttal != null && d.rebuttal.kind() == DecisionKind.REBUTTAL_REJECTED) {
      status = SystemicRiskStatus.PRESUMED;
      since = met;
      rs.add(new Reason(ReasonCode.SR_REBUTTAL_REJECTED, LegalBasis.article(52, "3"),
          "The Commission rejected the provider's arguments on " + d.rebuttal.date() + "; the model is considered"
              + " a GPAI model with systemic risk from when the condition was met."));
    } else if (d.rebuttal != null) {
      status = SystemicRiskStatus.REBUTTED;
      since = d.rebuttal.date();
      rs.add(new Reason(ReasonCode.SR_REBUTTAL_ACCEPTED, GL_SYSTEMIC,
          "The Commission accepted the provider's Art. 52(2) arguments on " + since + "; the obligations for models"
              + " with systemic risk end from then."));
    } else if (gpaiModel.isNo()) {
      status = SystemicRiskStatus.NOT_PRESUMED;
      rs.add(new Reason(ReasonCode.SR_NOT_GPAI_MODEL, LegalBasis.article(51, "1"),
          "The model is not a GPAI model, and only a GPAI model can be classified as one with systemic risk"
              + (presumption.isNo() ? "." : ", whatever its compute.")));
    } else if (presumption.isYes() && gpaiModel.isYes()) {
      status = SystemicRiskStatus.PRESUMED;
      since = met;
      LocalDate submitted = p.rebuttalSubmittedOn();
      if (submitted != null && !submitted.isAfter(asOf)) {
        rs.add(new Reason(ReasonCode.SR_REBUTTAL_PENDING, GL_SYSTEMIC,
            "Arguments under Art. 52(2) were submitted on " + submitted + " and are undecided; submitting them does"
                + " not suspend the obligations."));
      }
    } else if (presumption.isNo()) {
      status = SystemicRiskStatus.NOT_PRESUMED;
    } else {
      status = SystemicRiskStatus.INDETERMINATE;
      since = met;
      rs.add(new Reason(ReasonCode.SR_INDETERMINATE, LegalBasis.article(51, "2"), presumption.isYes()
          ? "The Art. 51(1)(a) condition is met, but whether the model is a GPAI model is undecided; only a GPAI"
              + " model can have systemic risk (Art. 51(1))."
          : "Whether the model meets the Art. 51(1)(a) condition cannot be decided from the facts given."));
    }
    return new SystemicRiskAssessment(status, since, reach, rs);
  }

  // ---------------------------------------------------------------- open source

  private OpenSourceAssessment assessOpenSource(ModelProfile p, SystemicRiskAssessment systemic) {
    OpenSourceFacts o = p.openSource();
    List<ExemptionBlocker> bs = new ArrayList<>();
    if (!o.licenceRestrictions().isEmpty()) {
      bs.add(blocker(ExemptionCondition.NO_DISQUALIFYING_LICENCE_TERMS, Fact.NO,
          "The licence" + licence(o) + " has terms that disqualify it: " + o.licenceRestrictions() + "."));
    }
    condition(bs, ExemptionCondition.FREE_ACCESS, o.freeAccess(), "free access to the model", o);
    condition(bs, ExemptionCondition.FREE_USE, o.freeUse(), "free use of the model", o);
    condition(bs, ExemptionCondition.FREE_MODIFICATION, o.freeModification(), "free modification of the model", o);
    condition(bs, ExemptionCondition.FREE_DISTRIBUTION, o.freeDistribution(), "free distribution of the model", o);
    condition(bs, ExemptionCondition.WEIGHTS_PUBLIC, o.weightsPublic(), "public parameters including weights", o);
    condition(bs, ExemptionCondition.ARCHITECTURE_PUBLIC, o.architecturePublic(),
        "public information on the architecture", o);
    condition(bs, ExemptionCondition.USAGE_INFORMATION_PUBLIC, o.usageInformationPublic(),
        "public usage information", o);
    if (!o.monetisationSigns().isEmpty()) {
      bs.add(blocker(ExemptionCondition.NOT_MONETISED, Fact.NO,
          "The model shows signs of monetisation: " + o.monetisationSigns() + "."));
    } else if (o.monetised().isYes()) {
      bs.add(blocker(ExemptionCondition.NOT_MONETISED, Fact.NO, "The model is monetised."));
    } else if (o.monetised().isUnknown()) {
      bs.add(blocker(ExemptionCondition.NOT_MONETISED, Fact.UNKNOWN,
          "Whether the model is monetised is unknown; the exemption needs it known not to be."));
    }
    Fact systemicRisk = systemic.systemicRisk();
    if (systemicRisk.isYes()) {
      bs.add(blocker(ExemptionCondition.NO_SYSTEMIC_RISK, Fact.NO,
          "The model is a GPAI model with systemic risk (" + systemic.status() + "), which cancels the exemption"
              + " (Arts. 53(2), 54(6))."));
    } else if (systemicRisk.isUnknown()) {
      bs.add(blocker(ExemptionCondition.NO_SYSTEMIC_RISK, Fact.UNKNOWN,
          "Whether the model has systemic risk is undecided; systemic risk would cancel the exemption."));
    }
    long definite = bs.stream().filter(ExemptionBlocker::definite).count();
    ExemptionStatus status = definite > 0 ? ExemptionStatus.NOT_EXEMPT
        : bs.isEmpty() ? ExemptionStatus.EXEMPT : ExemptionStatus.INDETERMINATE;
    Reason summary = switch (status) {
      case EXEMPT -> new Reason(ReasonCode.OSS_EXEMPT, LegalBasis.article(53, "2"),
          "Released under a free and open-source licence" + licence(o) + " with weights, architecture and usage"
              + " information public, not monetised and without systemic risk: Art. 53(1)(a)-(b) and Art. 54 do"
              + " not apply; Art. 53(1)(c)-(d) still do.");
      case NOT_EXEMPT -> new Reason(ReasonCode.OSS_NOT_EXEMPT, LegalBasis.article(53, "2"),
          definite + " condition(s) of the open-source exemption fail.");
      case INDETERMINATE -> new Reason(ReasonCode.OSS_INDETERMINATE, LegalBasis.article(53, "2"),
          bs.size() + " condition(s) of the open-source exemption are not known to hold; unknown never counts as"
              + " satisfied.");
    };
    return new OpenSourceAssessment(status, bs, List.of(summary));
  }

  private static void condition(
      List<ExemptionBlocker> bs, ExemptionCondition c, Fact f, String what, OpenSourceFacts o) {
    if (f.isNo()) {
      bs.add(blocker(c, Fact.NO, "The licence" + licence(o) + " or release does not grant " + what + "."));
    } else if (f.isUnknown()) {
      bs.add(blocker(c, Fact.UNKNOWN, "It is unknown whether the release grants " + what + "."));
    }
  }

  private static ExemptionBlocker blocker(ExemptionCondition c, Fact f, String text) {
    return new ExemptionBlocker(c, f, c.legalBasis(), text);
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
      rs.add(new Reason(ReasonCode.MOD_NOT_A_MODIFICATION, GL_MODIFIER,
          "The profile does not describe a modification of another provider's model."));
      return new ModifierAssessment(ModifierStatus.NOT_A_MODIFICATION, null, null, rs);
    }
    ComputeEstimate mod = mf.modificationCompute();
    ComputeEstimate base = mf.baseModelCompute();
    String fraction = rules.modificationFractionNumerator() + "/" + rules.modificationFractionDenominator();
    if (mod == null) {
      rs.add(new Reason(ReasonCode.MOD_COMPUTE_UNKNOWN, GL_MODIFIER,
          "The compute used for the modification is unknown; it must exceed " + fraction
              + " of the original's compute."));
      return new ModifierAssessment(ModifierStatus.INDETERMINATE, base != null
          ? ModificationReference.ORIGINAL_MODEL_COMPUTE : null, base != null ? base.flop() : null, rs);
    }
    if (base != null) {
      Fact above = exceeds(mod, base.lowerEnd(), base.upperEnd());
      rs.add(new Reason(above.isYes() ? ReasonCode.MOD_ABOVE_FRACTION
              : above.isNo() ? ReasonCode.MOD_NOT_ABOVE_FRACTION : ReasonCode.MOD_STRADDLES_FRACTION, GL_MODIFIER,
          "Modification compute " + mod + " compared with " + fraction + " of the original's " + base + ": "
              + fractionText(mod, base.lowerEnd(), base.upperEnd(), above) + "."));
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
      rs.add(new Reason(above.isYes() ? ReasonCode.MOD_ABOVE_FRACTION
              : above.isNo() ? ReasonCode.MOD_NOT_ABOVE_FRACTION : ReasonCode.MOD_STRADDLES_FRACTION, GL_MODIFIER,
          "The original's compute is unknown and it " + (baseSystemic.isYes() ? "has" : "has no")
              + " systemic risk, so the reference is " + flop(ref) + ": modification compute " + mod + " compared"
              + " with " + fraction + " of it: " + fractionText(mod, ref, ref, above) + "."));
      return modifierResult(above, kind, ref, rs);
    }
    Fact aboveHigh = exceeds(mod, sr, sr);
    Fact aboveLow = exceeds(mod, gpai, gpai);
    Fact above = aboveHigh.isYes() ? Fact.YES : aboveLow.isNo() ? Fact.NO : Fact.UNKNOWN;
    rs.add(new Reason(above.isYes() ? ReasonCode.MOD_ABOVE_FRACTION
            : above.isNo() ? ReasonCode.MOD_NOT_ABOVE_FRACTION : ReasonCode.MOD_FALLBACK_UNDECIDED, GL_MODIFIER,
        "The original's compute is unknown and so is whether it has systemic risk; modification compute " + mod
            + (above.isYes() ? " exceeds " + fraction + " of both " + flop(sr) + " and " + flop(gpai)
                : above.isNo() ? " exceeds " + fraction + " of neither " + flop(sr) + " nor " + flop(gpai)
                    : " exceeds " + fraction + " of " + flop(gpai) + " but not surely of " + flop(sr)) + "."));
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

  private String fractionText(ComputeEstimate mod, BigDecimal refLower, BigDecimal refUpper, Fact above) {
    BigDecimal den = BigDecimal.valueOf(rules.modificationFractionDenominator());
    BigDecimal num = BigDecimal.valueOf(rules.modificationFractionNumerator());
    if (above.isYes()) {
      return "exact test " + den + " × " + mod.lowerEnd() + " = " + den.multiply(mod.lowerEnd()) + " > " + num
          + " × " + refUpper + " FLOP";
    }
    if (above.isNo()) {
      return "exact test " + den + " × " + mod.upperEnd() + " = " + den.multiply(mod.upperEnd()) + " <= " + num
          + " × " + refLower + " FLOP";
    }
    return "the intervals straddle the threshold (" + den + " × " + mod.lowerEnd() + " <= " + num + " × " + refUpper
        + " and " + den + " × " + mod.upperEnd() + " > " + num + " × " + refLower + ")";
  }

  private static ModifierAssessment modifierResult(
      Fact above, ModificationReference kind, @Nullable BigDecimal ref, List<Reason> rs) {
    ModifierStatus status = above.isYes() ? ModifierStatus.PROVIDER_OF_MODIFIED_MODEL
        : above.isNo() ? ModifierStatus.NOT_PROVIDER : ModifierStatus.INDETERMINATE;
    if (status == ModifierStatus.PROVIDER_OF_MODIFIED_MODEL) {
      rs.add(new Reason(ReasonCode.MOD_PROVIDER, LegalBasis.recital(109),
          "The modifier is the provider of the modified model; its documentation, copyright policy and"
              + " training-content summary may be limited to the modification."));
    } else if (status == ModifierStatus.NOT_PROVIDER) {
      rs.add(new Reason(ReasonCode.MOD_NOT_PROVIDER, GL_MODIFIER,
          "The modification is not significant enough: the original provider remains the provider."));
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
      rs.add(new Reason(ReasonCode.NOTIFY_NOT_REQUIRED, basis, "The model is not a GPAI model."));
    } else if (m.status() == ModifierStatus.NOT_PROVIDER) {
      required = Fact.NO;
      rs.add(new Reason(ReasonCode.NOTIFY_NOT_REQUIRED, GL_MODIFIER,
          "The modifier is not the provider of the modified model; notification falls to the original provider."));
    } else if (d.rebuttal != null) {
      required = Fact.YES;
      rs.add(new Reason(ReasonCode.NOTIFY_REQUIRED, basis,
          "Arguments under Art. 52(2) accompany a notification, so the condition was met."));
    } else if (d.activeKind == DecisionKind.DESIGNATION_FAILURE_TO_NOTIFY) {
      required = Fact.YES;
      rs.add(new Reason(ReasonCode.NOTIFY_REQUIRED, basis,
          "The Commission designated the model because its provider did not notify; the condition was met."));
    } else {
      required = presumption.and(isGpai(gpai));
      rs.add(new Reason(required.isYes() ? ReasonCode.NOTIFY_REQUIRED
              : required.isNo() ? ReasonCode.NOTIFY_NOT_REQUIRED : ReasonCode.NOTIFY_INDETERMINATE, basis,
          required.isYes() ? "The Art. 51(1)(a) condition is met or known to be met."
              : required.isNo() ? "The Art. 51(1)(a) condition is not met"
                  + (d.activeDesignation != null ? "; the designation does not itself call for a notification." : ".")
              : "Whether the Art. 51(1)(a) condition is met is undecided; the dates below are those that apply if"
                  + " it is."));
      ComputeEstimate c = p.trainingCompute();
      if (required.isUnknown() && c != null
          && c.positionRelativeTo(rules.systemicRiskPresumptionCompute().flop()) == Position.STRADDLES) {
        rs.add(new Reason(ReasonCode.NOTIFY_ADVISABLE, GL_SYSTEMIC,
            "The estimate is at or below " + flop(rules.systemicRiskPresumptionCompute().flop()) + " but its"
                + " uncertainty interval reaches above it: notification is due as soon as meeting the threshold is"
                + " reasonably likely, so notifying is advisable when it is."));
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
      rs.add(new Reason(ReasonCode.NOTIFY_TRIGGER_UNKNOWN, basis,
          "Neither the date the condition was met nor the date it became known to be met is given; the notification"
              + " is due within " + rules.notificationPeriod().getDays() + " days of the earlier of them."));
    } else {
      LocalDate placed = p.unionPlacementDate();
      LocalDate application = rules.chapterFiveApplicationDate();
      boolean legacy = placed != null && rules.isLegacyPlacement(placed);
      LocalDate from = trigger.isBefore(application) ? application : trigger;
      Optional<TimeLimit> limit = rules.notificationTimeLimit(from);
      if (limit.isEmpty()) {
        trigger = from;
        rs.add(outOfRange(basis, "The notification period from " + from));
      } else if (legacy && limit.get().lastDay().isBefore(rules.legacyComplianceDeadline())) {
        trigger = from;
        due = rules.legacyComplianceDeadline();
        rs.add(new Reason(ReasonCode.NOTIFY_LEGACY_DEADLINE, LegalBasis.article(111, "3"),
            "The model was placed on the market on " + placed + ", before " + application + "; its provider has"
                + " until " + due + " to take the steps needed to comply with Chapter V, the notification"
                + " included."));
      } else {
        if (trigger.isBefore(application)) {
          rs.add(new Reason(ReasonCode.NOTIFY_TRIGGER_BEFORE_APPLICATION, GL_TRANSITION,
              "The condition was met or known on " + trigger + ", before Chapter V applied on " + application
                  + (placed == null ? "" : ", for a model " + (placed.isAfter(asOf) ? "to be placed" : "placed")
                      + " on the market on " + placed)
                  + ": the notification is due within two weeks after " + application + "."));
          trigger = application;
        }
        TimeLimit t = limit.get();
        due = t.lastDay();
        extended = t.extendedLastDay();
        rs.add(new Reason(ReasonCode.NOTIFY_DUE, basis,
            "Due " + due + ": " + trigger + " plus " + rules.notificationPeriod().getDays() + " days (two weeks),"
                + " counted from the earlier of the condition being met (" + orUnknown(p.thresholdMetOn())
                + ") and becoming known (" + orUnknown(p.thresholdKnownOn()) + ")."));
        if (extended != null) {
          rs.add(new Reason(ReasonCode.NOTIFY_DUE_EXTENDED, LegalBasis.article(52, "1"),
              due + " is " + nonWorkingDay(due) + "; under Art. 3(4) of Regulation (EEC, Euratom) No 1182/71 the"
                  + " period ends at the end of the following working day, " + extended + " (gpai4j's"
                  + " interpretation, calendar: " + t.calendarName() + ")."));
        }
        if (!t.holidaysKnown()) {
          rs.add(new Reason(ReasonCode.NOTIFY_HOLIDAYS_UNKNOWN, LegalBasis.article(52, "1"),
              "The holiday calendar (" + t.calendarName() + ") does not cover " + t.latestDay().getYear()
                  + "; only Saturdays and Sundays were taken into account."));
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
      rs.add(new Reason(status == NotificationStatus.NOTIFIED ? ReasonCode.NOTIFY_DONE : ReasonCode.NOTIFY_LATE,
          basis, "Notified on " + notified + (latest == null ? "." : status == NotificationStatus.NOTIFIED
              ? ", on or before " + latest + (onExtension ? ", on the extended day (an interpretation of Art. 3(4) of"
                  + " Regulation No 1182/71; " + due + " was the nominal last day)." : ".")
              : ", after the due date " + latest + ".")));
    } else if (latest == null) {
      status = NotificationStatus.DUE_DATE_UNKNOWN;
    } else if (asOf.isAfter(latest)) {
      status = NotificationStatus.OVERDUE;
      rs.add(new Reason(ReasonCode.NOTIFY_OVERDUE, basis,
          "Not notified as of " + asOf + ", after the due date " + latest + "; the Commission may designate an"
              + " un-notified model."));
    } else {
      status = NotificationStatus.PENDING;
    }
    return new NotificationAssessment(status, required, trigger, due, extended, notified, rs);
  }

  // ---------------------------------------------------------------- reassessment

  private ReassessmentAssessment assessReassessment(Decisions d) {
    LegalBasis basis = LegalBasis.article(52, "5");
    if (d.activeDesignation == null || d.lastMaintained == null) {
      return new ReassessmentAssessment(null, null, List.of(new Reason(ReasonCode.REASSESS_NOT_DESIGNATED,
          basis, "The model is not designated, so there is nothing to reassess.")));
    }
    if (d.activeKind != DecisionKind.DESIGNATION_ANNEX_XIII) {
      return new ReassessmentAssessment(null, null, List.of(new Reason(ReasonCode.REASSESS_NOT_AVAILABLE, basis,
          "The model was designated under Art. 52(1) because its provider did not notify; Art. 52(5) opens"
              + " reassessment only for models designated under Art. 52(4) on the Annex XIII criteria.")));
    }
    LocalDate from = d.lastMaintained;
    LocalDate earliest = plusOrNull(from, rules.reassessmentWaitingPeriod());
    if (earliest == null) {
      return new ReassessmentAssessment(from, null, List.of(outOfRange(basis, "Six months after " + from)));
    }
    return new ReassessmentAssessment(from, earliest, List.of(new Reason(ReasonCode.REASSESS_EARLIEST,
        basis, "Reassessment may be requested from " + earliest + ": " + from + " plus "
            + rules.reassessmentWaitingPeriod().getMonths() + " months (a shorter month ends on its last day).")));
  }

  static Reason outOfRange(LegalBasis basis, String what) {
    return new Reason(ReasonCode.DATE_OUT_OF_RANGE, basis,
        what + " lies beyond the last supported date (" + LocalDate.MAX + "), so no date is given.");
  }

  static @Nullable LocalDate plusOrNull(LocalDate date, Period period) {
    try {
      return date.plus(period);
    } catch (DateTimeException | ArithmeticException e) {
      return null;
    }
  }

  private String nonWorkingDay(LocalDate day) {
    Optional<PublicHoliday> h = rules.holidayCalendar().holiday(day);
    if (HolidayCalendar.isWeekend(day)) {
      return "a " + day.getDayOfWeek().getDisplayName(TextStyle.FULL, Locale.ENGLISH);
    }
    return h.map(x -> "a public holiday (" + x.name() + (x.provenance() == HolidayProvenance.UNCONFIRMED
        ? ", UNCONFIRMED" : "") + ")").orElse("not a working day");
  }

  // ---------------------------------------------------------------- helpers

  private static String compare(ComputeEstimate c, BigDecimal t, Position pos) {
    return switch (pos) {
      case ABOVE -> c.flop() + " FLOP > " + flop(t)
          + (c.lowerFlop() != null ? " (lower bound " + c.lowerFlop() + " FLOP)" : "");
      case NOT_ABOVE -> c.flop() + " FLOP <= " + flop(t)
          + (c.upperFlop() != null ? " (upper bound " + c.upperFlop() + " FLOP <= " + flop(t) + ")" : "");
      case STRADDLES -> c.flop() + " FLOP <= " + flop(t) + " but its interval reaches above it: upper end "
          + c.upperEnd() + " FLOP > " + flop(t);
    };
  }

  private static String flop(BigDecimal amount) {
    return amount + " FLOP";
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
