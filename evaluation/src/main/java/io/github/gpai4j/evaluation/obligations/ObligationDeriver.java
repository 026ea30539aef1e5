package io.github.gpai4j.evaluation.obligations;

import static java.util.Objects.requireNonNull;

import io.github.gpai4j.core.Instrument;
import io.github.gpai4j.core.LegalBasis;
import io.github.gpai4j.core.Recipient;
import io.github.gpai4j.evaluation.classification.Classification;
import io.github.gpai4j.evaluation.classification.ExemptionStatus;
import io.github.gpai4j.core.profile.Fact;
import io.github.gpai4j.evaluation.classification.GpaiModelStatus;
import io.github.gpai4j.evaluation.classification.ModelClassifier;
import io.github.gpai4j.core.profile.ModelProfile;
import io.github.gpai4j.evaluation.classification.ModifierStatus;
import io.github.gpai4j.evaluation.classification.NotificationAssessment;
import io.github.gpai4j.core.profile.ProviderEstablishment;
import io.github.gpai4j.evaluation.classification.Reason;
import io.github.gpai4j.evaluation.classification.ReasonCode;
import io.github.gpai4j.evaluation.classification.SystemicRiskAssessment;
import io.github.gpai4j.evaluation.classification.SystemicRiskStatus;
import io.github.gpai4j.evaluation.rules.GpaiRuleSet;
import java.time.DateTimeException;
import java.time.LocalDate;
import java.time.Period;
import java.util.ArrayList;
import java.util.List;
import org.jspecify.annotations.Nullable;

/**
 * Derives the obligations of Chapter V of Regulation (EU) 2024/1689 (Arts.&nbsp;52(1), 53(1)(a)-(d), 54, 55(1)(a)-(d))
 * for a model as of a date, from its {@link Classification} and the dates of one {@link GpaiRuleSet}.
 *
 * <p>Rules, in the order applied to each obligation:
 *
 * <ol>
 *   <li>A model that is not a GPAI model, or a modifier that did not become provider (guidelines, section 3.2), has
 *       none of these obligations; an undecided answer makes every obligation {@code INDETERMINATE}.
 *   <li>Art.&nbsp;53(1)(a)-(b) and Art.&nbsp;54 are {@code EXEMPT} under the open-source exemption (Arts.&nbsp;53(2), 54(6)).
 *       The exemption is an exception its beneficiary must establish: while any of its conditions is unknown it
 *       does not lift the obligation, which {@code APPLIES} with a reason naming the unknown conditions (unknown
 *       never counts as satisfied). Art.&nbsp;53(1)(c)-(d) are never exempt.
 *   <li>Art.&nbsp;54 applies only to providers established in a third country; Art.&nbsp;55 only to models with systemic
 *       risk (presumed or designated), and no longer once the Commission accepted the provider's arguments.
 *   <li>Dates: Chapter V applies from 2 August 2025 (Art.&nbsp;113(b)). Art.&nbsp;53 and 54 obligations bind from placing on
 *       the Union market and are due at placement (the summary is published at the latest then; the representative
 *       is appointed before placing); for models placed before 2 August 2025 they bind from 2 August 2025 and are
 *       due by 2 August 2027 (Art.&nbsp;111(3)). Art.&nbsp;55 binds from the day the condition was met or the designation
 *       (guidelines, section 2.3). Enforcement and fines start 2 August 2026 (Arts.&nbsp;101, 113). Documentation is kept
 *       ten years after placement (Art.&nbsp;54(3)(b); CoP Transparency Measure 1.1); downstream providers are answered
 *       within 14 days (CoP Transparency Measure 1.2); the training-content summary is updated at least every six
 *       months while training continues (template; UNCONFIRMED wording).
 * </ol>
 *
 * <p>The deriver is immutable, pure and thread-safe.
 *
 * @since 0.1.0
 */
public final class ObligationDeriver {

