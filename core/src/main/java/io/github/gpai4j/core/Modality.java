package io.github.gpai4j.core;

import com.fasterxml.jackson.annotation.JsonAlias;

/**
 * The one modality vocabulary of gpai4j: the check-boxes of the form's modality items (MDF-2.3, MDF-2.4, MDF-6.1;
 * Annex XI 1(1)(e), Annex XII 1(g)), the modalities of the training-content template (section 1.3) and of data
 * sets, and the input and output modalities of a model profile (the Commission guidelines' indicative criterion
 * looks at text, image and audio generation): text, images, audio, video, or another modality.
 *
 * @since 0.1.0
 */
public enum Modality {
  /** Text, including code. */
  TEXT,
  /** Images; JSON also reads {@code IMAGE}, as model profiles wrote it before there was one vocabulary. */
  @JsonAlias("IMAGE")
  IMAGES,
  /** Audio, including speech. */
  AUDIO,
  /** Video. */
  VIDEO,
  /** Another modality, described in the selection's {@code other} text. */
  OTHER
}
