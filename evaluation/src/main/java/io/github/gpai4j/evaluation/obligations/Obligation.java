package io.github.gpai4j.evaluation.obligations;

import static java.util.Objects.requireNonNull;

import io.github.gpai4j.core.LegalBasis;
import io.github.gpai4j.core.Recipient;
import io.github.gpai4j.evaluation.classification.Reason;
import java.time.LocalDate;
import java.time.Period;
import java.util.List;
import org.jspecify.annotations.Nullable;

/**
 * One obligation of a GPAI model provider under Chapter V of Regulation (EU) 2024/1689, as it stands for a model on
 * an evaluation date: whether it applies, why, under which provisions, from and by when, and for whom.
 *
 * <p>Dates are given for {@link ObligationStatus#APPLIES} and {@link ObligationStatus#INDETERMINATE} (meaning "if it
 * applies", computed from the same trigger as when it applies) and are null for {@link ObligationStatus#EXEMPT} and {@link ObligationStatus#NOT_APPLICABLE}; a null date
 * of an applying obligation means the date depends on a fact the profile does not give (usually the Union placement
 * date), and the reasons say which.
 *
 * @param id the obligation, not null
 * @param status whether it applies, not null
 * @param legalBases the provisions it rests on, primary provision first, not null
 * @param reasons the reason trace, not null
 * @param effectiveDate the date from which it binds, or null (see above)
 * @param dueDate the date by which it must be complied with: at placement for new models, 2 August 2027 for models
 *     placed before 2 August 2025 (Art.&nbsp;111(3)), two weeks after the trigger for a notification; or null (see above)
 * @param extendedDueDate for a period (the notification's two weeks) whose last day is a Saturday, Sunday or public
 *     holiday, the following working day on which it ends under Art.&nbsp;3(4) of Regulation (EEC, Euratom) No 1182/71
 *     (gpai4j's interpretation); null otherwise
 * @param enforceableFrom the date from which the Commission can enforce it and fine under Art.&nbsp;101: the later of the
 *     (extended) due date and 2 August 2026; null when the due date is null
 * @param recipients who receives what the obligation produces, in {@link Recipient} order; empty when nobody in
 *     particular does (a copyright policy) or when it is published
 * @param published whether the obligation requires publication to the public (the training-content summary)
 * @param retainUntil the date until which documentation is kept (ten years after placement), or null when not
 *     relevant or unknown
 * @param responsePeriod the period within which requests are answered (downstream providers: 14 days), or null
 * @param updateInterval the longest interval between updates (training-content summary: six months while training
 *     continues), or null
 * @since 0.1.0
 */
public record Obligation(
    ObligationId id,
    ObligationStatus status,
    List<LegalBasis> legalBases,
    List<Reason> reasons,
    @Nullable LocalDate effectiveDate,
    @Nullable LocalDate dueDate,
    @Nullable LocalDate extendedDueDate,
    @Nullable LocalDate enforceableFrom,
    List<Recipient> recipients,
    boolean published,
    @Nullable LocalDate retainUntil,
    @Nullable Period responsePeriod,
    @Nullable Period updateInterval) {

  /**
   * Checks and copies the components.
   *
   * @param id the obligation, not null
   * @param status whether it applies, not null
   * @param legalBases the provisions it rests on, primary provision first, not null
   * @param reasons the reason trace, not null
   * @param effectiveDate the date from which it binds, or null when it does not apply or the date is unknown
   * @param dueDate the date by which it must be complied with, or null when it does not apply or the date is unknown
   * @param extendedDueDate the working day to which a period ending on a non-working day extends, or null
   * @param enforceableFrom the first day the Commission can enforce it (Art.&nbsp;101), or null if the due date is null
   * @param recipients who receives what the obligation produces, in {@link Recipient} order, not null; may be empty
   * @param published whether the obligation requires publication to the public (the training-content summary)
   * @param retainUntil the date until which documentation is kept, or null when not relevant or unknown
   * @param responsePeriod the period within which requests are answered (downstream providers: 14 days), or null
   * @param updateInterval the longest interval between updates, or null
   * @throws NullPointerException if a non-nullable component is null
   */
  public Obligation {
    requireNonNull(id, "id");
    requireNonNull(status, "status");
    legalBases = List.copyOf(legalBases);
    reasons = List.copyOf(reasons);
    recipients = List.copyOf(recipients);
  }

  /**
   * Returns whether the obligation binds the provider.
   *
   * @return true for {@link ObligationStatus#APPLIES}
   */
  public boolean applies() {
    return status == ObligationStatus.APPLIES;
  }
}