  private static final LegalBasis GL_MODIFIER = LegalBasis.section(Instrument.COMMISSION_GUIDELINES, "3.2");

  private final GpaiRuleSet rules;
  private final ModelClassifier classifier;

  /**
   * Returns a deriver applying the given rule set.
   *
   * @param rules the rule set, not null
   * @throws NullPointerException if the rule set is null
   */
  public ObligationDeriver(GpaiRuleSet rules) {
    this.rules = requireNonNull(rules, "rules");
    this.classifier = new ModelClassifier(rules);
  }

  /**
   * Returns a deriver applying {@link GpaiRuleSet#current()}.
   *
   * @return the deriver
   */
  public static ObligationDeriver withCurrentRules() {
    return new ObligationDeriver(GpaiRuleSet.current());
  }

  /**
   * Derives the obligations for a model as of a date.
   *
   * @param profile the facts about the model, not null
   * @param asOf the evaluation date, not null
   * @return one entry per {@link ObligationId}, in order
   * @throws NullPointerException if an argument is null
   */
  public ObligationSchedule derive(ModelProfile profile, LocalDate asOf) {
    return derive(profile, classifier.classify(profile, asOf));
  }

  /**
   * Derives the obligations from a classification already made with this deriver's rule set.
   *
   * @param profile the facts about the model, not null
   * @param classification the classification of that profile, not null
   * @return one entry per {@link ObligationId}, in order
   * @throws NullPointerException if an argument is null
   * @throws IllegalArgumentException if the classification was made under another rule set
   */
  public ObligationSchedule derive(ModelProfile profile, Classification classification) {
    requireNonNull(profile, "profile");
    requireNonNull(classification, "classification");
    if (!classification.ruleSetId().equals(rules.id())) {
      throw new IllegalArgumentException("Classification made under rule set " + classification.ruleSetId()
          + ", deriver applies " + rules.id());
    }
    Context c = new Context(profile, classification);
    List<Obligation> out = new ArrayList<>();
    out.add(notification(c));
    out.add(technicalDocumentation(c));
    out.add(downstreamInformation(c));
    out.add(copyrightPolicy(c));
    out.add(trainingContentSummary(c));
    out.add(authorisedRepresentative(c));
    out.add(systemic(c, ObligationId.ART_55_1_A_MODEL_EVALUATION, List.of(),
        LegalBasis.measure(Instrument.COP_SAFETY_AND_SECURITY, "3.2"),
        LegalBasis.appendix(Instrument.COP_SAFETY_AND_SECURITY, "3")));
    out.add(systemic(c, ObligationId.ART_55_1_B_SYSTEMIC_RISK_MITIGATION, List.of(),
        LegalBasis.commitment(Instrument.COP_SAFETY_AND_SECURITY, "1"),
        LegalBasis.commitment(Instrument.COP_SAFETY_AND_SECURITY, "2"),
        LegalBasis.commitment(Instrument.COP_SAFETY_AND_SECURITY, "3"),
        LegalBasis.commitment(Instrument.COP_SAFETY_AND_SECURITY, "4"),
        LegalBasis.commitment(Instrument.COP_SAFETY_AND_SECURITY, "5")));
    out.add(systemic(c, ObligationId.ART_55_1_C_SERIOUS_INCIDENT_REPORTING,
        List.of(Recipient.AI_OFFICE, Recipient.NATIONAL_COMPETENT_AUTHORITY),
        LegalBasis.commitment(Instrument.COP_SAFETY_AND_SECURITY, "9")));
    out.add(systemic(c, ObligationId.ART_55_1_D_CYBERSECURITY, List.of(),
        LegalBasis.commitment(Instrument.COP_SAFETY_AND_SECURITY, "6"),
        LegalBasis.appendix(Instrument.COP_SAFETY_AND_SECURITY, "4")));
    List<Obligation> finished = out.stream().map(o -> undecided(c, o)).toList();
    return new ObligationSchedule(rules.id(), classification.asOf(), classification.providerName(),
        classification.modelName(), finished, rules.fineMaximum());
  }

