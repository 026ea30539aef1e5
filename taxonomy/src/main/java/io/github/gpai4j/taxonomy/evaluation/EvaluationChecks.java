package io.github.gpai4j.taxonomy.evaluation;

import static java.util.Objects.requireNonNull;

import io.github.gpai4j.core.Instrument;
import io.github.gpai4j.core.LegalBasis;
import io.github.gpai4j.core.validation.Severity;
import io.github.gpai4j.taxonomy.TaxonomyProblem;
import java.util.ArrayList;
import java.util.List;
import org.jspecify.annotations.Nullable;

/**
 * Pure checks of a model evaluation against Appendix 3 of the Safety and Security chapter, which applies to the
 * evaluations of the full systemic risk assessment and mitigation process (Measure 3.2); lighter-touch evaluations
 * at trigger points (Measure 1.2(1)(a)) are exempt and yield no problems. Checks return problems and never throw
 * because of what a record says; they throw only for a null argument. Unknown never counts as satisfied.
 *
 * <p>Rule ids are stable and never reworded once released. Stateless and thread-safe.
 *
 * @since 0.1.0
 */
public final class EvaluationChecks {

  /** Appendix 3.1: the evaluation states how internal validity, external validity and reproducibility are ensured. */
  public static final String RIGOUR_UNSTATED = "TAX-APP3.1-RIGOUR-UNSTATED";
  /** Appendix 3.2: the evaluation names the elicitation techniques used. */
  public static final String ELICITATION_UNSTATED = "TAX-APP3.2-ELICITATION-UNSTATED";
  /** Appendix 3.2: elicitation matches misuse actors and the expected use context. */
  public static final String ELICITATION_NOT_MATCHED = "TAX-APP3.2-ELICITATION-NOT-MATCHED";
  /** Appendix 3.4: at least 20 business days is given as appropriate for most risks and methods. */
  public static final String SHORT_EVALUATION_TIME = "TAX-APP3.4-SHORT-TIME";

  /** The example duration of Appendix 3.4: "at least 20 business days". */
  public static final int APPENDIX_3_4_BUSINESS_DAYS = 20;

  private EvaluationChecks() {}

  private static LegalBasis appendix(String number, String... subdivisions) {
    return LegalBasis.appendix(Instrument.COP_SAFETY_AND_SECURITY, number, subdivisions);
  }

  /**
   * Checks a model evaluation against Appendix 3: rigour (3.1: internal validity, external validity,
   * reproducibility), elicitation at least matching misuse actors and the expected use context (3.2), and time
   * for the evaluation team, which Appendix 3.4 gives as at least 20 business days for most risks and methods
   * (an indication, hence {@link Severity#INFO}).
   *
   * @param evaluation the evaluation, not null
   * @return the problems found, in rule order; empty for a lighter-touch evaluation or if none
   * @throws NullPointerException if {@code evaluation} is null
   */
  public static List<TaxonomyProblem> check(ModelEvaluation evaluation) {
    requireNonNull(evaluation, "evaluation");
    if (evaluation.lighterTouch()) {
      return List.of();
    }
    List<TaxonomyProblem> out = new ArrayList<>();
    String name = evaluation.id() != null ? evaluation.id() : String.valueOf(evaluation.title());
    if (isBlank(evaluation.internalValidity())) {
      out.add(new TaxonomyProblem(RIGOUR_UNSTATED, Severity.WARNING, "/internalValidity", appendix("3.1", "1"),
          List.of(name, "internalValidity")));
    }
    if (isBlank(evaluation.externalValidity())) {
      out.add(new TaxonomyProblem(RIGOUR_UNSTATED, Severity.WARNING, "/externalValidity", appendix("3.1", "2"),
          List.of(name, "externalValidity")));
    }
    if (isBlank(evaluation.reproducibility())) {
      out.add(new TaxonomyProblem(RIGOUR_UNSTATED, Severity.WARNING, "/reproducibility", appendix("3.1", "3"),
          List.of(name, "reproducibility")));
    }
    if (evaluation.elicitationTechniques().isEmpty() && isBlank(evaluation.elicitationDescription())) {
      out.add(new TaxonomyProblem(ELICITATION_UNSTATED, Severity.WARNING, "/elicitationTechniques",
          appendix("3.2"), List.of(name)));
    }
    if (!Boolean.TRUE.equals(evaluation.matchesMisuseActorElicitation())) {
      out.add(new TaxonomyProblem(ELICITATION_NOT_MATCHED, Severity.WARNING, "/matchesMisuseActorElicitation",
          appendix("3.2"), List.of(name, String.valueOf(evaluation.matchesMisuseActorElicitation()))));
    }
    if (!Boolean.TRUE.equals(evaluation.matchesExpectedUseContext())) {
      out.add(new TaxonomyProblem(ELICITATION_NOT_MATCHED, Severity.WARNING, "/matchesExpectedUseContext",
          appendix("3.2"), List.of(name, String.valueOf(evaluation.matchesExpectedUseContext()))));
    }
    Integer days = evaluation.businessDaysAllowed();
    if (days != null && days < APPENDIX_3_4_BUSINESS_DAYS) {
      out.add(new TaxonomyProblem(SHORT_EVALUATION_TIME, Severity.INFO, "/businessDaysAllowed", appendix("3.4"),
          List.of(name, Integer.toString(days))));
    }
    return List.copyOf(out);
  }

  private static boolean isBlank(@Nullable String s) {
    return s == null || s.isBlank();
  }
}
