package io.github.gpai4j.evaluation.documentation;

import static java.util.Objects.requireNonNull;

import io.github.gpai4j.core.documentation.ModelDocumentation;
import io.github.gpai4j.evaluation.classification.Classification;
import io.github.gpai4j.evaluation.classification.ExemptionStatus;
import io.github.gpai4j.evaluation.classification.Fact;
import io.github.gpai4j.evaluation.classification.GpaiModelStatus;
import org.jspecify.annotations.Nullable;

/**
 * What binds the provider of a documented model, as a validator assumes it: whether the model has systemic risk
 * (Art.&nbsp;51), whether the open-source exemption of Art.&nbsp;53(2) applies, and whether the documentation is
 * provided voluntarily (the model is not a GPAI model, or the provider documents beyond what binds it).
 *
 * <p>Art.&nbsp;53(2) exempts providers of models released under a free and open-source licence, whose parameters
 * are made publicly available, from Art.&nbsp;53(1)(a) and (b), unless the model has systemic risk. A provider that
 * Art.&nbsp;53(1)(a) and (b) do not bind is {@linkplain #isBoundByArticle53 not bound}: its missing items are then
 * what the form asks, not breaches. An unknown fact is never taken as satisfied: with an unknown systemic-risk
 * status the exemption is not assumed.
 *
 * @param systemicRisk whether the model has systemic risk, not null
 * @param openSourceExemption whether the open-source exemption of Art.&nbsp;53(2) applies, not null
 * @param voluntary whether the documentation is provided voluntarily, not null
 * @since 0.2.0
 */
public record Standing(Fact systemicRisk, Fact openSourceExemption, Fact voluntary) {

  /**
   * Checks the components.
   *
   * @param systemicRisk the systemic-risk status
   * @param openSourceExemption the exemption
   * @param voluntary whether the documentation is voluntary
   * @throws NullPointerException if a component is null
   */
  public Standing {
    requireNonNull(systemicRisk, "systemicRisk");
    requireNonNull(openSourceExemption, "openSourceExemption");
    requireNonNull(voluntary, "voluntary");
  }

  /**
   * Returns the standing of a provider Art.&nbsp;53(1)(a) and (b) bind, with the given systemic-risk status.
   *
   * @param systemicRisk whether the model has systemic risk
   * @return the standing
   */
  public static Standing bound(boolean systemicRisk) {
    return new Standing(Fact.of(systemicRisk), Fact.NO, Fact.NO);
  }

  /**
   * Returns the standing of an open-source model without systemic risk, exempt under Art.&nbsp;53(2).
   *
   * @return the standing
   */
  public static Standing openSourceExempt() {
    return new Standing(Fact.NO, Fact.YES, Fact.NO);
  }

  /**
   * Returns the standing the document states: its {@link ModelDocumentation#systemicRisk() systemicRisk},
   * {@link ModelDocumentation#openSourceExemption() openSourceExemption} and
   * {@link ModelDocumentation#voluntary() voluntary} statements, each unknown where the document is silent. The
   * provider's word is taken as given; a classification ({@link #of(Classification)}) checks it.
   *
   * @param document the document, not null
   * @return the standing
   * @since 0.3.0
   */
  public static Standing statedIn(ModelDocumentation document) {
    requireNonNull(document, "document");
    return new Standing(fact(document.systemicRisk()), fact(document.openSourceExemption()),
        fact(document.voluntary()));
  }

  private static Fact fact(@Nullable Boolean value) {
    return value == null ? Fact.UNKNOWN : Fact.of(value);
  }

  /**
   * Returns the standing a classification establishes: its systemic-risk status, its open-source exemption, and
   * voluntary documentation for a model that is not a GPAI model. Undecided outcomes stay unknown.
   *
   * @param classification the classification of the model, not null
   * @return the standing
   */
  public static Standing of(Classification classification) {
    requireNonNull(classification, "classification");
    ExemptionStatus exemption = classification.openSourceExemption().status();
    GpaiModelStatus gpai = classification.gpaiModel().status();
    return new Standing(classification.systemicRisk().systemicRisk(),
        exemption == ExemptionStatus.EXEMPT ? Fact.YES : exemption == ExemptionStatus.NOT_EXEMPT ? Fact.NO
            : Fact.UNKNOWN,
        gpai == GpaiModelStatus.NOT_GPAI_MODEL ? Fact.YES : gpai == GpaiModelStatus.GPAI_MODEL ? Fact.NO
            : Fact.UNKNOWN);
  }

  /**
   * Returns whether Art.&nbsp;53(1)(a) and (b) bind the provider: not when the documentation is voluntary, nor when
   * the open-source exemption applies to a model known to be without systemic risk.
   *
   * @return true if the provider is bound
   */
  public boolean isBoundByArticle53() {
    return !(voluntary.isYes() || openSourceExemption.isYes() && systemicRisk.isNo());
  }
}