  // ---------------------------------------------------------------- the obligations

  private Obligation notification(Context c) {
    ObligationId id = ObligationId.ART_52_1_NOTIFICATION;
    List<LegalBasis> bases = List.of(id.legalBasis(), LegalBasis.recital(112),
        LegalBasis.section(Instrument.COMMISSION_GUIDELINES, "2.3"));
    List<Recipient> to = List.of(Recipient.AI_OFFICE);
    Obligation gated = gate(c, id, bases, to);
    if (gated != null) {
      return gated;
    }
    NotificationAssessment n = c.classification.notification();
    List<Reason> rs = new ArrayList<>(n.reasons());
    rs.add(Reason.of(ReasonCode.OBL_NOTIFICATION, id.legalBasis(), "obl.notification." + n.status()));
    ObligationStatus status = switch (n.status()) {
      case NOT_REQUIRED -> ObligationStatus.NOT_APPLICABLE;
      case INDETERMINATE -> ObligationStatus.INDETERMINATE;
      default -> ObligationStatus.APPLIES;
    };
    if (status == ObligationStatus.NOT_APPLICABLE) {
      return notApplicable(id, bases, rs, to);
    }
    LocalDate due = n.dueDate();
    LocalDate extended = n.extendedDueDate();
    return new Obligation(id, status, bases, rs, n.trigger(), due, extended,
        enforceable(extended != null ? extended : due, rs), to, false, null, null, null);
  }

  private Obligation technicalDocumentation(Context c) {
    ObligationId id = ObligationId.ART_53_1_A_TECHNICAL_DOCUMENTATION;
    List<LegalBasis> bases = bases(c, id.legalBasis(), LegalBasis.annex("XI"),
        LegalBasis.measure(Instrument.COP_TRANSPARENCY, "1.1"));
    List<Recipient> to = List.of(Recipient.AI_OFFICE, Recipient.NATIONAL_COMPETENT_AUTHORITY);
    Obligation gated = gateExemptable(c, id, bases, to, LegalBasis.article(53, "2"));
    if (gated != null) {
      return gated;
    }
    List<Reason> rs = applies(c, id, "obl.applies.technicalDocumentation");
    if (c.classification.systemicRisk().systemicRisk().isYes()) {
      rs.add(Reason.of(ReasonCode.OBL_ANNEX_XI_SECTION_2, LegalBasis.annex("XI", "2"), "obl.annexXiSection2"));
    }
    LocalDate retain = retention(c, rs, LegalBasis.measure(Instrument.COP_TRANSPARENCY, "1.1"),
        rules.documentationRetention(), false);
    return scheduled(c, id, ObligationStatus.APPLIES, bases, rs, to, false, retain, null, null);
  }

  private Obligation downstreamInformation(Context c) {
    ObligationId id = ObligationId.ART_53_1_B_DOWNSTREAM_INFORMATION;
    List<LegalBasis> bases = bases(c, id.legalBasis(), LegalBasis.annex("XII"),
        LegalBasis.measure(Instrument.COP_TRANSPARENCY, "1.2"));
    List<Recipient> to = List.of(Recipient.DOWNSTREAM_PROVIDER);
    Obligation gated = gateExemptable(c, id, bases, to, LegalBasis.article(53, "2"));
    if (gated != null) {
      return gated;
    }
    List<Reason> rs = applies(c, id, "obl.applies.downstreamInformation");
    Period response = rules.downstreamResponsePeriod();
    rs.add(Reason.of(ReasonCode.OBL_DOWNSTREAM_RESPONSE, LegalBasis.measure(Instrument.COP_TRANSPARENCY, "1.2"),
        "obl.downstreamResponse", response.getDays()));
    return scheduled(c, id, ObligationStatus.APPLIES, bases, rs, to, false, null, response, null);
  }

