package io.github.gpai4j.evaluation.classification;

import static java.util.Objects.requireNonNull;

import java.time.LocalDate;
import org.jspecify.annotations.Nullable;

/**
 * The classification of a model under Chapter V of Regulation (EU) 2024/1689 as of a date and under a named rule
 * set: GPAI model or not, systemic risk, open-source exemption, downstream modifier, and the Art.&nbsp;52 dates, each
 * with its reason trace. Produced by {@link ModelClassifier}; serialises to JSON in component order.
 *
 * @param ruleSetId the identifier of the {@link io.github.gpai4j.evaluation.rules.GpaiRuleSet} applied, not null
 * @param asOf the evaluation date, not null
 * @param providerName the provider named in the profile, or null
 * @param modelName the model named in the profile, or null
 * @param gpaiModel whether it is a GPAI model, not null
 * @param systemicRisk its systemic-risk status, not null
 * @param openSourceExemption whether the open-source exemption applies, not null
 * @param downstreamModifier whether a modifier becomes its provider, not null
 * @param notification the Art.&nbsp;52(1) notification, not null
 * @param reassessment the Art.&nbsp;52(5) reassessment date, not null
 * @since 0.1.0
 */
public record Classification(
    String ruleSetId,
    LocalDate asOf,
    @Nullable String providerName,
    @Nullable String modelName,
    GpaiModelAssessment gpaiModel,
    SystemicRiskAssessment systemicRisk,
    OpenSourceAssessment openSourceExemption,
    ModifierAssessment downstreamModifier,
    NotificationAssessment notification,
    ReassessmentAssessment reassessment) {

  /**
   * Checks the components.
   *
   * @param ruleSetId the identifier of the {@link io.github.gpai4j.evaluation.rules.GpaiRuleSet} applied, not null
   * @param asOf the evaluation date, not null
   * @param providerName the provider named in the profile, or null
   * @param modelName the model named in the profile, or null
   * @param gpaiModel whether it is a GPAI model, not null
   * @param systemicRisk its systemic-risk status, not null
   * @param openSourceExemption whether the open-source exemption applies, not null
   * @param downstreamModifier whether a modifier becomes its provider, not null
   * @param notification the Art.&nbsp;52(1) notification, not null
   * @param reassessment the Art.&nbsp;52(5) reassessment date, not null
   * @throws NullPointerException if a non-nullable component is null
   */
  public Classification {
    requireNonNull(ruleSetId, "ruleSetId");
    requireNonNull(asOf, "asOf");
    requireNonNull(gpaiModel, "gpaiModel");
    requireNonNull(systemicRisk, "systemicRisk");
    requireNonNull(openSourceExemption, "openSourceExemption");
    requireNonNull(downstreamModifier, "downstreamModifier");
    requireNonNull(notification, "notification");
    requireNonNull(reassessment, "reassessment");
  }
}
