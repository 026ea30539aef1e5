package io.github.gpai4j.evaluation.classification;

/**
 * The stable codes of the reason-trace steps of a {@link Classification} and of obligations; a code is never renamed
 * once released, so callers may key translations, filters or tests on it.
 *
 * @since 0.1.0
 */
public enum ReasonCode {
  /** Training compute is strictly greater than the indicative GPAI compute (guidelines, section 2.1). */
  GPAI_COMPUTE_ABOVE,
  /** Training compute is at most the indicative GPAI compute. */
  GPAI_COMPUTE_NOT_ABOVE,
  /** The training-compute interval straddles the indicative GPAI compute. */
  GPAI_COMPUTE_STRADDLES,
  /** Training compute is unknown. */
  GPAI_COMPUTE_UNKNOWN,
  /**
   * Only the cumulative compute is given and it is above 10^23 FLOP; it is taken in place of the compute directly
   * contributing to parameter updates (annex to the guidelines).
   */
  GPAI_COMPUTE_FROM_CUMULATIVE,
  /** The model generates language (text including code, or audio including speech). */
  GPAI_MODALITY_LANGUAGE,
  /** The model generates images or video from text. */
  GPAI_MODALITY_TEXT_TO_VISUAL,
  /** The model generates neither language nor images or video from text. */
  GPAI_MODALITY_OTHER,
  /** The modalities needed for the criterion are not stated. */
  GPAI_MODALITY_UNKNOWN,
  /** The indicative GPAI criterion is met. */
  GPAI_CRITERION_MET,
  /** The indicative GPAI criterion is not met. */
  GPAI_CRITERION_NOT_MET,
  /** Significant generality makes the model a GPAI model despite the criterion. */
  GPAI_GENERALITY_ESTABLISHED,
  /** A lack of significant generality rebuts the criterion. */
  GPAI_GENERALITY_REBUTTED,
  /** A Commission designation implies a GPAI model. */
  GPAI_DESIGNATED,
  /** The provider states a narrow task the guidelines (section 2.1) give as an example of a model that is not GPAI. */
  GPAI_NARROW_TASK,
  /** A modification of another provider's GPAI model is a GPAI model (guidelines, section 3.2). */
  GPAI_MODIFIED_MODEL,
  /** Whether the model is a GPAI model is undecided. */
  GPAI_INDETERMINATE,
  /** Cumulative compute is strictly greater than 10^25 FLOP over the whole interval (Art.&nbsp;51(2)). */
  SR_COMPUTE_ABOVE,
  /** Cumulative compute is at most 10^25 FLOP over the whole interval. */
  SR_COMPUTE_NOT_ABOVE,
  /** The cumulative-compute interval straddles 10^25 FLOP. */
  SR_COMPUTE_STRADDLES,
  /** Cumulative compute is unknown. */
  SR_COMPUTE_UNKNOWN,
  /**
   * The estimate exceeds 10^25 FLOP although its interval reaches below; the estimate decides (guidelines, section
   * 2.3.2).
   */
  SR_ESTIMATE_DECIDES,
  /** The model is not a GPAI model, so it cannot have systemic risk (Art.&nbsp;51(1)). */
  SR_NOT_GPAI_MODEL,
  /** A modifier that became provider of a model with systemic risk is presumed to have one. */
  SR_MODIFIER_OF_SYSTEMIC_MODEL,
  /** Whether the modified original model has systemic risk is unknown. */
  SR_MODIFIER_BASE_UNKNOWN,
  /** At least 10 000 registered business users in the Union: reach presumed (Annex XIII(f)). */
  SR_REACH_PRESUMED,
  /** Fewer registered business users than the reach presumption needs. */
  SR_REACH_NOT_PRESUMED,
  /** The Commission designated the model on the Annex XIII criteria (Art.&nbsp;52(4)). */
  SR_DESIGNATED,
  /** The Commission designated the model because its provider did not notify (Art.&nbsp;52(1), last sentence). */
  SR_DESIGNATED_FAILURE_TO_NOTIFY,
  /**
   * The presumption of Art.&nbsp;51(2) applied before a designation, so the obligations run from when the condition was
   * met (for example when the Commission designates a model whose provider did not notify, Art.&nbsp;52(1)).
   */
  SR_PRESUMED_BEFORE_DESIGNATION,
  /** A designation was lifted after reassessment (Art.&nbsp;52(5)). */
  SR_DESIGNATION_LIFTED,
  /** The Commission accepted the Art.&nbsp;52(2) arguments. */
  SR_REBUTTAL_ACCEPTED,
  /** The Commission rejected the Art.&nbsp;52(2) arguments (Art.&nbsp;52(3)). */
  SR_REBUTTAL_REJECTED,
  /** Art.&nbsp;52(2) arguments are pending; obligations are not suspended. */
  SR_REBUTTAL_PENDING,
  /** The systemic-risk status is undecided. */
  SR_INDETERMINATE,
  /** The open-source exemption applies. */
  OSS_EXEMPT,
  /** At least one condition of the open-source exemption fails. */
  OSS_NOT_EXEMPT,
  /** Conditions of the open-source exemption are not known to hold. */
  OSS_INDETERMINATE,
  /** The profile does not describe a modification of another provider's model. */
  MOD_NOT_A_MODIFICATION,
  /** The modification compute is unknown. */
  MOD_COMPUTE_UNKNOWN,
  /** Modification compute is strictly greater than one third of the reference. */
  MOD_ABOVE_FRACTION,
  /** Modification compute is at most one third of the reference. */
  MOD_NOT_ABOVE_FRACTION,
  /** The compute intervals straddle the one-third threshold. */
  MOD_STRADDLES_FRACTION,
  /** Neither fallback decides whether the modification exceeds one third. */
  MOD_FALLBACK_UNDECIDED,
  /** The modifier is the provider of the modified model (Recital 109). */
  MOD_PROVIDER,
  /** The original provider remains the provider. */
  MOD_NOT_PROVIDER,
  /** An Art.&nbsp;52(1) notification is required. */
  NOTIFY_REQUIRED,
  /** No Art.&nbsp;52(1) notification is required. */
  NOTIFY_NOT_REQUIRED,
  /** Whether a notification is required is undecided. */
  NOTIFY_INDETERMINATE,
  /** The estimate straddles 10^25 FLOP: notifying is advisable once meeting the threshold is reasonably likely. */
  NOTIFY_ADVISABLE,
  /** The date from which the two weeks run is unknown. */
  NOTIFY_TRIGGER_UNKNOWN,
  /** The trigger precedes the application of Chapter V; the period runs from 2 August 2025. */
  NOTIFY_TRIGGER_BEFORE_APPLICATION,
  /**
   * The model was placed on the market before 2 August 2025, so the notification, like every Chapter V
   * obligation, is due by 2 August 2027 (Art.&nbsp;111(3)).
   */
  NOTIFY_LEGACY_DEADLINE,
  /** The notification due date and how it was computed. */
  NOTIFY_DUE,
  /**
   * The due date is a Saturday, Sunday or public holiday; the period ends on the following working day (Art.&nbsp;3(4) of
   * Regulation No 1182/71, an interpretation).
   */
  NOTIFY_DUE_EXTENDED,
  /** The holiday calendar does not cover the year of the due date; only weekends were considered. */
  NOTIFY_HOLIDAYS_UNKNOWN,
  /** Notified on or before the due date. */
  NOTIFY_DONE,
  /** Notified after the due date. */
  NOTIFY_LATE,
  /** Not notified and the due date has passed. */
  NOTIFY_OVERDUE,
  /** The earliest reassessment request date (Art.&nbsp;52(5)). */
  REASSESS_EARLIEST,
  /** No designation to reassess. */
  REASSESS_NOT_DESIGNATED,
  /** The designation was made under Art.&nbsp;52(1), to which Art.&nbsp;52(5) reassessment does not apply. */
  REASSESS_NOT_AVAILABLE,
  /** A date lies beyond the supported range ({@link java.time.LocalDate#MAX}); no date is given. */
  DATE_OUT_OF_RANGE,
  /** The obligation applies to the provider. */
  OBL_APPLIES,
  /** The model is not a GPAI model, so Chapter V does not apply. */
  OBL_NOT_GPAI_MODEL,
  /** Whether the model is a GPAI model is undecided. */
  OBL_GPAI_INDETERMINATE,
  /** The modifier is not the provider of the modified model. */
  OBL_NOT_PROVIDER,
  /** Whether the modifier is the provider is undecided. */
  OBL_MODIFIER_INDETERMINATE,
  /** The modifier's obligation is limited to the modification (Recital 109). */
  OBL_MODIFIER_SCOPE,
  /** The open-source exemption of Art.&nbsp;53(2) or 54(6) applies. */
  OBL_OPEN_SOURCE_EXEMPT,
  /** The open-source exemption is not established because some of its conditions are unknown. */
  OBL_OPEN_SOURCE_INDETERMINATE,
  /** The open-source exemption never covers this obligation. */
  OBL_NOT_EXEMPTABLE,
  /** The provider is established in the Union. */
  OBL_UNION_PROVIDER,
  /** The provider is established in a third country. */
  OBL_THIRD_COUNTRY_PROVIDER,
  /** Where the provider is established is unknown. */
  OBL_ESTABLISHMENT_UNKNOWN,
  /** The model is a GPAI model with systemic risk. */
  OBL_SYSTEMIC_RISK,
  /** The model is not a GPAI model with systemic risk. */
  OBL_NO_SYSTEMIC_RISK,
  /** Whether the model has systemic risk is undecided. */
  OBL_SYSTEMIC_RISK_INDETERMINATE,
  /** The Commission accepted the provider's arguments; obligations end from then. */
  OBL_REBUTTED,
  /** Placed before 2 August 2025: compliance due by 2 August 2027 (Art.&nbsp;111(3)). */
  OBL_LEGACY_MODEL,
  /** Placed on the Union market on the stated date. */
  OBL_PLACED,
  /** Not yet placed on the Union market as of the evaluation date. */
  OBL_NOT_YET_PLACED,
  /** The Union placement date is unknown. */
  OBL_PLACEMENT_UNKNOWN,
  /** The date from which the model has systemic risk is unknown. */
  OBL_CONDITION_DATE_UNKNOWN,
  /** Documentation is kept for ten years after placement. */
  OBL_RETENTION,
  /** Downstream providers' requests are answered within 14 days. */
  OBL_DOWNSTREAM_RESPONSE,
  /** The training-content summary is updated at least every six months while training continues. */
  OBL_SUMMARY_UPDATES,
  /** The provider is an SME; reduced top-domain list in the training-content summary. */
  OBL_SME,
  /** Technical documentation includes Annex XI Section 2 for models with systemic risk. */
  OBL_ANNEX_XI_SECTION_2,
  /** Commission enforcement and Art.&nbsp;101 fines apply from 2 August 2026. */
  OBL_ENFORCEMENT,
  /** The state of the Art.&nbsp;52(1) notification. */
  OBL_NOTIFICATION;
}
