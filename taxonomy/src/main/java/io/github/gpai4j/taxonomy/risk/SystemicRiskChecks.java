package io.github.gpai4j.taxonomy.risk;

import static java.util.Objects.requireNonNull;

import io.github.gpai4j.core.Instrument;
import io.github.gpai4j.core.LegalBasis;
import io.github.gpai4j.core.validation.Severity;
import io.github.gpai4j.taxonomy.SpecifiedSystemicRisk;
import io.github.gpai4j.taxonomy.TaxonomyProblem;
import io.github.gpai4j.taxonomy.evaluation.ModelEvaluation;
import io.github.gpai4j.taxonomy.mitigation.Mitigation;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.HashSet;
import java.util.Set;
import org.jspecify.annotations.Nullable;

/**
 * Pure checks of systemic risk records against Measures 2.1, 2.2, 4.1 and 4.2 of the Safety and Security chapter
 * of the GPAI Code of Practice. They return problems ({@link TaxonomyProblem}) and never throw because of what a
 * record says; they throw only for a null argument. Unknown never counts as satisfied: a tier whose status is
 * unknown is not a tier "not yet reached", and an undetermined acceptability does not support proceeding.
 *
 * <p>Rule ids are stable and never reworded once released. Stateless and thread-safe.
 *
 * @since 0.1.0
 */
public final class SystemicRiskChecks {

  /** Measure 2.1(2): every specified systemic risk of Appendix 1.4 is identified. */
  public static final String SPECIFIED_RISK_NOT_IDENTIFIED = "TAX-2.1-SPECIFIED-NOT-IDENTIFIED";
  /** Measure 2.2: each identified risk has at least one scenario. */
  public static final String NO_SCENARIO = "TAX-2.2-NO-SCENARIO";
  /** Measure 4.1: each identified risk has acceptance criteria. */
  public static final String NO_CRITERIA = "TAX-4.1-NO-CRITERIA";
  /** Measure 4.1: every criterion says whether it is a tier or another criterion. */
  public static final String CRITERION_TYPE_MISSING = "TAX-4.1-CRITERION-TYPE-MISSING";
  /** Measure 4.1: a specified risk uses systemic risk tiers, never other criteria. */
  public static final String SPECIFIED_RISK_OTHER_CRITERION = "TAX-4.1-SPECIFIED-OTHER-CRITERION";
  /** Measure 4.1: other criteria need a justification why tiers are unsuitable. */
  public static final String OTHER_CRITERION_UNJUSTIFIED = "TAX-4.1-OTHER-CRITERION-UNJUSTIFIED";
  /** Measure 4.1: a tier is defined in terms of model capabilities. */
  public static final String TIER_WITHOUT_CAPABILITY = "TAX-4.1-TIER-WITHOUT-CAPABILITY";
  /** Measure 4.1: a tier is measurable. */
  public static final String TIER_NOT_MEASURABLE = "TAX-4.1-TIER-NOT-MEASURABLE";
  /** Measure 4.1: at least one tier is known not yet to be reached. */
  public static final String NO_UNREACHED_TIER = "TAX-4.1-NO-UNREACHED-TIER";
  /** Measure 4.2: proceed only if the risks were determined acceptable. */
  public static final String PROCEED_NOT_ACCEPTABLE = "TAX-4.2-PROCEED-NOT-ACCEPTABLE";
  /** Commitment 2: identified risks have distinct identifiers so that other records can refer to them. */
  public static final String DUPLICATE_RISK_ID = "TAX-2-DUPLICATE-RISK-ID";
  /** Commitments 3 to 6: a record refers only to identified risks. */
  public static final String UNKNOWN_RISK_REFERENCE = "TAX-2-UNKNOWN-RISK-REFERENCE";

  private static final LegalBasis M21 = measure("2.1", "2");
  private static final LegalBasis M22 = measure("2.2");
  private static final LegalBasis M41 = measure("4.1");
  private static final LegalBasis M42 = measure("4.2");

  private SystemicRiskChecks() {}

  private static LegalBasis measure(String number, String... subdivisions) {
    return LegalBasis.measure(Instrument.COP_SAFETY_AND_SECURITY, number, subdivisions);
  }

