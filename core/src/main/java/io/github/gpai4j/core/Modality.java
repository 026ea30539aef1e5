package io.github.gpai4j.core;

/**
 * The check-boxes of the form's modality items (MDF-2.3, MDF-2.4, MDF-6.1): text, images, audio, video, or
 * another modality described in free text (Annex XI 1(1)(e), Annex XII 1(g)).
 *
 * @since 0.1.0
 */
public enum Modality {
  /** Text, including code. */
  TEXT,
  /** Images. */
  IMAGES,
  /** Audio, including speech. */
  AUDIO,
  /** Video. */
  VIDEO,
  /** Another modality, described in the selection's {@code other} text. */
  OTHER
}
