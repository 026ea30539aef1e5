package io.github.gpai4j.evaluation.obligations;

/**
 * Whether an obligation of Chapter V of Regulation (EU) 2024/1689 binds the provider of a model.
 *
 * @since 0.1.0
 */
public enum ObligationStatus {
  /** The obligation binds the provider (from its effective date). */
  APPLIES,
  /** The obligation would bind the provider but the open-source exemption (Arts.&nbsp;53(2), 54(6)) lifts it. */
  EXEMPT,
  /** The obligation does not concern this provider or model. */
  NOT_APPLICABLE,
  /** The facts given do not decide it; the reasons say which fact is missing. */
  INDETERMINATE
}