  private Obligation copyrightPolicy(Context c) {
    ObligationId id = ObligationId.ART_53_1_C_COPYRIGHT_POLICY;
    List<LegalBasis> bases = bases(c, id.legalBasis(), LegalBasis.measure(Instrument.COP_COPYRIGHT, "1.1"));
    Obligation gated = gate(c, id, bases, List.of());
    if (gated != null) {
      return gated;
    }
    List<Reason> rs = applies(c, id, "obl.applies.copyrightPolicy");
    notExemptable(c, rs);
    return scheduled(c, id, ObligationStatus.APPLIES, bases, rs, List.of(), false, null, null, null);
  }

  private Obligation trainingContentSummary(Context c) {
    ObligationId id = ObligationId.ART_53_1_D_TRAINING_CONTENT_SUMMARY;
    List<LegalBasis> bases = bases(c, id.legalBasis());
    Obligation gated = gate(c, id, bases, List.of());
    if (gated != null) {
      return gated;
    }
    List<Reason> rs = applies(c, id, "obl.applies.trainingContentSummary");
    notExemptable(c, rs);
    Period interval = rules.trainingContentSummaryUpdateInterval();
    Fact continues = c.profile.trainingContinues();
    rs.add(Reason.of(ReasonCode.OBL_SUMMARY_UPDATES, id.legalBasis(), continues.isYes() ? "obl.summaryUpdates.yes"
        : continues.isNo() ? "obl.summaryUpdates.no" : "obl.summaryUpdates.unknown", interval.getMonths()));
    if (c.profile.smallOrMediumEnterprise().isYes()) {
      rs.add(Reason.of(ReasonCode.OBL_SME, LegalBasis.section(Instrument.TRAINING_CONTENT_TEMPLATE, "2.3"),
          "obl.sme"));
    }
    return scheduled(c, id, ObligationStatus.APPLIES, bases, rs, List.of(), true, null, null,
        continues.isNo() ? null : interval);
  }

  private Obligation authorisedRepresentative(Context c) {
    ObligationId id = ObligationId.ART_54_AUTHORISED_REPRESENTATIVE;
    List<LegalBasis> bases = bases(c, id.legalBasis(), LegalBasis.article(54, "3", "b"));
    List<Recipient> to = List.of(Recipient.AI_OFFICE, Recipient.NATIONAL_COMPETENT_AUTHORITY);
    Obligation gated = gate(c, id, bases, to);
    if (gated != null) {
      return gated;
    }
    ProviderEstablishment e = c.profile.providerEstablishment();
    if (e == ProviderEstablishment.UNION) {
      return notApplicable(id, bases, List.of(Reason.of(ReasonCode.OBL_UNION_PROVIDER, id.legalBasis(),
          "obl.unionProvider")), to);
    }
    if (e == ProviderEstablishment.UNKNOWN) {
      List<Reason> rs = new ArrayList<>();
      rs.add(Reason.of(ReasonCode.OBL_ESTABLISHMENT_UNKNOWN, id.legalBasis(), "obl.establishmentUnknown"));
      return scheduled(c, id, ObligationStatus.INDETERMINATE, bases, rs, to, false, null, null, null);
    }
    Obligation exempt = gateExemptable(c, id, bases, to, LegalBasis.article(54, "6"));
    if (exempt != null) {
      return exempt;
    }
    List<Reason> rs = applies(c, id, "obl.applies.authorisedRepresentative");
    rs.add(0, Reason.of(ReasonCode.OBL_THIRD_COUNTRY_PROVIDER, id.legalBasis(), "obl.thirdCountryProvider"));
    LocalDate retain = retention(c, rs, LegalBasis.article(54, "3", "b"), rules.representativeRetention(), true);
    return scheduled(c, id, ObligationStatus.APPLIES, bases, rs, to, false, retain, null, null);
  }

