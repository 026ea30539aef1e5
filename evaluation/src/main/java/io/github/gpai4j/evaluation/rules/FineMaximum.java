package io.github.gpai4j.evaluation.rules;

import static java.util.Objects.requireNonNull;

import io.github.gpai4j.core.LegalBasis;
import java.math.BigDecimal;
import java.time.LocalDate;

/**
 * The maximum fine the Commission may impose on a provider of a general-purpose AI model under Art.&nbsp;101(1) of
 * Regulation (EU) 2024/1689: a share of the provider's total worldwide annual turnover in the preceding financial
 * year or a fixed amount, whichever is higher, applicable from the date Art.&nbsp;101 applies (Art.&nbsp;113, third paragraph,
 * point (b), carves Art.&nbsp;101 out of 2 August 2025; it applies from 2 August 2026).
 *
 * <p>Art.&nbsp;99 (up to EUR 35 000 000 or 7 %) concerns operators of AI systems, not GPAI model providers, and is not
 * modelled.
 *
 * @param turnoverPercent the share of turnover in percent, such as 3, not negative
 * @param fixedAmountEur the fixed amount in euro, such as 15 000 000, not negative
 * @param applicableFrom the first day fines can be imposed, not null
 * @param legalBasis the provision, not null
 * @since 0.1.0
 */
public record FineMaximum(
    BigDecimal turnoverPercent, BigDecimal fixedAmountEur, LocalDate applicableFrom, LegalBasis legalBasis) {

  /**
   * Checks the components.
   *
   * @param turnoverPercent the share of turnover in percent, not negative
   * @param fixedAmountEur the fixed amount in euro, not negative
   * @param applicableFrom the first day fines can be imposed, not null
   * @param legalBasis the provision, not null
   * @throws NullPointerException if a component is null
   * @throws IllegalArgumentException if an amount is negative
   */
  public FineMaximum {
    requireNonNull(turnoverPercent, "turnoverPercent");
    requireNonNull(fixedAmountEur, "fixedAmountEur");
    requireNonNull(applicableFrom, "applicableFrom");
    requireNonNull(legalBasis, "legalBasis");
    if (turnoverPercent.signum() < 0 || fixedAmountEur.signum() < 0) {
      throw new IllegalArgumentException(
          "Fine amounts must not be negative, were " + turnoverPercent + " % and EUR " + fixedAmountEur);
    }
  }

  /**
   * Returns the maximum of Art.&nbsp;101(1): 3 % of total worldwide annual turnover in the preceding financial year or
   * EUR 15 000 000, whichever is higher, from 2 August 2026.
   *
   * @return the maximum
   */
  public static FineMaximum article101() {
    return new FineMaximum(BigDecimal.valueOf(3), BigDecimal.valueOf(15_000_000), LocalDate.of(2026, 8, 2),
        LegalBasis.article(101, "1"));
  }

  /**
   * Returns the maximum for a provider with the given turnover: the higher of the share of turnover and the fixed
   * amount.
   *
   * @param worldwideAnnualTurnoverEur total worldwide annual turnover in the preceding financial year, in euro, not
   *     null, not negative
   * @return the maximum fine in euro
   * @throws IllegalArgumentException if the turnover is negative
   */
  public BigDecimal maximumFor(BigDecimal worldwideAnnualTurnoverEur) {
    requireNonNull(worldwideAnnualTurnoverEur, "worldwideAnnualTurnoverEur");
    if (worldwideAnnualTurnoverEur.signum() < 0) {
      throw new IllegalArgumentException("Turnover must not be negative, was " + worldwideAnnualTurnoverEur);
    }
    BigDecimal share = worldwideAnnualTurnoverEur.multiply(turnoverPercent).movePointLeft(2);
    return share.compareTo(fixedAmountEur) > 0 ? share : fixedAmountEur;
  }
}
