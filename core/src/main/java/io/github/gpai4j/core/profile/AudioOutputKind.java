package io.github.gpai4j.core.profile;

/**
 * What a model's audio output is, which decides whether it counts as generating language for the indicative GPAI
 * criterion: the Commission guidelines (section 2.1) count language "in the form of text or audio", audio including
 * speech, so music or sound effects alone are not language.
 *
 * @since 0.1.0
 */
public enum AudioOutputKind {
  /** The audio output includes speech or other language. */
  LANGUAGE,
  /** The audio output is music or sound effects only, without language. */
  NON_LANGUAGE_ONLY,
  /** Not stated; the audio output then does not decide the modality part of the criterion. */
  UNKNOWN
}
