package io.github.gpai4j.core.profile;

/**
 * A narrow task that the Commission guidelines (section 2.1) give as an example of a model that may meet the
 * indicative GPAI criterion yet, lacking significant generality, is not a GPAI model. The provider states the task
 * as a fact of the profile; gpai4j then reports the guidelines' example instead of asserting a GPAI model.
 *
 * @since 0.1.0
 */
public enum NarrowTask {
  /** Transcribing speech to text only. */
  SPEECH_TRANSCRIPTION,
  /** Generating speech from text only. */
  TEXT_TO_SPEECH,
  /** Increasing the resolution of images only. */
  IMAGE_SUPER_RESOLUTION,
  /** Filling in missing parts of images only. */
  IMAGE_INPAINTING,
  /** Playing chess or video games. */
  GAME_PLAYING,
  /** Modelling the weather or other physical systems. */
  WEATHER_OR_PHYSICAL_SYSTEM_MODELLING,
  /** Generating music from prompts, lyrics included. */
  MUSIC_GENERATION,
  /** Generating sound effects, with at most low-quality speech. */
  SOUND_EFFECTS_GENERATION,
  /** Another narrow task that the provider states the model is limited to. */
  OTHER_NARROW_TASK
}
