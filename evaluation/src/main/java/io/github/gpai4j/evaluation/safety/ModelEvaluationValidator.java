package io.github.gpai4j.evaluation.safety;

import io.github.gpai4j.taxonomy.evaluation.ModelEvaluation;
import static java.util.Objects.requireNonNull;

import io.github.gpai4j.core.validation.JsonPointer;
import io.github.gpai4j.core.validation.Rule;
import io.github.gpai4j.core.validation.ValidationOptions;
import io.github.gpai4j.core.validation.ValidationReport;
import io.github.gpai4j.core.validation.Validator;
import java.util.List;
import org.jspecify.annotations.Nullable;

/**
 * Checks a model evaluation against Appendix 3 of the Safety and Security chapter of the GPAI Code of Practice,
 * applying {@link EvaluationRules#all()}: rigour (3.1: internal validity, external validity, reproducibility),
 * elicitation that at least matches misuse actors and the expected use context (3.2), and time for the evaluation
 * team, at least 20 business days for most risks and methods (3.4).
 *
 * <p>Appendix 3 governs the evaluations of the full systemic risk assessment and mitigation process (Measure 3.2);
 * lighter-touch evaluations at trigger points (Measure 1.2(1)(a)) are exempt and yield an empty report. Unknown
 * never counts as satisfied. Locations are JSON Pointers into the evaluation's JSON form.
 *
 * <p>Instances are immutable and thread-safe; validation never throws because of what the evaluation says.
 *
 * @since 0.1.0
 */
public final class ModelEvaluationValidator implements Validator<ModelEvaluation> {

  /** The example duration of Appendix 3.4: "at least 20 business days". */
  public static final int APPENDIX_3_4_BUSINESS_DAYS = 20;

  private static final ModelEvaluationValidator INSTANCE = new ModelEvaluationValidator();

  private ModelEvaluationValidator() {}

  /**
   * Returns the validator.
   *
   * @return the shared instance
   */
  public static ModelEvaluationValidator create() {
    return INSTANCE;
  }

  @Override
  public ValidationReport validate(ModelEvaluation evaluation, ValidationOptions options) {
    requireNonNull(evaluation, "evaluation");
    requireNonNull(options, "options");
    ValidationReport.Collector out = ValidationReport.collector(options);
    if (evaluation.lighterTouch()) {
      return out.report();
    }
    String name = evaluation.id() != null ? evaluation.id() : String.valueOf(evaluation.title());
    rigour(out, evaluation.internalValidity(), "internalValidity", name);
    rigour(out, evaluation.externalValidity(), "externalValidity", name);
    rigour(out, evaluation.reproducibility(), "reproducibility", name);
    if (evaluation.elicitationTechniques().isEmpty() && isBlank(evaluation.elicitationDescription())) {
      out.add(EvaluationRules.ELICITATION_UNSTATED.finding(JsonPointer.of("elicitationTechniques"), name));
    }
    matched(out, evaluation.matchesMisuseActorElicitation(), "matchesMisuseActorElicitation", name);
    matched(out, evaluation.matchesExpectedUseContext(), "matchesExpectedUseContext", name);
    Integer days = evaluation.businessDaysAllowed();
    if (days != null && days < APPENDIX_3_4_BUSINESS_DAYS) {
      out.add(EvaluationRules.SHORT_EVALUATION_TIME.finding(JsonPointer.of("businessDaysAllowed"), name,
          Integer.toString(days)));
    }
    return out.report();
  }

  @Override
  public List<Rule> rules() {
    return EvaluationRules.all();
  }

  private static void rigour(ValidationReport.Collector out, @Nullable String value, String field, String name) {
    if (isBlank(value)) {
      out.add(EvaluationRules.RIGOUR_UNSTATED.finding(JsonPointer.of(field), name, field));
    }
  }

  private static void matched(ValidationReport.Collector out, @Nullable Boolean value, String field, String name) {
    if (!Boolean.TRUE.equals(value)) {
      out.add(EvaluationRules.ELICITATION_NOT_MATCHED.finding(JsonPointer.of(field), name, String.valueOf(value)));
    }
  }

  private static boolean isBlank(@Nullable String s) {
    return s == null || s.isBlank();
  }
}