  /**
   * Checks that a provider's list of identified systemic risks contains every specified systemic risk of Appendix
   * 1.4, which Measure 2.1(2) requires to be identified in any case. The pointer is the list index where a
   * missing risk would go ({@code ""}: the list as a whole).
   *
   * @param risks the identified risks, not null
   * @return one problem per missing specified risk, in Appendix 1.4 order; empty if none is missing
   * @throws NullPointerException if {@code risks} or an element is null
   */
  public static List<TaxonomyProblem> checkIdentification(List<SystemicRisk> risks) {
    requireNonNull(risks, "risks");
    Set<SpecifiedSystemicRisk> seen = EnumSet.noneOf(SpecifiedSystemicRisk.class);
    for (SystemicRisk r : risks) {
      SpecifiedSystemicRisk s = requireNonNull(r, "risk").specifiedRisk();
      if (s != null) {
        seen.add(s);
      }
    }
    List<TaxonomyProblem> out = new ArrayList<>();
    for (SpecifiedSystemicRisk s : SpecifiedSystemicRisk.values()) {
      if (!seen.contains(s)) {
        out.add(new TaxonomyProblem(SPECIFIED_RISK_NOT_IDENTIFIED, Severity.ERROR, "", M21, List.of(s.code())));
      }
    }
    return List.copyOf(out);
  }

  /**
   * Checks one identified systemic risk: it has scenarios (Measure 2.2) and acceptance criteria that satisfy
   * Measure 4.1. Measure 4.1 asks for systemic risk tiers that are defined in terms of model capabilities,
   * measurable, and include at least one tier not yet reached; other criteria are allowed only where tiers are
   * unsuitable and never for a specified systemic risk.
   *
   * @param risk the risk, not null
   * @return the problems found, ordered by rule and then by criterion index; empty if none
   * @throws NullPointerException if {@code risk} is null
   */
  public static List<TaxonomyProblem> check(SystemicRisk risk) {
    requireNonNull(risk, "risk");
    List<TaxonomyProblem> out = new ArrayList<>();
    String name = label(risk);
    if (risk.scenarios().isEmpty()) {
      out.add(new TaxonomyProblem(NO_SCENARIO, Severity.ERROR, "/scenarios", M22, List.of(name)));
    }
    List<AcceptanceCriterion> criteria = risk.acceptanceCriteria();
    if (criteria.isEmpty()) {
      out.add(new TaxonomyProblem(NO_CRITERIA, Severity.ERROR, "/acceptanceCriteria", M41, List.of(name)));
      return List.copyOf(out);
    }
    boolean anyTier = false;
    boolean anyUnreached = false;
    boolean otherReported = false;
    for (int i = 0; i < criteria.size(); i++) {
      AcceptanceCriterion c = criteria.get(i);
      String at = "/acceptanceCriteria/" + i;
      AcceptanceCriterionType type = c.type();
      if (type == null) {
        out.add(new TaxonomyProblem(CRITERION_TYPE_MISSING, Severity.ERROR, at + "/type", M41, List.of(name)));
      } else if (type == AcceptanceCriterionType.OTHER_CRITERION) {
        SpecifiedSystemicRisk specified = risk.specifiedRisk();
        if (specified != null) {
          out.add(new TaxonomyProblem(SPECIFIED_RISK_OTHER_CRITERION, Severity.ERROR, at + "/type", M41,
              List.of(specified.code())));
        } else if (isBlank(risk.tiersUnsuitableJustification()) && !otherReported) {
          out.add(new TaxonomyProblem(OTHER_CRITERION_UNJUSTIFIED, Severity.ERROR, "/tiersUnsuitableJustification",
              M41, List.of(name)));
          otherReported = true;
        }
      } else {
        anyTier = true;
        if (c.definingCapabilities().isEmpty()) {
          out.add(new TaxonomyProblem(TIER_WITHOUT_CAPABILITY, Severity.ERROR, at + "/definingCapabilities", M41,
              List.of(tierName(c, i))));
        }
        if (isBlank(c.measurement())) {
          out.add(new TaxonomyProblem(TIER_NOT_MEASURABLE, Severity.ERROR, at + "/measurement", M41,
              List.of(tierName(c, i))));
        }
        if (Boolean.FALSE.equals(c.reached())) {
          anyUnreached = true;
        }
      }
    }
    if (anyTier && !anyUnreached) {
      out.add(new TaxonomyProblem(NO_UNREACHED_TIER, Severity.ERROR, "/acceptanceCriteria", M41, List.of(name)));
    }
    return List.copyOf(out);
  }

