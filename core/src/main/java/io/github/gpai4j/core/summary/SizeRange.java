package io.github.gpai4j.core.summary;

import io.github.gpai4j.core.Modality;

/**
 * The three size ranges the template offers for the training data of each modality (section 1.3), after
 * pre-processing and before training: text in tokens, images in images, audio and video in hours. A modality
 * outside these (the template's "other") states an alternative size with its unit instead.
 *
 * <p>The sources read do not say whether a boundary (exactly 1 billion tokens) belongs to the lower or the upper
 * range (gpai-reference.md section 9 point 9); gpai4j need not decide it, since a summary states a range, not a
 * figure.
 *
 * @since 0.3.0
 */
public enum SizeRange {
  /** Text, less than 1 billion tokens. */
  TEXT_LESS_THAN_1_BILLION_TOKENS(Modality.TEXT),
  /** Text, 1 billion to 10 trillion tokens. */
  TEXT_1_BILLION_TO_10_TRILLION_TOKENS(Modality.TEXT),
  /** Text, more than 10 trillion tokens. */
  TEXT_MORE_THAN_10_TRILLION_TOKENS(Modality.TEXT),
  /** Images, less than 1 million images. */
  IMAGES_LESS_THAN_1_MILLION(Modality.IMAGES),
  /** Images, 1 million to 1 billion images. */
  IMAGES_1_MILLION_TO_1_BILLION(Modality.IMAGES),
  /** Images, more than 1 billion images. */
  IMAGES_MORE_THAN_1_BILLION(Modality.IMAGES),
  /** Audio, less than 10,000 hours. */
  AUDIO_LESS_THAN_10000_HOURS(Modality.AUDIO),
  /** Audio, 10,000 to 1 million hours. */
  AUDIO_10000_TO_1_MILLION_HOURS(Modality.AUDIO),
  /** Audio, more than 1 million hours. */
  AUDIO_MORE_THAN_1_MILLION_HOURS(Modality.AUDIO),
  /** Video, less than 10,000 hours. */
  VIDEO_LESS_THAN_10000_HOURS(Modality.VIDEO),
  /** Video, 10,000 to 1 million hours. */
  VIDEO_10000_TO_1_MILLION_HOURS(Modality.VIDEO),
  /** Video, more than 1 million hours. */
  VIDEO_MORE_THAN_1_MILLION_HOURS(Modality.VIDEO);

  private final Modality modality;

  SizeRange(Modality modality) {
    this.modality = modality;
  }

  /**
   * Returns the modality whose data this range measures.
   *
   * @return the modality
   */
  public Modality modality() {
    return modality;
  }
}
