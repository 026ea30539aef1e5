package io.github.gpai4j.core.documentation;

import io.github.gpai4j.core.LegalBasis;
import org.jspecify.annotations.Nullable;

/**
 * The information items of Annex XI (technical documentation, Art.&nbsp;53(1)(a)) and Annex XII (information for
 * downstream providers, Art.&nbsp;53(1)(b)) of Regulation (EU) 2024/1689, which the Model Documentation Form serves.
 *
 * @since 0.1.0
 */
public enum AnnexItem {
  /** Annex XI 1(1)(a): intended tasks and type and nature of AI systems it can be integrated in. */
  XI_1_1_A("XI", "1", "1", "a", "tasks and AI systems it can be integrated in"),
  /** Annex XI 1(1)(b): applicable acceptable use policies. */
  XI_1_1_B("XI", "1", "1", "b", "acceptable use policies"),
  /** Annex XI 1(1)(c): date of release and methods of distribution. */
  XI_1_1_C("XI", "1", "1", "c", "release date and methods of distribution"),
  /** Annex XI 1(1)(d): architecture and number of parameters. */
  XI_1_1_D("XI", "1", "1", "d", "architecture and number of parameters"),
  /** Annex XI 1(1)(e): modality and format of inputs and outputs. */
  XI_1_1_E("XI", "1", "1", "e", "modality and format of inputs and outputs"),
  /** Annex XI 1(1)(f): the licence. */
  XI_1_1_F("XI", "1", "1", "f", "licence"),
  /** Annex XI 1(2)(a): technical means required for integration. */
  XI_1_2_A("XI", "1", "2", "a", "technical means for integration"),
  /** Annex XI 1(2)(b): design specifications of the model and training process. */
  XI_1_2_B("XI", "1", "2", "b", "design specifications of model and training process"),
  /** Annex XI 1(2)(c): information on training, testing and validation data. */
  XI_1_2_C("XI", "1", "2", "c", "training, testing and validation data"),
  /** Annex XI 1(2)(d): computational resources used for training. */
  XI_1_2_D("XI", "1", "2", "d", "computational resources and training time"),
  /** Annex XI 1(2)(e): known or estimated energy consumption. */
  XI_1_2_E("XI", "1", "2", "e", "energy consumption"),
  /** Annex XII 1(a): intended tasks and type and nature of AI systems it can be integrated into. */
  XII_1_A("XII", "1", null, "a", "tasks and AI systems it can be integrated into"),
  /** Annex XII 1(b): applicable acceptable use policies. */
  XII_1_B("XII", "1", null, "b", "acceptable use policies"),
  /** Annex XII 1(c): date of release and methods of distribution. */
  XII_1_C("XII", "1", null, "c", "release date and methods of distribution"),
  /** Annex XII 1(d): interaction with hardware or software that is not part of the model. */
  XII_1_D("XII", "1", null, "d", "interaction with external hardware or software"),
  /** Annex XII 1(e): versions of relevant software. */
  XII_1_E("XII", "1", null, "e", "versions of relevant software"),
  /** Annex XII 1(f): architecture and number of parameters. */
  XII_1_F("XII", "1", null, "f", "architecture and number of parameters"),
  /** Annex XII 1(g): modality and format of inputs and outputs. */
  XII_1_G("XII", "1", null, "g", "modality and format of inputs and outputs"),
  /** Annex XII 1(h): the licence for the model. */
  XII_1_H("XII", "1", null, "h", "licence"),
  /** Annex XII 2(a): technical means required for integration. */
  XII_2_A("XII", "2", null, "a", "technical means for integration"),
  /** Annex XII 2(b): modality, format and maximum size of inputs and outputs. */
  XII_2_B("XII", "2", null, "b", "input and output modality, format and maximum size"),
  /** Annex XII 2(c): type, provenance and curation of training, testing and validation data. */
  XII_2_C("XII", "2", null, "c", "data type, provenance and curation");

  private final LegalBasis legalBasis;
  private final String summary;

  AnnexItem(String annex, String section, @Nullable String point, String letter, String summary) {
    this.legalBasis = point == null ? LegalBasis.annex(annex, section, letter)
        : LegalBasis.annex(annex, section, point, letter);
    this.summary = summary;
  }

  /**
   * Returns the item's place in the Annex, such as {@code Annex XI 1(2)(d)}.
   *
   * @return the legal basis
   */
  public LegalBasis legalBasis() {
    return legalBasis;
  }

  /**
   * Returns a few words saying what the item asks for.
   *
   * @return the summary
   */
  public String summary() {
    return summary;
  }

  /**
   * Returns whether the item belongs to Annex XI (technical documentation) rather than Annex XII.
   *
   * @return true for Annex XI items
   */
  public boolean isAnnexXi() {
    return name().startsWith("XI_");
  }
}