  /**
   * Checks a determination: Measure 4.2 lets a signatory proceed only if the systemic risks were determined
   * acceptable; a decision to proceed with risks determined unacceptable, or not determined, is a problem.
   *
   * @param determination the determination, not null
   * @return the problems found; empty if none
   * @throws NullPointerException if {@code determination} is null
   */
  public static List<TaxonomyProblem> check(RiskAcceptanceDetermination determination) {
    requireNonNull(determination, "determination");
    if (determination.decision() == ProceedDecision.PROCEED && !Boolean.TRUE.equals(determination.acceptable())) {
      String acceptable = String.valueOf(determination.acceptable());
      return List.of(
          new TaxonomyProblem(PROCEED_NOT_ACCEPTABLE, Severity.ERROR, "/decision", M42, List.of(acceptable)));
    }
    return List.of();
  }

  /**
   * Checks the references between a provider's records: identified risks (Commitment 2) have distinct ids, and
   * every risk id that a mitigation (Commitments 5 and 6), a model evaluation (Measure 3.2) or an acceptance
   * determination (Commitment 4) names belongs to an identified risk. Pointers are relative to a document of the
   * shape {@code {"risks": [...], "mitigations": [...], "evaluations": [...], "determinations": [...]}}.
   *
   * @param risks the identified risks, not null
   * @param mitigations the mitigations, not null
   * @param evaluations the model evaluations, not null
   * @param determinations the acceptance determinations, not null
   * @return the problems found, in list order; empty if none
   * @throws NullPointerException if an argument or an element is null
   */
  public static List<TaxonomyProblem> checkReferences(
      List<SystemicRisk> risks,
      List<Mitigation> mitigations,
      List<ModelEvaluation> evaluations,
      List<RiskAcceptanceDetermination> determinations) {
    requireNonNull(risks, "risks");
    requireNonNull(mitigations, "mitigations");
    requireNonNull(evaluations, "evaluations");
    requireNonNull(determinations, "determinations");
    List<TaxonomyProblem> out = new ArrayList<>();
    Set<String> ids = new HashSet<>();
    LegalBasis c2 = LegalBasis.commitment(Instrument.COP_SAFETY_AND_SECURITY, "2");
    for (int i = 0; i < risks.size(); i++) {
      String id = requireNonNull(risks.get(i), "risk").id();
      if (id != null && !ids.add(id)) {
        out.add(new TaxonomyProblem(DUPLICATE_RISK_ID, Severity.ERROR, "/risks/" + i + "/id", c2, List.of(id)));
      }
    }
    for (int i = 0; i < mitigations.size(); i++) {
      unknown(ids, mitigations.get(i).riskIds(), "/mitigations/" + i + "/riskIds/",
          LegalBasis.commitment(Instrument.COP_SAFETY_AND_SECURITY, "5"), out);
    }
    for (int i = 0; i < evaluations.size(); i++) {
      unknown(ids, evaluations.get(i).riskIds(), "/evaluations/" + i + "/riskIds/", measure("3.2"), out);
    }
    for (int i = 0; i < determinations.size(); i++) {
      unknown(ids, determinations.get(i).riskIds(), "/determinations/" + i + "/riskIds/", M41, out);
    }
    return List.copyOf(out);
  }

  private static void unknown(
      Set<String> ids, List<String> refs, String pointer, LegalBasis basis, List<TaxonomyProblem> out) {
    for (int j = 0; j < refs.size(); j++) {
      if (!ids.contains(refs.get(j))) {
        out.add(new TaxonomyProblem(UNKNOWN_RISK_REFERENCE, Severity.ERROR, pointer + j, basis,
            List.of(refs.get(j))));
      }
    }
  }

  private static String label(SystemicRisk risk) {
    if (risk.id() != null) {
      return risk.id();
    }
    if (risk.name() != null) {
      return risk.name();
    }
    SpecifiedSystemicRisk s = risk.specifiedRisk();
    return s != null ? s.code() : "?";
  }

  private static String tierName(AcceptanceCriterion c, int index) {
    String n = c.name();
    return n != null ? n : "#" + index;
  }

  private static boolean isBlank(@Nullable String s) {
    return s == null || s.isBlank();
  }
}
