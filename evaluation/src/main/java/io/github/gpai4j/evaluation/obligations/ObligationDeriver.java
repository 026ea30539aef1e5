package io.github.gpai4j.evaluation.obligations;

import static java.util.Objects.requireNonNull;

import io.github.gpai4j.core.Instrument;
import io.github.gpai4j.core.LegalBasis;
import io.github.gpai4j.core.Recipient;
import io.github.gpai4j.evaluation.classification.Classification;
import io.github.gpai4j.evaluation.classification.ExemptionStatus;
import io.github.gpai4j.evaluation.classification.Fact;
import io.github.gpai4j.evaluation.classification.GpaiModelStatus;
import io.github.gpai4j.evaluation.classification.ModelClassifier;
import io.github.gpai4j.evaluation.classification.ModelProfile;
import io.github.gpai4j.evaluation.classification.ModifierStatus;
import io.github.gpai4j.evaluation.classification.NotificationAssessment;
import io.github.gpai4j.evaluation.classification.ProviderEstablishment;
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
 * Derives the obligations of Chapter V of Regulation (EU) 2024/1689 (Arts. 52(1), 53(1)(a)-(d), 54, 55(1)(a)-(d))
 * for a model as of a date, from its {@link Classification} and the dates of one {@link GpaiRuleSet}.
 *
 * <p>Rules, in the order applied to each obligation:
 *
 * <ol>
 *   <li>A model that is not a GPAI model, or a modifier that did not become provider (guidelines, section 3.2), has
 *       none of these obligations; an undecided answer makes every obligation {@code INDETERMINATE}.
 *   <li>Art. 53(1)(a)-(b) and Art. 54 are {@code EXEMPT} under the open-source exemption (Arts. 53(2), 54(6)).
 *       The exemption is an exception its beneficiary must establish: while any of its conditions is unknown it
 *       does not lift the obligation, which {@code APPLIES} with a reason naming the unknown conditions (unknown
 *       never counts as satisfied). Art. 53(1)(c)-(d) are never exempt.
 *   <li>Art. 54 applies only to providers established in a third country; Art. 55 only to models with systemic
 *       risk (presumed or designated), and no longer once the Commission accepted the provider's arguments.
 *   <li>Dates: Chapter V applies from 2 August 2025 (Art. 113(b)). Art. 53 and 54 obligations bind from placing on
 *       the Union market and are due at placement (the summary is published at the latest then; the representative
 *       is appointed before placing); for models placed before 2 August 2025 they bind from 2 August 2025 and are
 *       due by 2 August 2027 (Art. 111(3)). Art. 55 binds from the day the condition was met or the designation
 *       (guidelines, section 2.3). Enforcement and fines start 2 August 2026 (Arts. 101, 113). Documentation is kept
 *       ten years after placement (Art. 54(3)(b); CoP Transparency Measure 1.1); downstream providers are answered
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
    rs.add(new Reason(ReasonCode.OBL_NOTIFICATION, id.legalBasis(), "Notification status: " + n.status() + "."));
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
    List<Reason> rs = applies(c, id, "Technical documentation with at least the Annex XI items is drawn up before"
        + " placing, kept up to date and given to the AI Office and national competent authorities on request.");
    if (c.classification.systemicRisk().systemicRisk().isYes()) {
      rs.add(new Reason(ReasonCode.OBL_ANNEX_XI_SECTION_2, LegalBasis.annex("XI", "2"),
          "As a model with systemic risk, the documentation also contains Annex XI Section 2 (evaluation"
              + " strategies, adversarial testing, system architecture)."));
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
    List<Reason> rs = applies(c, id, "Information with at least the Annex XII items is made available to providers"
        + " of AI systems that intend to integrate the model, and kept up to date.");
    Period response = rules.downstreamResponsePeriod();
    rs.add(new Reason(ReasonCode.OBL_DOWNSTREAM_RESPONSE, LegalBasis.measure(Instrument.COP_TRANSPARENCY, "1.2"),
        "Requests from downstream providers are answered within " + response.getDays() + " days, a commitment of"
            + " the Code of Practice (Transparency Measure 1.2), not a period of the AI Act."));
    return scheduled(c, id, ObligationStatus.APPLIES, bases, rs, to, false, null, response, null);
  }

  private Obligation copyrightPolicy(Context c) {
    ObligationId id = ObligationId.ART_53_1_C_COPYRIGHT_POLICY;
    List<LegalBasis> bases = bases(c, id.legalBasis(), LegalBasis.measure(Instrument.COP_COPYRIGHT, "1.1"));
    Obligation gated = gate(c, id, bases, List.of());
    if (gated != null) {
      return gated;
    }
    List<Reason> rs = applies(c, id, "A policy to comply with Union copyright law, identifying and honouring"
        + " reservations of rights under Art. 4(3) of Directive (EU) 2019/790, is put in place.");
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
    List<Reason> rs = applies(c, id, "A sufficiently detailed summary of the training content is published on the"
        + " AI Office template, at the latest when the model is placed on the market.");
    notExemptable(c, rs);
    Period interval = rules.trainingContentSummaryUpdateInterval();
    Fact continues = c.profile.trainingContinues();
    rs.add(new Reason(ReasonCode.OBL_SUMMARY_UPDATES, id.legalBasis(), (continues.isYes()
        ? "Training continues on new data, so the summary is updated"
        : continues.isNo() ? "Training does not continue; were it to, the summary would be updated"
            : "Whether training continues is unknown; while it does, the summary is updated")
        + " at least every " + interval.getMonths() + " months, sooner if the change is materially significant"
        + " (template; UNCONFIRMED wording)."));
    if (c.profile.smallOrMediumEnterprise().isYes()) {
      rs.add(new Reason(ReasonCode.OBL_SME, LegalBasis.section(Instrument.TRAINING_CONTENT_TEMPLATE, "2.3"),
          "As an SME the provider lists the top 5 % of crawled domains or the top 1 000, whichever is lower,"
              + " instead of the top 10 % (secondary sources)."));
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
      return notApplicable(id, bases, List.of(new Reason(ReasonCode.OBL_UNION_PROVIDER, id.legalBasis(),
          "The provider is established in the Union; only third-country providers appoint a representative.")), to);
    }
    if (e == ProviderEstablishment.UNKNOWN) {
      List<Reason> rs = new ArrayList<>();
      rs.add(new Reason(ReasonCode.OBL_ESTABLISHMENT_UNKNOWN, id.legalBasis(),
          "Where the provider is established is unknown; a third-country provider must appoint a representative."));
      return scheduled(c, id, ObligationStatus.INDETERMINATE, bases, rs, to, false, null, null, null);
    }
    Obligation exempt = gateExemptable(c, id, bases, to, LegalBasis.article(54, "6"));
    if (exempt != null) {
      return exempt;
    }
    List<Reason> rs = applies(c, id, "The provider is established in a third country and appoints, by written"
        + " mandate, an authorised representative established in the Union before placing the model on the market.");
    rs.add(0, new Reason(ReasonCode.OBL_THIRD_COUNTRY_PROVIDER, id.legalBasis(),
        "The provider is established in a third country."));
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
        rs.add(new Reason(ReasonCode.OBL_REBUTTED, LegalBasis.section(Instrument.COMMISSION_GUIDELINES, "2.3"),
            "The Commission accepted the provider's arguments on " + s.since()
                + "; the obligations for models with systemic risk end from then."));
        return notApplicable(id, bases, rs, to);
      }
      case NOT_PRESUMED -> {
        rs.add(new Reason(ReasonCode.OBL_NO_SYSTEMIC_RISK, LegalBasis.article(51, "1"),
            "The model is not a GPAI model with systemic risk."));
        return notApplicable(id, bases, rs, to);
      }
      case INDETERMINATE -> rs.add(new Reason(ReasonCode.OBL_SYSTEMIC_RISK_INDETERMINATE, LegalBasis.article(51, "1"),
          "Whether the model has systemic risk is undecided; Art. 55 applies if it has."));
      case PRESUMED, DESIGNATED -> rs.add(new Reason(ReasonCode.OBL_SYSTEMIC_RISK, LegalBasis.article(51, "1"),
          "The model is a GPAI model with systemic risk (" + s.status() + (s.since() != null ? " since "
              + s.since() : "") + "); Art. 55 applies in addition to Arts. 53 and 54."));
    }
    ObligationStatus status = s.status() == SystemicRiskStatus.INDETERMINATE
        ? ObligationStatus.INDETERMINATE : ObligationStatus.APPLIES;
    LocalDate since = s.since();
    LocalDate effective = since == null ? null : later(since, rules.chapterFiveApplicationDate());
    if (since == null) {
      rs.add(new Reason(ReasonCode.OBL_CONDITION_DATE_UNKNOWN, LegalBasis.section(Instrument.COMMISSION_GUIDELINES,
          "2.3"), "The date from which the model has systemic risk is unknown; the obligation binds from that"
              + " date."));
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
      return notApplicable(id, bases, List.of(new Reason(ReasonCode.OBL_NOT_GPAI_MODEL, LegalBasis.article(3, "63"),
          "The model is not a GPAI model, so Chapter V does not apply.")), to);
    }
    if (k.downstreamModifier().status() == ModifierStatus.NOT_PROVIDER) {
      return notApplicable(id, bases, List.of(new Reason(ReasonCode.OBL_NOT_PROVIDER, GL_MODIFIER,
          "The modifier did not become the provider of the modified model; the original provider keeps the"
              + " obligations.")), to);
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
      rs.add(new Reason(ReasonCode.OBL_GPAI_INDETERMINATE, LegalBasis.section(Instrument.COMMISSION_GUIDELINES,
          "2.1"), "Whether the model is a GPAI model is undecided; the dates are those that apply if it is."));
    }
    if (k.downstreamModifier().status() == ModifierStatus.INDETERMINATE) {
      rs.add(new Reason(ReasonCode.OBL_MODIFIER_INDETERMINATE, GL_MODIFIER,
          "Whether the modifier became the provider of the modified model is undecided; the dates are those that"
              + " apply if it did."));
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
      return new Obligation(id, ObligationStatus.EXEMPT, withExemption, List.of(new Reason(
          ReasonCode.OBL_OPEN_SOURCE_EXEMPT, exemption, "The model is released under a free and open-source licence"
              + " with weights, architecture and usage information public, is not monetised and has no systemic"
              + " risk.")), null, null, null, null, to, false, null, null, null);
    }
    return null;
  }

  private List<Reason> applies(Context c, ObligationId id, String text) {
    List<Reason> rs = new ArrayList<>();
    rs.add(new Reason(ReasonCode.OBL_APPLIES, id.legalBasis(), text));
    boolean exemptable = id == ObligationId.ART_53_1_A_TECHNICAL_DOCUMENTATION
        || id == ObligationId.ART_53_1_B_DOWNSTREAM_INFORMATION || id == ObligationId.ART_54_AUTHORISED_REPRESENTATIVE;
    if (exemptable && c.classification.openSourceExemption().status() == ExemptionStatus.INDETERMINATE) {
      rs.add(new Reason(ReasonCode.OBL_OPEN_SOURCE_INDETERMINATE, id == ObligationId.ART_54_AUTHORISED_REPRESENTATIVE
          ? LegalBasis.article(54, "6") : LegalBasis.article(53, "2"),
          "The open-source exemption is not established: " + c.classification.openSourceExemption().blockers().size()
              + " of its conditions are not known to hold, so the obligation applies until all are shown."));
    }
    if (c.classification.downstreamModifier().status() == ModifierStatus.PROVIDER_OF_MODIFIED_MODEL
        && id != ObligationId.ART_54_AUTHORISED_REPRESENTATIVE) {
      rs.add(new Reason(ReasonCode.OBL_MODIFIER_SCOPE, LegalBasis.recital(109),
          "As a modifier that became provider, the obligation is limited to the modification."));
    }
    return rs;
  }

  private static void notExemptable(Context c, List<Reason> rs) {
    if (c.classification.openSourceExemption().status() != ExemptionStatus.NOT_EXEMPT) {
      rs.add(new Reason(ReasonCode.OBL_NOT_EXEMPTABLE, LegalBasis.article(53, "2"),
          "The open-source exemption covers only Art. 53(1)(a)-(b) and Art. 54, never this obligation."));
    }
  }

  private @Nullable LocalDate retention(Context c, List<Reason> rs, LegalBasis basis, Period p, boolean statute) {
    LocalDate placed = c.placement();
    String source = statute ? "" : " (a commitment of the Code of Practice, not a period of the AI Act)";
    if (placed == null) {
      rs.add(new Reason(ReasonCode.OBL_RETENTION, basis,
          "Documentation is kept for " + p.getYears() + " years after placing on the market" + source
              + "; the placement date is unknown."));
      return null;
    }
    LocalDate until = plusOrNull(placed, p);
    if (until == null) {
      rs.add(new Reason(ReasonCode.DATE_OUT_OF_RANGE, basis, p.getYears() + " years after placing on " + placed
          + " lies beyond the last supported date (" + LocalDate.MAX + "), so no date is given."));
      return null;
    }
    rs.add(new Reason(ReasonCode.OBL_RETENTION, basis,
        "Documentation is kept until " + until + ", " + p.getYears() + " years after placing on " + placed + source
            + "."));
    return until;
  }

  /** Builds an applying or indeterminate entry with the placement-based dates of Arts. 53 and 54. */
  private Obligation scheduled(Context c, ObligationId id, ObligationStatus status, List<LegalBasis> bases,
      List<Reason> reasons, List<Recipient> to, boolean published, @Nullable LocalDate retain,
      @Nullable Period response, @Nullable Period interval) {
    List<Reason> rs = new ArrayList<>(reasons);
    LocalDate placed = c.placement();
    LocalDate effective = null;
    LocalDate due = null;
    if (placed == null) {
      rs.add(c.profile.placedOnUnionMarket().isNo()
          ? new Reason(ReasonCode.OBL_NOT_YET_PLACED, LegalBasis.article(3, "9"),
              "The model is not yet placed on the Union market; the obligation binds from placing and is due then.")
          : new Reason(ReasonCode.OBL_PLACEMENT_UNKNOWN, LegalBasis.article(3, "9"),
              "The Union placement date is unknown, so the effective and due dates are unknown."));
    } else {
      effective = later(placed, rules.chapterFiveApplicationDate());
      if (c.legacy()) {
        due = rules.legacyComplianceDeadline();
        rs.add(legacyReason(c));
      } else {
        due = placed;
        rs.add(placed.isAfter(c.classification.asOf())
            ? new Reason(ReasonCode.OBL_NOT_YET_PLACED, LegalBasis.article(3, "9"),
                "Placing on the Union market is planned for " + placed + " (after " + c.classification.asOf()
                    + "); the obligation binds from then and is due then.")
            : new Reason(ReasonCode.OBL_PLACED, LegalBasis.article(3, "9"),
                "Placed on the Union market on " + placed + "; due at placement."));
      }
    }
    return new Obligation(id, status, bases, rs, effective, due, null, enforceable(due, rs), to, published, retain,
        response, interval);
  }

  private Reason legacyReason(Context c) {
    return new Reason(ReasonCode.OBL_LEGACY_MODEL, LegalBasis.article(111, "3"),
        "Placed on the Union market on " + c.placement() + ", before " + rules.chapterFiveApplicationDate()
            + ": compliance is due by " + rules.legacyComplianceDeadline() + ".");
  }

  private @Nullable LocalDate enforceable(@Nullable LocalDate due, List<Reason> rs) {
    if (due == null) {
      return null;
    }
    LocalDate from = later(due, rules.enforcementDate());
    if (from.isAfter(due)) {
      rs.add(new Reason(ReasonCode.OBL_ENFORCEMENT, LegalBasis.article(113),
          "Commission enforcement and Art. 101 fines apply only from " + rules.enforcementDate() + "."));
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