  private Obligation systemic(Context c, ObligationId id, List<Recipient> to, LegalBasis... code) {
    List<LegalBasis> list = new ArrayList<>();
    list.add(id.legalBasis());
    list.addAll(List.of(code));
    List<LegalBasis> bases = bases(c, list.toArray(new LegalBasis[0]));
    Obligation gated = gate(c, id, bases, to);
    if (gated != null) {
      return gated;
    }
    SystemicRiskAssessment s = c.classification.systemicRisk();
    List<Reason> rs = new ArrayList<>();
    switch (s.status()) {
      case REBUTTED -> {
        rs.add(Reason.of(ReasonCode.OBL_REBUTTED, LegalBasis.section(Instrument.COMMISSION_GUIDELINES, "2.3"),
            "obl.rebutted", s.since()));
        return notApplicable(id, bases, rs, to);
      }
      case NOT_PRESUMED -> {
        rs.add(Reason.of(ReasonCode.OBL_NO_SYSTEMIC_RISK, LegalBasis.article(51, "1"), "obl.noSystemicRisk"));
        return notApplicable(id, bases, rs, to);
      }
      case INDETERMINATE -> rs.add(Reason.of(ReasonCode.OBL_SYSTEMIC_RISK_INDETERMINATE, LegalBasis.article(51, "1"),
          "obl.systemicRiskIndeterminate"));
      case PRESUMED, DESIGNATED -> rs.add(Reason.of(ReasonCode.OBL_SYSTEMIC_RISK, LegalBasis.article(51, "1"),
          "obl.systemicRisk." + s.status() + (s.since() != null ? ".since" : ""), s.since()));
    }
    ObligationStatus status = s.status() == SystemicRiskStatus.INDETERMINATE
        ? ObligationStatus.INDETERMINATE : ObligationStatus.APPLIES;
    LocalDate since = s.since();
    LocalDate effective = since == null ? null : later(since, rules.chapterFiveApplicationDate());
    if (since == null) {
      rs.add(Reason.of(ReasonCode.OBL_CONDITION_DATE_UNKNOWN, LegalBasis.section(Instrument.COMMISSION_GUIDELINES,
          "2.3"), "obl.conditionDateUnknown"));
    }
    LocalDate due = effective;
    if (c.legacy()) {
      due = effective == null ? rules.legacyComplianceDeadline() : later(effective, rules.legacyComplianceDeadline());
      rs.add(legacyReason(c));
    }
    return new Obligation(id, status, bases, rs, effective, due, null, enforceable(due, rs), to, false, null, null,
        null);
  }

  // ---------------------------------------------------------------- gates and helpers

  private @Nullable Obligation gate(Context c, ObligationId id, List<LegalBasis> bases, List<Recipient> to) {
    Classification k = c.classification;
    if (k.gpaiModel().status() == GpaiModelStatus.NOT_GPAI_MODEL) {
      return notApplicable(id, bases, List.of(Reason.of(ReasonCode.OBL_NOT_GPAI_MODEL, LegalBasis.article(3, "63"),
          "obl.notGpai")), to);
    }
    if (k.downstreamModifier().status() == ModifierStatus.NOT_PROVIDER) {
      return notApplicable(id, bases, List.of(Reason.of(ReasonCode.OBL_NOT_PROVIDER, GL_MODIFIER,
          "obl.notProvider")), to);
    }
    return null;
  }

