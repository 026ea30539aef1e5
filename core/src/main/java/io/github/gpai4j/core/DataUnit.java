package io.github.gpai4j.core;

/**
 * The unit in which a data set's size is counted; the Model Documentation Form (MDF-6.4) asks for the size "with
 * the definition of the unit", giving tokens, documents, images, hours of video and frames as examples.
 *
 * @since 0.1.0
 */
public enum DataUnit {
  /** Tokens, under the model's tokenizer. */
  TOKENS("tokens"),
  /** Documents. */
  DOCUMENTS("documents"),
  /** Images. */
  IMAGES("images"),
  /** Hours of audio. */
  AUDIO_HOURS("hours of audio"),
  /** Hours of video. */
  VIDEO_HOURS("hours of video"),
  /** Video frames. */
  FRAMES("frames"),
  /** Another unit, defined by the accompanying description. */
  OTHER("units");

  private final String label;

  DataUnit(String label) {
    this.label = label;
  }

  /**
   * Returns the English label used when printing a size.
   *
   * @return the label, never null
   */
  public String label() {
    return label;
  }
}
