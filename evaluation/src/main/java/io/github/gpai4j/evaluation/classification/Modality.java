package io.github.gpai4j.evaluation.classification;

/**
 * A modality of a model's input or output (Annex XI 1(1)(e), Annex XIII(d) of Regulation (EU) 2024/1689).
 *
 * <p>Following the Commission guidelines (section 2.1), {@link #TEXT} includes code and {@link #AUDIO} includes
 * speech; both count as "language" for the indicative GPAI criterion.
 *
 * @since 0.1.0
 */
public enum Modality {
  /** Text, including code. */
  TEXT,
  /** Audio, including speech. */
  AUDIO,
  /** Still images. */
  IMAGE,
  /** Video. */
  VIDEO,
  /** Any other modality (for example biological sequences, actions, sensor data). */
  OTHER
}