  /**
   * Makes an obligation that would apply INDETERMINATE when whether the model is a GPAI model, or whether the
   * modifier became its provider, is undecided; its dates stay those it has if it applies.
   */
  private static Obligation undecided(Context c, Obligation o) {
    Classification k = c.classification;
    List<Reason> rs = new ArrayList<>();
    if (k.gpaiModel().status() == GpaiModelStatus.INDETERMINATE) {
      rs.add(Reason.of(ReasonCode.OBL_GPAI_INDETERMINATE, LegalBasis.section(Instrument.COMMISSION_GUIDELINES,
          "2.1"), "obl.gpaiIndeterminate"));
    }
    if (k.downstreamModifier().status() == ModifierStatus.INDETERMINATE) {
      rs.add(Reason.of(ReasonCode.OBL_MODIFIER_INDETERMINATE, GL_MODIFIER, "obl.modifierIndeterminate"));
    }
    if (rs.isEmpty() || o.status() == ObligationStatus.NOT_APPLICABLE || o.status() == ObligationStatus.EXEMPT) {
      return o;
    }
    rs.addAll(o.reasons());
    return new Obligation(o.id(), ObligationStatus.INDETERMINATE, o.legalBases(), rs, o.effectiveDate(),
        o.dueDate(), o.extendedDueDate(), o.enforceableFrom(), o.recipients(), o.published(), o.retainUntil(),
        o.responsePeriod(), o.updateInterval());
  }

  private @Nullable Obligation gateExemptable(
      Context c, ObligationId id, List<LegalBasis> bases, List<Recipient> to, LegalBasis exemption) {
    Obligation gated = gate(c, id, bases, to);
    if (gated != null) {
      return gated;
    }
    ExemptionStatus oss = c.classification.openSourceExemption().status();
    if (oss == ExemptionStatus.EXEMPT) {
      List<LegalBasis> withExemption = new ArrayList<>(bases);
      withExemption.add(exemption);
      return new Obligation(id, ObligationStatus.EXEMPT, withExemption, List.of(Reason.of(
          ReasonCode.OBL_OPEN_SOURCE_EXEMPT, exemption, "obl.openSourceExempt")), null, null, null, null, to, false, null, null, null);
    }
    return null;
  }

  private List<Reason> applies(Context c, ObligationId id, String key) {
    List<Reason> rs = new ArrayList<>();
    rs.add(Reason.of(ReasonCode.OBL_APPLIES, id.legalBasis(), key));
    boolean exemptable = id == ObligationId.ART_53_1_A_TECHNICAL_DOCUMENTATION
        || id == ObligationId.ART_53_1_B_DOWNSTREAM_INFORMATION || id == ObligationId.ART_54_AUTHORISED_REPRESENTATIVE;
    if (exemptable && c.classification.openSourceExemption().status() == ExemptionStatus.INDETERMINATE) {
      rs.add(Reason.of(ReasonCode.OBL_OPEN_SOURCE_INDETERMINATE, id == ObligationId.ART_54_AUTHORISED_REPRESENTATIVE
          ? LegalBasis.article(54, "6") : LegalBasis.article(53, "2"),
          "obl.openSourceIndeterminate", c.classification.openSourceExemption().blockers().size()));
    }
    if (c.classification.downstreamModifier().status() == ModifierStatus.PROVIDER_OF_MODIFIED_MODEL
        && id != ObligationId.ART_54_AUTHORISED_REPRESENTATIVE) {
      rs.add(Reason.of(ReasonCode.OBL_MODIFIER_SCOPE, LegalBasis.recital(109), "obl.modifierScope"));
    }
    return rs;
  }

  private static void notExemptable(Context c, List<Reason> rs) {
    if (c.classification.openSourceExemption().status() != ExemptionStatus.NOT_EXEMPT) {
      rs.add(Reason.of(ReasonCode.OBL_NOT_EXEMPTABLE, LegalBasis.article(53, "2"), "obl.notExemptable"));
    }
  }

  private @Nullable LocalDate retention(Context c, List<Reason> rs, LegalBasis basis, Period p, boolean statute) {
    LocalDate placed = c.placement();
    String kind = statute ? "statute" : "code";
    if (placed == null) {
      rs.add(Reason.of(ReasonCode.OBL_RETENTION, basis, "obl.retention.unknown." + kind, p.getYears()));
      return null;
    }
    LocalDate until = plusOrNull(placed, p);
    if (until == null) {
      rs.add(Reason.of(ReasonCode.DATE_OUT_OF_RANGE, basis, "date.outOfRange.retention", p.getYears(), placed,
          LocalDate.MAX));
      return null;
    }
    rs.add(Reason.of(ReasonCode.OBL_RETENTION, basis, "obl.retention." + kind, until, p.getYears(), placed));
    return until;
  }

