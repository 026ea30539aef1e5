package io.github.gpai4j.evaluation.obligations;

import static java.util.Objects.requireNonNull;

import io.github.gpai4j.evaluation.rules.FineMaximum;
import java.time.LocalDate;
import java.util.List;
import org.jspecify.annotations.Nullable;

/**
 * The obligations of Chapter V of Regulation (EU) 2024/1689 for one model as of a date, one entry per
 * {@link ObligationId} in declaration order, derived by {@link ObligationDeriver} under a named rule set.
 *
 * @param ruleSetId the identifier of the rule set applied, not null
 * @param asOf the evaluation date, not null
 * @param providerName the provider named in the profile, or null
 * @param modelName the model named in the profile, or null
 * @param obligations the obligations in {@link ObligationId} order, not null
 * @param fineMaximum the maximum fine the Commission may impose for infringing them (Art.&nbsp;101(1)), not null
 * @since 0.1.0
 */
public record ObligationSchedule(
    String ruleSetId,
    LocalDate asOf,
    @Nullable String providerName,
    @Nullable String modelName,
    List<Obligation> obligations,
    FineMaximum fineMaximum) {

  /**
   * Checks and copies the components.
   *
   * @param ruleSetId the identifier of the rule set applied, not null
   * @param asOf the evaluation date, not null
   * @param providerName the provider named in the profile, or null
   * @param modelName the model named in the profile, or null
   * @param obligations the obligations in {@link ObligationId} order, not null
   * @param fineMaximum the maximum fine the Commission may impose for infringing them (Art.&nbsp;101(1)), not null
   * @throws NullPointerException if a non-nullable component is null
   */
  public ObligationSchedule {
    requireNonNull(ruleSetId, "ruleSetId");
    requireNonNull(asOf, "asOf");
    obligations = List.copyOf(obligations);
    requireNonNull(fineMaximum, "fineMaximum");
  }

  /**
   * Returns the entry for one obligation.
   *
   * @param id the obligation, not null
   * @return the entry
   * @throws IllegalArgumentException if the schedule has no entry for it
   */
  public Obligation get(ObligationId id) {
    requireNonNull(id, "id");
    for (Obligation o : obligations) {
      if (o.id() == id) {
        return o;
      }
    }
    throw new IllegalArgumentException("No entry for " + id);
  }

  /**
   * Returns the obligations that apply, in order.
   *
   * @return the applying obligations, never null
   */
  public List<Obligation> applying() {
    return obligations.stream().filter(Obligation::applies).toList();
  }
}
