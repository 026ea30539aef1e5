package io.github.gpai4j.core.documentation;

/**
 * The header and the eight sections of the Model Documentation Form, in form order.
 *
 * @since 0.1.0
 */
public enum MdfSection {
  /** Document metadata: last update and version. */
  HEADER(0, "Header", ""),
  /** Section 1, general information. */
  GENERAL_INFORMATION(1, "General information", "/generalInformation"),
  /** Section 2, model properties. */
  MODEL_PROPERTIES(2, "Model properties", "/modelProperties"),
  /** Section 3, methods of distribution and licences. */
  DISTRIBUTION_AND_LICENCES(3, "Methods of distribution and licenses", "/distributionAndLicences"),
  /** Section 4, use. */
  USE(4, "Use", "/use"),
  /** Section 5, training process. */
  TRAINING_PROCESS(5, "Training process", "/trainingProcess"),
  /** Section 6, information on the data used for training, testing and validation. */
  TRAINING_DATA(6, "Information on the data used for training, testing, and validation", "/trainingData"),
  /** Section 7, computational resources during training. */
  COMPUTATIONAL_RESOURCES(7, "Computational resources (during training)", "/computationalResources"),
  /** Section 8, energy consumption during training and inference. */
  ENERGY(8, "Energy consumption (during training and inference)", "/energy");

  private final int number;
  private final String title;
  private final String pointer;

  MdfSection(int number, String title, String pointer) {
    this.number = number;
    this.title = title;
    this.pointer = pointer;
  }

  /**
   * Returns the section number, 0 for the header.
   *
   * @return the number
   */
  public int number() {
    return number;
  }

  /**
   * Returns the section title as the form gives it.
   *
   * @return the title
   */
  public String title() {
    return title;
  }

  /**
   * Returns the JSON Pointer of the section's object in a document, {@code ""} for the header (top level).
   *
   * @return the pointer
   */
  public String pointer() {
    return pointer;
  }
}