  /** Builds an applying or indeterminate entry with the placement-based dates of Arts.&nbsp;53 and 54. */
  private Obligation scheduled(Context c, ObligationId id, ObligationStatus status, List<LegalBasis> bases,
      List<Reason> reasons, List<Recipient> to, boolean published, @Nullable LocalDate retain,
      @Nullable Period response, @Nullable Period interval) {
    List<Reason> rs = new ArrayList<>(reasons);
    LocalDate placed = c.placement();
    LocalDate effective = null;
    LocalDate due = null;
    if (placed == null) {
      rs.add(c.profile.placedOnUnionMarket().isNo()
          ? Reason.of(ReasonCode.OBL_NOT_YET_PLACED, LegalBasis.article(3, "9"), "obl.notYetPlaced")
          : Reason.of(ReasonCode.OBL_PLACEMENT_UNKNOWN, LegalBasis.article(3, "9"), "obl.placementUnknown"));
    } else {
      effective = later(placed, rules.chapterFiveApplicationDate());
      if (c.legacy()) {
        due = rules.legacyComplianceDeadline();
        rs.add(legacyReason(c));
      } else {
        due = placed;
        rs.add(placed.isAfter(c.classification.asOf())
            ? Reason.of(ReasonCode.OBL_NOT_YET_PLACED, LegalBasis.article(3, "9"), "obl.plannedPlacement", placed,
                c.classification.asOf())
            : Reason.of(ReasonCode.OBL_PLACED, LegalBasis.article(3, "9"), "obl.placed", placed));
      }
    }
    return new Obligation(id, status, bases, rs, effective, due, null, enforceable(due, rs), to, published, retain,
        response, interval);
  }

  private Reason legacyReason(Context c) {
    return Reason.of(ReasonCode.OBL_LEGACY_MODEL, LegalBasis.article(111, "3"), "obl.legacy", c.placement(),
        rules.chapterFiveApplicationDate(), rules.legacyComplianceDeadline());
  }

  private @Nullable LocalDate enforceable(@Nullable LocalDate due, List<Reason> rs) {
    if (due == null) {
      return null;
    }
    LocalDate from = later(due, rules.enforcementDate());
    if (from.isAfter(due)) {
      rs.add(Reason.of(ReasonCode.OBL_ENFORCEMENT, LegalBasis.article(113), "obl.enforcement", rules.enforcementDate()));
    }
    return from;
  }

  private static Obligation notApplicable(
      ObligationId id, List<LegalBasis> bases, List<Reason> rs, List<Recipient> to) {
    return new Obligation(id, ObligationStatus.NOT_APPLICABLE, bases, rs, null, null, null, null, to, false, null,
        null, null);
  }

  private List<LegalBasis> bases(Context c, LegalBasis... bases) {
    List<LegalBasis> out = new ArrayList<>(List.of(bases));
    if (c.legacy()) {
      out.add(LegalBasis.article(111, "3"));
    }
    return out;
  }

  private static @Nullable LocalDate plusOrNull(LocalDate date, Period period) {
    try {
      return date.plus(period);
    } catch (DateTimeException | ArithmeticException e) {
      return null;
    }
  }

  private static LocalDate later(LocalDate a, LocalDate b) {
    return a.isAfter(b) ? a : b;
  }

  /** The inputs of one derivation. */
  private final class Context {
    final ModelProfile profile;
    final Classification classification;

    Context(ModelProfile profile, Classification classification) {
      this.profile = profile;
      this.classification = classification;
    }

    @Nullable LocalDate placement() {
      return profile.unionPlacementDate();
    }

    boolean legacy() {
      LocalDate p = placement();
      return p != null && rules.isLegacyPlacement(p);
    }
  }
}
